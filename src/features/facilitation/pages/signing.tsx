import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Notice, SummaryList } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Checkbox, ErrorSummary, Form, Radios } from '../../../platform/ui/form.tsx';
import type { EthicsText } from '../content.ts';
import type { SigningService } from '../signing.ts';
import { EthicsBody } from './ethics.tsx';

const SIGN_LABELS = { organisationId: 'log.structure', read: 'ethics_sign.read_label' } as const;

/** A digital helper reads the code and signs it for one of their structures. */
export function SignPage(props: {
  text: EthicsText;
  version: number;
  structures: { id: string; name: string }[];
  form: FormState;
}) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/facilitation')}>{t('facilitation.title')}</a>
      </p>
      <h1>{t('ethics_sign.title', { version: props.version })}</h1>
      <p class="lead">{t('ethics_sign.intro')}</p>
      <ErrorSummary form={props.form} fields={SIGN_LABELS} />
      <article class="ethics" aria-labelledby="code-title">
        <h2 id="code-title">{props.text.title}</h2>
        <EthicsBody text={props.text} level={3} />
      </article>
      <Form action={href('/facilitation/sign')} form={props.form} fields={SIGN_LABELS}>
        {props.structures.length === 1 ? (
          <input type="hidden" name="organisationId" value={props.structures[0]?.id} />
        ) : (
          <Radios
            name="organisationId"
            options={props.structures.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
        <Checkbox name="read" label={t('ethics_sign.read_label')} />
        <Button>{t('ethics_sign.submit')}</Button>
      </Form>
    </>
  );
}

type Receipt = Awaited<ReturnType<SigningService['receipt']>>;

/** The receipt of a signature of the code: what the ledger holds about it, and nothing personal. */
export function ReceiptPage(props: { r: Receipt }) {
  const { t, locale } = useView();
  const href = useHref();
  const { signature: s, structure } = props.r;
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/facilitation')}>{t('facilitation.title')}</a>
      </p>
      <h1>{t('ethics_sign.receipt_title')}</h1>
      {!s.countersignedAt && <Notice>{t('facilitation.waiting_countersign')}</Notice>}
      {!props.r.current && <Notice kind="warning">{t('ethics_sign.old_version')}</Notice>}
      <SummaryList
        rows={[
          ['log.structure', structure.name],
          [
            'ledger.ethics_version',
            <>
              {s.version} <code class="hash">{s.versionHash}</code>
            </>,
          ],
          ['ethics_sign.signed_at', formatDateTime(locale, s.signedAt, true, true)],
          [
            'ethics_sign.countersigned_at',
            s.countersignedAt ? formatDateTime(locale, s.countersignedAt, true, true) : '—',
          ],
          ['ledger.ethics_facilitator', <code class="hash">{props.r.facilitator}</code>],
          [
            'ethics_sign.ledger_entry',
            s.ledgerSeq ? <a href={href(`/ledger/${s.ledgerSeq}`)}>#{s.ledgerSeq}</a> : '—',
          ],
        ]}
      />
      <p class="hint">{t('ethics_sign.receipt_hint')}</p>
    </>
  );
}

/** What anyone may read about a host structure: how many of its digital helpers signed which version. */
export function StructurePage(props: {
  name: string;
  size: number;
  signed: { version: number; n: number }[];
  current: number;
}) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{props.name}</h1>
      <p class="lead">{t('structure.helpers', { n: props.size })}</p>
      {props.signed.length ? (
        <ul class="plain-list">
          {props.signed.map((s) => (
            <li key={s.version}>
              {t(s.version === props.current ? 'structure.signed_current' : 'structure.signed_old', {
                n: s.n,
                version: s.version,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('structure.none_signed')}</p>
      )}
      <p>
        <a href={href('/ethics')}>{t('ethics.nav')}</a>
      </p>
    </>
  );
}

/** The page an invitation link opens: accept, or sign in with the invited address first. */
export function HelperInvitationPage(props: {
  structureName: string;
  state: 'anonymous' | 'match' | 'other';
  email: string;
}) {
  const { t } = useView();
  const href = useHref();
  const here = encodeURIComponent(href('/facilitation/invitations'));
  return (
    <>
      <h1>{t('team.invitation_title', { structure: props.structureName })}</h1>
      <p class="lead">{t('team.invitation_body', { structure: props.structureName })}</p>
      {props.state === 'match' && (
        <Form action={href('/facilitation/invitations')}>
          <Button>{t('invitation.accept')}</Button>
        </Form>
      )}
      {props.state === 'other' && <Notice kind="warning">{t('err.invitation.other_email')}</Notice>}
      {props.state === 'anonymous' && (
        <p>
          {t('invitation.sign_in_first', { email: props.email })}{' '}
          <a href={`${href('/sign-in')}?next=${here}`}>{t('nav.sign_in')}</a> ·{' '}
          <a href={href('/sign-up')}>{t('nav.sign_up')}</a>
        </p>
      )}
    </>
  );
}

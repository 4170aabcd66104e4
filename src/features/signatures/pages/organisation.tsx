import { formatDateTime } from '../../../platform/i18n/index.ts';
import { LabelValue } from '../../../platform/ui/assemble.tsx';
import { Notice } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  TextArea,
} from '../../../platform/ui/form.tsx';
import type { CharterText } from '../../charter/content.ts';
import { CharterDocument } from '../../charter/document.tsx';
import type { SignaturesService } from '../service.ts';

type History = Awaited<ReturnType<SignaturesService['history']>>;

const WITHDRAW_FIELDS: FieldLabels = { confirm: 'withdraw.confirm' };
const REPLY_FIELDS: FieldLabels = { answer: 'signature.reply_label' };
/** The declaration's boxes are named shortly in the error summary; their own labels say it in full. */
const SIGN_FIELDS: FieldLabels = {
  signerName: 'sign.name',
  signerTitle: 'sign.role_title',
  authorised: 'sign.authorised_short',
  accept: 'sign.accept_short',
};

/** The organisation's signature: its status, what it can do next, and every step with its receipt. */
export function SignaturePage(props: {
  organisationId: string;
  organisationName: string;
  history: History;
  withdraw: FormState;
  reply: FormState;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { access, signatures } = props.history;
  const live = signatures.find(
    (s) =>
      s.status === 'pending' ||
      s.status === 'active' ||
      s.status === 'non_reporting' ||
      s.status === 'suspended',
  );
  const latest = signatures[0];
  const representative = access === 'representative';
  return (
    <>
      <ErrorSummary form={props.withdraw} fields={WITHDRAW_FIELDS} />
      <ErrorSummary form={props.reply} fields={REPLY_FIELDS} />
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.organisationId}`)}>{props.organisationName}</a>
      </p>
      <h1>{t('signature.title')}</h1>
      <p class="lead">
        {live
          ? t(`signature_summary.${live.status}`)
          : latest?.status === 'revoked'
            ? t('signature_summary.revoked')
            : t('organisation.not_signed')}
      </p>
      {live?.publicReason && <Notice kind="warning">{live.publicReason}</Notice>}
      {live?.status === 'pending' && live.infoRequestedAt && access !== 'admin' && (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title">{t('signature.question_title')}</h2>
          <Notice kind="warning">
            {live.events.filter((e) => e.event.type === 'info_requested').at(-1)?.event.note}
          </Notice>
          <Form
            action={href(`/organisations/${props.organisationId}/reply`)}
            form={props.reply}
            fields={REPLY_FIELDS}
          >
            <TextArea name="answer" maxLength={2000} />
            <Button>{t('signature.reply_submit')}</Button>
          </Form>
        </section>
      )}
      {!live && representative && (
        <p>
          <a class="button button--primary" href={href(`/organisations/${props.organisationId}/sign`)}>
            {t('organisation.sign_link')}
          </a>
        </p>
      )}
      {!live && access === 'editor' && <p>{t('signature.editor_cannot_sign')}</p>}

      {signatures.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('signature.history')}</h2>
          {signatures.map((s) => (
            <div key={s.id} class="card">
              <h3>
                {t('signature.by', { name: s.signerName, title: s.signerTitle })},{' '}
                {formatDateTime(locale, s.signedAt, false)}
              </h3>
              <p>
                {t('signature.charter_version', { version: s.charterVersion })} ·{' '}
                {t(`signature_status.${s.status}`)}
              </p>
              <ol class="timeline">
                {s.events.map(({ event: e }) => (
                  <li key={e.id}>
                    <LabelValue
                      label={<time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at)}</time>}
                    >
                      {t(`signature_event.${e.type}`)}
                    </LabelValue>
                    {e.note && <span class="note"> {t('signature.note_quoted', { note: e.note })}</span>}
                    {e.ledgerSeq && (
                      <>
                        {' '}
                        <a href={href(`/receipts/${e.id}`)}>{t('signature.receipt_link')}</a>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      )}

      {live && representative && (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">{t('withdraw.title')}</h2>
          <p>{t('withdraw.body')}</p>
          <Form
            action={href(`/organisations/${props.organisationId}/withdraw`)}
            form={props.withdraw}
            fields={WITHDRAW_FIELDS}
          >
            <Checkbox name="confirm" label={t('withdraw.confirm')} />
            <Button variant="warning">{t('withdraw.submit')}</Button>
          </Form>
        </section>
      )}
    </>
  );
}

/** The whole charter, then the declaration: who signs, with what authority, accepting all nine commitments. */
export function SignPage(props: {
  organisationId: string;
  organisationName: string;
  charter: CharterText;
  version: number;
  hash: string;
  form: FormState;
}) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={SIGN_FIELDS} />
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.organisationId}`)}>{props.organisationName}</a>
      </p>
      <h1>{t('sign.title', { organisation: props.organisationName })}</h1>
      <p class="lead">{t('sign.intro')}</p>
      <section aria-label={t('sign.charter_text')} class="charter-box">
        <CharterDocument text={props.charter} />
        <p class="hint">{t('sign.version', { version: props.version, hash: props.hash })}</p>
      </section>
      <h2>{t('sign.declaration')}</h2>
      <Form
        action={href(`/organisations/${props.organisationId}/sign`)}
        form={props.form}
        fields={SIGN_FIELDS}
      >
        <Field name="signerName" hint="sign.name_hint" autocomplete="name" maxLength={150} required />
        <Field
          name="signerTitle"
          hint="sign.role_title_hint"
          autocomplete="organization-title"
          maxLength={150}
          required
        />
        <Checkbox name="authorised" label={t('sign.authorised', { organisation: props.organisationName })} />
        <Checkbox name="accept" label={t('sign.accept')} />
        <p>{t('sign.next')}</p>
        <Button>{t('sign.submit')}</Button>
      </Form>
    </>
  );
}

import { formatDateTime, LANGUAGE_NAMES, LOCALES } from '../../platform/i18n/index.ts';
import { Notice, Pagination, Table, withQuery } from '../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../platform/ui/context.ts';
import {
  Button,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  Radios,
  TextArea,
} from '../../platform/ui/form.tsx';
import type { ReferralsService } from './service.ts';

type Sent = Awaited<ReturnType<ReferralsService['sent']>>;
type Row = Sent['rows'][number];

const FIELDS: FieldLabels = {
  email: 'referral.email',
  invitedName: 'referral.invited_name',
  message: 'referral.message',
  lang: 'referral.lang',
};

/** Where an invitation stands: waiting, expired, registered, or active (counted on the profile). */
function state(r: Row, now: Date) {
  if (r.active) return 'active' as const;
  if (r.joinedName) return 'registered' as const;
  return r.expiresAt < now ? ('expired' as const) : ('waiting' as const);
}

export function ReferralsPage(props: {
  orgId: string;
  orgName: string;
  data: Sent;
  form: FormState;
  page: number;
  pageSize: number;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { data } = props;
  const canInvite = data.access === 'representative' || data.access === 'editor';
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a> ·{' '}
        <a href={href(`/organisations/${props.orgId}/plan#C5`)}>{t('plan.title')}</a>
      </p>
      <h1>{t('referral.title')}</h1>
      <p class="lead">{t('referral.intro')}</p>
      <Notice>{t('referral.brought_in', { n: data.broughtIn })}</Notice>
      {canInvite && (
        <section aria-labelledby="referral-new">
          <h2 id="referral-new">{t('referral.new')}</h2>
          <Form action={href(`/organisations/${props.orgId}/referrals`)} form={props.form} fields={FIELDS}>
            <Field name="email" type="email" autocomplete="off" maxLength={254} spellcheck={false} />
            <Field name="invitedName" hint="referral.invited_name_hint" maxLength={200} />
            <TextArea name="message" hint="referral.message_hint" rows={3} maxLength={1000} />
            <Radios
              name="lang"
              inline
              options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            />
            <Button>{t('referral.send')}</Button>
          </Form>
        </section>
      )}
      <Table
        id="referrals"
        caption={t('referral.sent')}
        rows={data.rows}
        rowKey={(r) => r.id}
        empty="referral.none"
        columns={[
          { header: 'referral.email', cell: (r) => r.email },
          { header: 'referral.invited_name', cell: (r) => r.invitedName ?? '—' },
          { header: 'referral.sent_on', cell: (r) => formatDateTime(locale, r.createdAt, false) },
          {
            header: 'referral.state',
            cell: (r) => {
              const s = state(r, data.now);
              const text = r.joinedName
                ? t('layout.label_value', { label: t(`referral.state.${s}`), value: r.joinedName })
                : t(`referral.state.${s}`);
              return r.joinedSlug && s === 'active' ? (
                <a href={href(`/signatories/${r.joinedSlug}`)}>{text}</a>
              ) : (
                text
              );
            },
          },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={data.total}
        href={(p) => withQuery(href(`/organisations/${props.orgId}/referrals`), { page: p })}
      />
    </>
  );
}

/** Where the invitation email leads: who invites, and the way to register (after signing in). */
export function JoinPage(props: {
  inviterName: string;
  invitedName: string | null;
  message: string | null;
  signedIn: boolean;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const register = `/${locale}/organisations/new`;
  return (
    <>
      <h1>{t('join.title', { organisation: props.inviterName })}</h1>
      <p class="lead">{t('join.intro')}</p>
      {props.message && (
        <figure class="quote">
          <blockquote>
            <p>{props.message}</p>
          </blockquote>
          <figcaption>{props.inviterName}</figcaption>
        </figure>
      )}
      <p>
        <a href={href('/charter')}>{t('join.read_charter')}</a>
      </p>
      {props.signedIn ? (
        <p>
          <a class="button" href={register}>
            {props.invitedName ? t('join.register_named', { name: props.invitedName }) : t('join.register')}
          </a>
        </p>
      ) : (
        <>
          <p>{t('join.account_first')}</p>
          <p>
            <a class="button" href={withQuery(href('/sign-in'), { next: register })}>
              {t('join.sign_in')}
            </a>{' '}
            <a class="button button--secondary" href={href('/sign-up')}>
              {t('join.sign_up')}
            </a>
          </p>
          <p class="hint">{t('join.come_back')}</p>
        </>
      )}
    </>
  );
}

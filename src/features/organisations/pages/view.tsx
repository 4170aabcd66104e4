import { formatDateTime, LANGUAGE_NAMES, type Locale } from '../../../platform/i18n/index.ts';
import { Notice, Table } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form, Radios } from '../../../platform/ui/form.tsx';
import { formatKbo } from '../kbo.ts';
import { MEMBER_ROLES } from '../schema.ts';
import type { createOrganisationsService } from '../service.ts';
import { type PendingChange, PendingChangeNotice } from './form.tsx';

type View = Awaited<ReturnType<ReturnType<typeof createOrganisationsService>['view']>>;

const INVITE_FIELDS: FieldLabels = { email: 'field.email', role: 'organisation.invite_role' };

export function MyOrganisationsPage(props: { rows: { id: string; legalName: string; role: string }[] }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('organisation.mine_title')}</h1>
      {props.rows.length ? (
        <ul class="plain-list">
          {props.rows.map((o) => (
            <li key={o.id}>
              <a href={href(`/organisations/${o.id}`)}>{o.legalName}</a>{' '}
              <span class="hint">({t(`member_role.${o.role as 'editor'}`)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('organisation.mine_empty')}</p>
      )}
      <p>
        <a class="button button--primary" href={href('/organisations/new')}>
          {t('organisation.register_link')}
        </a>
      </p>
    </>
  );
}

/** The organisation's own page: its details, its charter signature, its members and invitations. */
export function OrganisationPage(props: {
  view: View;
  signatureStatus: string | null;
  pendingChange: PendingChange | null;
  invite: FormState;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { org, role, members, invitations } = props.view;
  const member = role !== 'admin';
  return (
    <>
      <ErrorSummary form={props.invite} fields={INVITE_FIELDS} />
      <h1>{org.legalName}</h1>
      {role === 'admin' && <Notice>{t('organisation.admin_view')}</Notice>}

      <section aria-labelledby="sig-title">
        <h2 id="sig-title">{t('organisation.signature_title')}</h2>
        <p>
          {props.signatureStatus
            ? t(`signature_summary.${props.signatureStatus as 'active'}`)
            : t('organisation.not_signed')}
        </p>
        <p>
          <a href={href(`/organisations/${org.id}/signature`)}>
            {props.signatureStatus ? t('organisation.signature_link') : t('organisation.sign_link')}
          </a>
        </p>
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('organisation.plan_title')}</h2>
        <p>
          <a href={href(`/organisations/${org.id}/plan`)}>{t('organisation.plan_link')}</a>
        </p>
      </section>

      <section aria-labelledby="measure-title">
        <h2 id="measure-title">{t('organisation.measure_title')}</h2>
        <ul class="plain-list">
          <li>
            <a href={href(`/organisations/${org.id}/index`)}>{t('index.link')}</a>
          </li>
          <li>
            <a href={href(`/organisations/${org.id}/reports`)}>{t('report.link')}</a>
          </li>
          <li>
            <a href={href(`/organisations/${org.id}/evaluation`)}>{t('eval.link')}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t('organisation.details')}</h2>
        <dl class="summary-list">
          <div>
            <dt>{t('organisation.kbo')}</dt>
            <dd>{formatKbo(org.kbo)}</dd>
          </div>
          <div>
            <dt>{t('organisation.sector')}</dt>
            <dd>{t(`sector.${org.sector}`)}</dd>
          </div>
          <div>
            <dt>{t('organisation.size_band')}</dt>
            <dd>{t(`size_band.${org.sizeBand}`)}</dd>
          </div>
          <div>
            <dt>{t('organisation.place')}</dt>
            <dd>
              {org.postcode} {org.commune} ({t(`region.${org.region}`)})
            </dd>
          </div>
          {org.website && (
            <div>
              <dt>{t('organisation.website')}</dt>
              <dd>{org.website}</dd>
            </div>
          )}
          {Object.entries(org.description).map(([l, text]) => (
            <div key={l}>
              <dt>
                {t('organisation.description')} ({LANGUAGE_NAMES[l as Locale]})
              </dt>
              <dd lang={l}>{text}</dd>
            </div>
          ))}
        </dl>
        <PendingChangeNotice change={props.pendingChange} />
        <p>
          <a href={href(`/organisations/${org.id}/edit`)}>{t('organisation.edit_link')}</a>
        </p>
      </section>

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('organisation.members')}</h2>
        <Table
          id="members"
          caption={t('layout.label_value', { label: t('organisation.members'), value: org.legalName })}
          rows={members}
          rowKey={(m) => m.userId}
          empty="organisation.no_members"
          columns={[
            { header: 'field.name', cell: (m) => m.name },
            { header: 'field.email', cell: (m) => m.email },
            { header: 'organisation.role', cell: (m) => t(`member_role.${m.role}`) },
          ]}
        />
        {invitations.length > 0 && (
          <>
            <h3>{t('organisation.pending_invitations')}</h3>
            <ul class="plain-list">
              {invitations.map((i) => (
                <li key={i.id}>
                  {i.email} ({t(`member_role.${i.role}`)}),{' '}
                  {t('organisation.invitation_until', { date: formatDateTime(locale, i.expiresAt, false) })}
                </li>
              ))}
            </ul>
          </>
        )}
        {member && (
          <>
            <h3 id="invite-title">{t('organisation.invite_title')}</h3>
            <Form
              action={href(`/organisations/${org.id}/invitations`)}
              form={props.invite}
              fields={INVITE_FIELDS}
              label={t('organisation.invite_title')}
            >
              <Field name="email" type="email" autocomplete="off" spellcheck={false} maxLength={254} />
              <Radios
                name="role"
                options={MEMBER_ROLES.map((r) => ({
                  value: r,
                  label: t(`member_role.${r}`),
                  hint: t(`member_role.${r}.hint`),
                }))}
              />
              <Button variant="secondary">{t('organisation.invite_submit')}</Button>
            </Form>
          </>
        )}
      </section>
    </>
  );
}

export function InvitationPage(props: {
  organisationName: string;
  role: 'representative' | 'editor';
  state: 'anonymous' | 'match' | 'other';
  email: string;
}) {
  const { t } = useView();
  const href = useHref();
  const here = encodeURIComponent(href('/invitations'));
  return (
    <>
      <h1>{t('invitation.title', { organisation: props.organisationName })}</h1>
      <p class="lead">
        {t('invitation.body', { organisation: props.organisationName, role: t(`member_role.${props.role}`) })}
      </p>
      {props.state === 'match' && (
        <Form action={href('/invitations')}>
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

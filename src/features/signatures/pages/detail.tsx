import { formatDateTime } from '../../../platform/i18n/index.ts';
import { LabelValue } from '../../../platform/ui/assemble.tsx';
import { Notice, Table } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, type FieldLabels, Form, TextArea } from '../../../platform/ui/form.tsx';
import { formatKbo } from '../../organisations/kbo.ts';
import type { Identity } from '../schema.ts';
import type { SignaturesService } from '../service.ts';

type Detail = Awaited<ReturnType<SignaturesService['detail']>>;

/** The number's public record in the Crossroads Bank for Enterprises, for the secretariat to check against. */
const kboPublicUrl = (kbo: string) =>
  `https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?nummer=${kbo}&actionLu=Zoek`;

export function KboCheck(props: { kbo: string }) {
  const { t } = useView();
  return (
    <>
      {formatKbo(props.kbo)} ·{' '}
      <a href={kboPublicUrl(props.kbo)} rel="noreferrer">
        {t('queue.kbo_public')}
      </a>
    </>
  );
}

/** Other names recorded for the number: the name being checked may not be the organisation's. */
function NameWarning(props: { names: string[] }) {
  const { t } = useView();
  if (!props.names.length) return null;
  return <Notice kind="warning">{t('queue.name_differs', { names: props.names.join(' · ') })}</Notice>;
}

type Decision =
  | 'approve'
  | 'reject'
  | 'info'
  | 'suspend'
  | 'lift'
  | 'revoke'
  | 'changeApprove'
  | 'changeReject';
type DetailForms = Record<Decision, FormState>;

/** Each decision's form and its one field: the same label names it in the form and in its error summary. */
const DECISION_FIELDS: Record<Decision, FieldLabels> = {
  approve: { note: 'queue.note' },
  reject: { reason: 'queue.reason' },
  info: { message: 'queue.message' },
  suspend: { suspendReason: 'queue.public_reason' },
  lift: { liftNote: 'queue.note' },
  revoke: { revokeReason: 'queue.public_reason' },
  changeApprove: { changeNote: 'queue.note' },
  changeReject: { changeReason: 'queue.reason' },
};

export function SignatureDetailPage(props: { detail: Detail; forms: DetailForms }) {
  const { t, locale } = useView();
  const href = useHref();
  const { signature: s, organisation: o, events, change } = props.detail;
  const base = `/admin/signatures/${s.id}`;
  const f = props.forms;
  return (
    <>
      <ErrorSummary form={f.approve} fields={DECISION_FIELDS.approve} />
      <ErrorSummary form={f.reject} fields={DECISION_FIELDS.reject} />
      <ErrorSummary form={f.info} fields={DECISION_FIELDS.info} />
      <ErrorSummary form={f.suspend} fields={DECISION_FIELDS.suspend} />
      <ErrorSummary form={f.lift} fields={DECISION_FIELDS.lift} />
      <ErrorSummary form={f.revoke} fields={DECISION_FIELDS.revoke} />
      <ErrorSummary form={f.changeApprove} fields={DECISION_FIELDS.changeApprove} />
      <ErrorSummary form={f.changeReject} fields={DECISION_FIELDS.changeReject} />
      <p class="breadcrumb">
        <a href={href('/admin/signatures')}>{t('queue.title')}</a>
        {props.detail.next && (
          <>
            {' '}
            · <a href={href(`/admin/signatures/${props.detail.next}`)}>{t('queue.next')}</a>
          </>
        )}
      </p>
      <h1>{o.legalName}</h1>
      <NameWarning names={props.detail.otherNames} />
      {props.detail.disputes.length > 0 && (
        <Notice kind="warning">
          {t('queue.disputed', { n: props.detail.disputes.length })}{' '}
          {props.detail.disputes.map((d) => (
            <a key={d.id} href={href(`/admin/signatures/disputes/${d.id}`)}>
              {d.organisationName}
            </a>
          ))}
        </Notice>
      )}
      <dl class="summary-list">
        <div>
          <dt>{t('queue.status')}</dt>
          <dd>
            {t(`signature_status.${s.status}`)}
            {s.publicReason && (
              <span class="note"> {t('signature.note_quoted', { note: s.publicReason })}</span>
            )}
          </dd>
        </div>
        {props.detail.waitingDays !== null && (
          <div>
            <dt>{t('queue.waiting_since')}</dt>
            <dd>
              {t('queue.waiting_days', {
                date: formatDateTime(locale, s.signedAt, false),
                n: props.detail.waitingDays,
              })}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('organisation.kbo')}</dt>
          <dd>
            <KboCheck kbo={o.kbo} />
          </dd>
        </div>
        <div>
          <dt>{t('organisation.sector')}</dt>
          <dd>
            {t(`sector.${o.sector}`)}, {t(`size_band.${o.sizeBand}`)}
          </dd>
        </div>
        <div>
          <dt>{t('organisation.place')}</dt>
          <dd>
            {o.postcode} {o.commune}
          </dd>
        </div>
        {o.website && (
          <div>
            <dt>{t('organisation.website')}</dt>
            <dd>{o.website}</dd>
          </div>
        )}
        <div>
          <dt>{t('queue.signer')}</dt>
          <dd>
            {s.signerName}, {s.signerTitle}
          </dd>
        </div>
        <div>
          <dt>{t('queue.signer_email')}</dt>
          <dd>{props.detail.signerEmail ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('queue.signed_at')}</dt>
          <dd>{formatDateTime(locale, s.signedAt)}</dd>
        </div>
        <div>
          <dt>{t('queue.ip')}</dt>
          <dd>
            {s.ip ?? '—'} · {s.userAgent ?? '—'}
          </dd>
        </div>
        <div>
          <dt>{t('signature.charter_version_label')}</dt>
          <dd>
            {s.charterVersion} <code class="hash">{s.charterHash}</code>
          </dd>
        </div>
      </dl>
      <p>
        <a href={href(`/organisations/${o.id}`)}>{t('queue.organisation_page')}</a> ·{' '}
        <a href={href(`/organisations/${o.id}/edit`)}>{t('queue.edit_organisation')}</a>
      </p>
      {change && (
        <section aria-labelledby="change-title">
          <h2 id="change-title">{t('queue.change_title')}</h2>
          <p>{t('queue.change_intro', { date: formatDateTime(locale, change.proposedAt) })}</p>
          <NameWarning names={change.otherNames} />
          <ChangeTable before={change.before} after={change.after} />
          {change.after.kbo !== change.before.kbo && (
            <p>
              <KboCheck kbo={change.after.kbo} />
            </p>
          )}
          <div class="decisions">
            <Form
              action={href(`${base}/change/approve`)}
              form={f.changeApprove}
              fields={DECISION_FIELDS.changeApprove}
              label={t('queue.change_approve')}
            >
              <TextArea name="changeNote" hint="queue.note_hint" rows={3} maxLength={2000} />
              <Button>{t('queue.change_approve')}</Button>
            </Form>
            <Form
              action={href(`${base}/change/reject`)}
              form={f.changeReject}
              fields={DECISION_FIELDS.changeReject}
              label={t('queue.change_reject')}
            >
              <TextArea name="changeReason" hint="queue.reason_hint" rows={3} maxLength={2000} />
              <Button variant="warning">{t('queue.change_reject')}</Button>
            </Form>
          </div>
        </section>
      )}
      <h2>{t('signature.history')}</h2>
      <ol class="timeline">
        {events.map(({ event: e, actorName }) => (
          <li key={e.id}>
            <LabelValue label={<time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at)}</time>}>
              {t(`signature_event.${e.type}`)}
            </LabelValue>
            {actorName && ` (${actorName})`}
            {e.note && <span class="note"> {t('signature.note_quoted', { note: e.note })}</span>}
          </li>
        ))}
      </ol>
      {s.status === 'pending' && (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{t('queue.decide')}</h2>
          <div class="decisions">
            <Form
              action={href(`${base}/approve`)}
              form={f.approve}
              fields={DECISION_FIELDS.approve}
              label={t('queue.approve')}
            >
              <TextArea name="note" hint="queue.note_hint" rows={3} maxLength={2000} />
              <Button>{t('queue.approve')}</Button>
            </Form>
            <Form
              action={href(`${base}/request-info`)}
              form={f.info}
              fields={DECISION_FIELDS.info}
              label={t('queue.request_info')}
            >
              <TextArea name="message" hint="queue.message_hint" rows={3} maxLength={2000} />
              <Button variant="secondary">{t('queue.request_info')}</Button>
            </Form>
            <Form
              action={href(`${base}/reject`)}
              form={f.reject}
              fields={DECISION_FIELDS.reject}
              label={t('queue.reject')}
            >
              <TextArea name="reason" hint="queue.reason_hint" rows={3} maxLength={2000} />
              <Button variant="warning">{t('queue.reject')}</Button>
            </Form>
          </div>
        </section>
      )}
      {(s.status === 'active' || s.status === 'non_reporting' || s.status === 'suspended') && (
        <section aria-labelledby="standing-title">
          <h2 id="standing-title">{t('queue.standing')}</h2>
          <p>{t('queue.standing_intro')}</p>
          <div class="decisions">
            {s.status === 'suspended' ? (
              <Form
                action={href(`${base}/lift`)}
                form={f.lift}
                fields={DECISION_FIELDS.lift}
                label={t('queue.lift')}
              >
                <TextArea name="liftNote" hint="queue.note_hint" rows={3} maxLength={2000} />
                <Button>{t('queue.lift')}</Button>
              </Form>
            ) : (
              <Form
                action={href(`${base}/suspend`)}
                form={f.suspend}
                fields={DECISION_FIELDS.suspend}
                label={t('queue.suspend')}
              >
                <TextArea name="suspendReason" hint="queue.public_reason_hint" rows={3} maxLength={500} />
                <Button variant="secondary">{t('queue.suspend')}</Button>
              </Form>
            )}
            <Form
              action={href(`${base}/revoke`)}
              form={f.revoke}
              fields={DECISION_FIELDS.revoke}
              label={t('queue.revoke')}
            >
              <TextArea name="revokeReason" hint="queue.revoke_hint" rows={3} maxLength={500} />
              <Button variant="warning">{t('queue.revoke')}</Button>
            </Form>
          </div>
        </section>
      )}
    </>
  );
}

/** A proposed change: each checked value before and after; those that change are marked. */
function ChangeTable(props: { before: Identity; after: Identity }) {
  const { t } = useView();
  const rows: {
    key: string;
    label: 'organisation.legal_name' | 'organisation.kbo' | 'organisation.sector' | 'organisation.place';
    show: (i: Identity) => string;
  }[] = [
    { key: 'name', label: 'organisation.legal_name', show: (i) => i.legalName },
    { key: 'kbo', label: 'organisation.kbo', show: (i) => formatKbo(i.kbo) },
    { key: 'sector', label: 'organisation.sector', show: (i) => t(`sector.${i.sector}`) },
    {
      key: 'place',
      label: 'organisation.place',
      show: (i) => `${i.postcode} ${i.commune} (${t(`region.${i.region}`)})`,
    },
  ];
  return (
    <Table
      id="change"
      caption={t('queue.change_title')}
      rows={rows}
      rowKey={(r) => r.key}
      empty="queue.empty"
      columns={[
        { header: 'queue.field', cell: (r) => t(r.label) },
        { header: 'queue.before', cell: (r) => r.show(props.before) },
        {
          header: 'queue.after',
          cell: (r) =>
            r.show(props.after) === r.show(props.before) ? (
              r.show(props.after)
            ) : (
              <strong>{r.show(props.after)}</strong>
            ),
        },
      ]}
    />
  );
}

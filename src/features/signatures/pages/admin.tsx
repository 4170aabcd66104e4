import { formatDateTime, formatNumber } from '../../../platform/i18n/index.ts';
import { Pagination, Table, withQuery } from '../../../platform/ui/components.tsx';
import { emptyForm, type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Form, Select, TextArea } from '../../../platform/ui/form.tsx';
import { formatKbo } from '../../organisations/kbo.ts';
import { SIGNATURE_STATUSES, type SignatureStatus } from '../schema.ts';
import type { SignaturesService } from '../service.ts';

type Queue = Awaited<ReturnType<SignaturesService['queue']>>;
type Detail = Awaited<ReturnType<SignaturesService['detail']>>;

export function QueuePage(props: { queue: Queue; status: SignatureStatus; page: number; pageSize: number }) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p class="lead">{t('queue.intro')}</p>
      <Form
        action={href('/admin/signatures')}
        method="get"
        class="filters"
        label={t('admin.filters')}
        form={emptyForm({ status: props.status })}
      >
        <Select
          name="status"
          label="queue.status"
          options={SIGNATURE_STATUSES.map((s) => ({ value: s, label: t(`signature_status.${s}`) }))}
        />
        <Button variant="secondary">{t('admin.apply')}</Button>
      </Form>
      <p role="status">{t('admin.results', { n: formatNumber(locale, props.queue.total) })}</p>
      <Table
        id="queue"
        caption={t('queue.title')}
        rows={props.queue.rows}
        rowKey={(r) => r.id}
        empty="queue.empty"
        columns={[
          {
            header: 'queue.organisation',
            cell: (r) => <a href={href(`/admin/signatures/${r.id}`)}>{r.organisationName}</a>,
          },
          { header: 'organisation.kbo', cell: (r) => formatKbo(r.kbo) },
          { header: 'queue.signer', cell: (r) => `${r.signerName}, ${r.signerTitle}` },
          { header: 'queue.signed_at', cell: (r) => formatDateTime(locale, r.signedAt) },
          { header: 'queue.waiting', cell: (r) => (r.infoRequestedAt ? t('queue.waiting_for_answer') : '—') },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.queue.total}
        href={(page) => withQuery(href('/admin/signatures'), { status: props.status, page })}
      />
    </>
  );
}

export function SignatureDetailPage(props: {
  detail: Detail;
  forms: { approve: FormState; reject: FormState; info: FormState };
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { signature: s, organisation: o, events } = props.detail;
  const base = `/admin/signatures/${s.id}`;
  return (
    <>
      <ErrorSummary form={props.forms.approve} fields={{ note: 'queue.note' }} />
      <ErrorSummary form={props.forms.reject} fields={{ reason: 'queue.reason' }} />
      <ErrorSummary form={props.forms.info} fields={{ message: 'queue.message' }} />
      <p class="breadcrumb">
        <a href={href('/admin/signatures')}>{t('queue.title')}</a>
      </p>
      <h1>{o.legalName}</h1>
      <dl class="summary-list">
        <div>
          <dt>{t('queue.status')}</dt>
          <dd>{t(`signature_status.${s.status}`)}</dd>
        </div>
        <div>
          <dt>{t('organisation.kbo')}</dt>
          <dd>{formatKbo(o.kbo)}</dd>
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
        <a href={href(`/organisations/${o.id}`)}>{t('queue.organisation_page')}</a>
      </p>
      <h2>{t('signature.history')}</h2>
      <ol class="timeline">
        {events.map(({ event: e, actorName }) => (
          <li key={e.id}>
            <time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at)}</time>:{' '}
            {t(`signature_event.${e.type}`)}
            {actorName && ` (${actorName})`}
            {e.note && <span class="note"> “{e.note}”</span>}
          </li>
        ))}
      </ol>
      {s.status === 'pending' && (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{t('queue.decide')}</h2>
          <div class="decisions">
            <Form action={href(`${base}/approve`)} form={props.forms.approve} label={t('queue.approve')}>
              <TextArea name="note" label="queue.note" hint="queue.note_hint" rows={3} maxLength={2000} />
              <Button>{t('queue.approve')}</Button>
            </Form>
            <Form
              action={href(`${base}/request-info`)}
              form={props.forms.info}
              label={t('queue.request_info')}
            >
              <TextArea
                name="message"
                label="queue.message"
                hint="queue.message_hint"
                rows={3}
                maxLength={2000}
              />
              <Button variant="secondary">{t('queue.request_info')}</Button>
            </Form>
            <Form action={href(`${base}/reject`)} form={props.forms.reject} label={t('queue.reject')}>
              <TextArea
                name="reason"
                label="queue.reason"
                hint="queue.reason_hint"
                rows={3}
                maxLength={2000}
              />
              <Button variant="warning">{t('queue.reject')}</Button>
            </Form>
          </div>
        </section>
      )}
    </>
  );
}

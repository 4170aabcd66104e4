import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Pagination, Table, withQuery } from '../../../platform/ui/components.tsx';
import { emptyForm, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Form, Select } from '../../../platform/ui/form.tsx';
import { formatKbo } from '../../organisations/kbo.ts';
import { SIGNATURE_STATUSES, type SignatureStatus } from '../schema.ts';
import type { SignaturesService } from '../service.ts';

type Queue = Awaited<ReturnType<SignaturesService['queue']>>;

export function QueuePage(props: { queue: Queue; status: SignatureStatus; page: number; pageSize: number }) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p class="lead">{t('queue.intro')}</p>
      {props.queue.changes.length > 0 && (
        <Table
          id="changes"
          caption={t('queue.changes_title')}
          rows={props.queue.changes}
          rowKey={(r) => r.id}
          empty="queue.empty"
          columns={[
            {
              header: 'queue.organisation',
              cell: (r) =>
                r.signatureId ? (
                  <a href={href(`/admin/signatures/${r.signatureId}#change-title`)}>{r.organisationName}</a>
                ) : (
                  r.organisationName
                ),
            },
            { header: 'queue.proposed', cell: (r) => `${r.after.legalName}, ${formatKbo(r.after.kbo)}` },
            { header: 'queue.proposed_at', cell: (r) => formatDateTime(locale, r.proposedAt) },
          ]}
        />
      )}
      {props.queue.disputes.length > 0 && (
        <Table
          id="disputes"
          caption={t('queue.disputes_title')}
          rows={props.queue.disputes}
          rowKey={(r) => r.id}
          empty="queue.empty"
          columns={[
            {
              header: 'organisation.kbo',
              cell: (r) => <a href={href(`/admin/signatures/disputes/${r.id}`)}>{formatKbo(r.kbo)}</a>,
            },
            { header: 'dispute.organisation_name', cell: (r) => r.organisationName },
            { header: 'queue.proposed_at', cell: (r) => formatDateTime(locale, r.createdAt) },
          ]}
        />
      )}
      <h2>{t('queue.signatures_title')}</h2>
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
      <p role="status">{t('admin.results', { n: props.queue.total })}</p>
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

import type { Audit, AuditAction } from '../../../platform/audit/index.ts';
import { formatDateTime, formatList } from '../../../platform/i18n/index.ts';
import { Pagination, Table, withQuery } from '../../../platform/ui/components.tsx';
import { emptyForm, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Form, Select } from '../../../platform/ui/form.tsx';

type Row = Awaited<ReturnType<Audit['list']>>['rows'][number];

export function AuditPage(props: {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  action?: string;
  /** Every action the features record. */
  actions: readonly AuditAction[];
}) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p class="lead">{t('admin.audit.intro')}</p>
      <Form
        action={href('/admin/audit')}
        method="get"
        class="filters"
        label={t('admin.filters')}
        form={emptyForm({ action: props.action ?? '' })}
      >
        <Select
          name="action"
          label="admin.audit.action"
          options={[
            { value: '', label: t('admin.audit.all_actions') },
            ...props.actions.map((a) => ({ value: a, label: t(`audit.action.${a}`) })),
          ]}
        />
        <Button variant="secondary">{t('admin.apply')}</Button>
      </Form>
      <p role="status">{t('admin.results', { n: props.total })}</p>
      <Table
        id="audit"
        caption={t('admin.audit.title')}
        rows={props.rows}
        rowKey={(r) => r.id}
        empty="admin.audit.empty"
        columns={[
          {
            header: 'admin.audit.when',
            cell: (r) => <time dateTime={r.at.toISOString()}>{formatDateTime(locale, r.at)}</time>,
          },
          {
            header: 'admin.audit.action',
            cell: (r) => t(`audit.action.${r.action as AuditAction}`),
          },
          {
            header: 'admin.audit.actor',
            cell: (r) => (r.actorEmail ? `${r.actorName} <${r.actorEmail}>` : '—'),
          },
          {
            header: 'admin.audit.subject',
            cell: (r) => (r.subjectId ? `${r.subjectType} ${r.subjectId}` : '—'),
          },
          { header: 'admin.audit.ip', cell: (r) => r.ip ?? '—' },
          {
            header: 'admin.audit.details',
            cell: (r) =>
              formatList(
                locale,
                Object.entries(r.details).map(([k, v]) =>
                  t('layout.label_value', { label: k, value: String(v) }),
                ),
              ) || '—',
          },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        href={(page) => withQuery(href('/admin/audit'), { action: props.action, page })}
      />
    </>
  );
}

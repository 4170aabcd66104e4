import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Pagination, Table, withQuery } from '../../../platform/ui/components.tsx';
import { emptyForm, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Field, Form, Select } from '../../../platform/ui/form.tsx';
import type { listUsers } from '../queries.ts';

type Row = Awaited<ReturnType<typeof listUsers>>['rows'][number];

export function UsersPage(props: {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  filter: { q?: string; role?: string; status?: string };
}) {
  const { t, locale } = useView();
  const href = useHref();
  const listHref = (page: number) => withQuery(href('/admin/users'), { ...props.filter, page });
  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      <Form
        action={href('/admin/users')}
        method="get"
        class="filters"
        label={t('admin.filters')}
        form={emptyForm({
          q: props.filter.q,
          role: props.filter.role ?? '',
          status: props.filter.status ?? '',
        })}
      >
        <Field name="q" label="admin.users.search" type="search" maxLength={200} />
        <Select
          name="role"
          label="admin.users.role"
          options={[
            { value: '', label: t('admin.users.all_roles') },
            { value: 'user', label: t('role.user') },
            { value: 'admin', label: t('role.admin') },
          ]}
        />
        <Select
          name="status"
          label="admin.users.status"
          options={[
            { value: '', label: t('admin.users.all_statuses') },
            { value: 'active', label: t('admin.users.status_active_or_unconfirmed') },
            { value: 'deactivated', label: t('admin.users.status_deactivated') },
          ]}
        />
        <Button variant="secondary">{t('admin.apply')}</Button>
      </Form>
      <p role="status">{t('admin.results', { n: props.total })}</p>
      <Table
        id="users"
        caption={t('admin.users.title')}
        rows={props.rows}
        rowKey={(r) => r.id}
        empty="admin.users.empty"
        columns={[
          { header: 'field.name', cell: (r) => <a href={href(`/admin/users/${r.id}`)}>{r.name}</a> },
          { header: 'field.email', cell: (r) => r.email },
          {
            header: 'admin.users.organisations',
            cell: (r) =>
              r.organisations.length
                ? r.organisations.map((o, i) => (
                    <span key={o.id}>
                      {i > 0 && ', '}
                      <a href={href(`/organisations/${o.id}`)}>{o.legalName}</a>
                    </span>
                  ))
                : '—',
          },
          { header: 'admin.users.role', cell: (r) => t(`role.${r.role}`) },
          {
            header: 'admin.users.status',
            cell: (r) =>
              r.deactivatedAt
                ? t('admin.users.status_deactivated')
                : t(r.emailVerifiedAt ? 'admin.users.status_active' : 'admin.users.status_unconfirmed'),
          },
          { header: 'admin.users.created', cell: (r) => formatDateTime(locale, r.createdAt, false) },
        ]}
      />
      <Pagination page={props.page} pageSize={props.pageSize} total={props.total} href={listHref} />
    </>
  );
}

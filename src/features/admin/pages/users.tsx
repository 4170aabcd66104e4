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
  filter: { q?: string; role?: string };
}) {
  const { t, locale, user } = useView();
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
        form={emptyForm({ q: props.filter.q, role: props.filter.role ?? '' })}
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
          { header: 'field.name', cell: (r) => r.name },
          { header: 'field.email', cell: (r) => r.email },
          { header: 'admin.users.verified', cell: (r) => (r.emailVerifiedAt ? t('yes') : t('no')) },
          { header: 'admin.users.created', cell: (r) => formatDateTime(locale, r.createdAt, false) },
          {
            header: 'admin.users.role',
            cell: (r) => (
              <Form
                action={href(`/admin/users/${r.id}/role`)}
                class="inline-form"
                label={t('admin.users.role_for', { name: r.name })}
              >
                <input type="hidden" name="role" value={r.role === 'admin' ? 'user' : 'admin'} />
                <span class="role">{t(`role.${r.role}`)}</span>{' '}
                {r.id !== user?.id && (
                  <Button variant="secondary">
                    {t(r.role === 'admin' ? 'admin.users.make_user' : 'admin.users.make_admin')}
                    <span class="visually-hidden"> ({r.name})</span>
                  </Button>
                )}
              </Form>
            ),
          },
        ]}
      />
      <Pagination page={props.page} pageSize={props.pageSize} total={props.total} href={listHref} />
    </>
  );
}

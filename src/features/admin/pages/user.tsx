import { formatDateTime } from '../../../platform/i18n/index.ts';
import { Notice, SummaryList } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Checkbox, ErrorSummary, Form } from '../../../platform/ui/form.tsx';
import type { getUser } from '../queries.ts';

type User = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/**
 * One person, as the secretariat sees them: their organisations, and the two decisions it can take.
 * Each decision asks for a ticked confirmation, so that no single click makes an administrator or
 * locks someone out.
 */
export function UserPage(props: { user: User; roleForm: FormState; activeForm: FormState }) {
  const { t, locale, user: me } = useView();
  const href = useHref();
  const u = props.user;
  const self = me?.id === u.id;
  const toRole = u.role === 'admin' ? 'user' : 'admin';
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/admin/users')}>{t('admin.users.title')}</a>
      </p>
      <h1>{u.name}</h1>
      <ErrorSummary form={props.roleForm} />
      <ErrorSummary form={props.activeForm} />
      {u.deactivatedAt && (
        <Notice kind="warning">
          {t('admin.user.deactivated_since', { date: formatDateTime(locale, u.deactivatedAt, false) })}
        </Notice>
      )}
      <SummaryList
        rows={[
          ['field.email', u.email],
          ['admin.users.verified', u.emailVerifiedAt ? t('yes') : t('no')],
          ['admin.users.created', formatDateTime(locale, u.createdAt, false)],
          ['admin.users.role', t(`role.${u.role}`)],
        ]}
      />

      <h2>{t('admin.users.organisations')}</h2>
      {u.organisations.length ? (
        <ul>
          {u.organisations.map((o) => (
            <li key={o.id}>
              <a href={href(`/organisations/${o.id}`)}>{o.legalName}</a> (
              {t(`member_role.${o.role as 'editor'}`)})
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('admin.users.no_organisation')}</p>
      )}

      {!self && (
        <>
          <h2>{t('admin.user.role_heading')}</h2>
          <Form
            action={href(`/admin/users/${u.id}/role`)}
            form={props.roleForm}
            label={t('admin.user.role_heading')}
          >
            <p>
              {t(toRole === 'admin' ? 'admin.user.make_admin_explained' : 'admin.user.make_user_explained')}
            </p>
            <input type="hidden" name="role" value={toRole} />
            <Checkbox
              name="confirm_role"
              label={t(toRole === 'admin' ? 'admin.user.confirm_admin' : 'admin.user.confirm_user', {
                name: u.name,
              })}
            />
            <Button variant="secondary">
              {t(toRole === 'admin' ? 'admin.users.make_admin' : 'admin.users.make_user')}
            </Button>
          </Form>

          <h2>{t('admin.user.access_heading')}</h2>
          <Form
            action={href(`/admin/users/${u.id}/active`)}
            form={props.activeForm}
            label={t('admin.user.access_heading')}
          >
            {u.deactivatedAt ? (
              <>
                <p>{t('admin.user.reactivate_explained')}</p>
                <input type="hidden" name="active" value="yes" />
                <Button variant="secondary">{t('admin.user.reactivate')}</Button>
              </>
            ) : (
              <>
                <p>{t('admin.user.deactivate_explained')}</p>
                <input type="hidden" name="active" value="no" />
                <Checkbox
                  name="confirm_active"
                  label={t('admin.user.confirm_deactivate', { name: u.name })}
                />
                <Button variant="warning">{t('admin.user.deactivate')}</Button>
              </>
            )}
          </Form>
        </>
      )}
    </>
  );
}

import { formatDateTime, LANGUAGE_NAMES, LOCALES } from '../../../platform/i18n/index.ts';
import { SummaryList } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form, Select } from '../../../platform/ui/form.tsx';
import type { User } from '../queries.ts';

const PROFILE_FIELDS: FieldLabels = { name: 'field.name', locale: 'account.locale' };
const PASSWORD_FIELDS: FieldLabels = {
  currentPassword: 'field.current_password',
  newPassword: 'field.new_password',
};

export function AccountPage(props: { user: User; profile: FormState; password: FormState }) {
  const { t, locale } = useView();
  const href = useHref();
  const u = props.user;
  return (
    <>
      <ErrorSummary form={props.profile} fields={PROFILE_FIELDS} />
      <ErrorSummary form={props.password} fields={PASSWORD_FIELDS} />
      <h1>{t('account.title')}</h1>
      {u.role !== 'admin' && (
        <p>
          <a href={href('/start')}>{t('account.start_link')}</a>
        </p>
      )}
      <SummaryList
        rows={[
          ['field.email', u.email],
          ['account.role', t(`role.${u.role}`)],
          ['account.since', formatDateTime(locale, u.createdAt, false)],
        ]}
      />

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('account.profile')}</h2>
        <Form action={href('/account')} form={props.profile} fields={PROFILE_FIELDS}>
          <Field name="name" autocomplete="name" maxLength={100} required />
          <Select
            name="locale"
            hint="account.locale_hint"
            options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          />
          <Button>{t('account.save')}</Button>
        </Form>
      </section>

      <section aria-labelledby="password-title">
        <h2 id="password-title">{t('account.password')}</h2>
        <Form action={href('/account/password')} form={props.password} fields={PASSWORD_FIELDS}>
          <input type="text" name="username" value={u.email} autocomplete="username" hidden readOnly />
          <Field name="currentPassword" type="password" autocomplete="current-password" required />
          <Field
            name="newPassword"
            hint="field.new_password_hint"
            type="password"
            autocomplete="new-password"
            required
          />
          <Button>{t('account.change_password')}</Button>
        </Form>
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('account.sessions')}</h2>
        <p>{t('account.sessions_body')}</p>
        <Form action={href('/account/sign-out-everywhere')}>
          <Button variant="warning">{t('account.sign_out_everywhere')}</Button>
        </Form>
      </section>
    </>
  );
}

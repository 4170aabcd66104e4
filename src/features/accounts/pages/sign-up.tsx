import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, Form } from '../../../platform/ui/form.tsx';
import { InvalidLink } from './password.tsx';

export function SignUpPage(props: { form: FormState }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary
        form={props.form}
        fields={{ name: 'field.name', email: 'field.email', password: 'field.new_password' }}
      />
      <h1>{t('signup.title')}</h1>
      <p class="lead">{t('signup.intro')}</p>
      <Form action={href('/sign-up')} form={props.form}>
        <Field
          name="name"
          label="field.name"
          hint="field.name_hint"
          autocomplete="name"
          maxLength={100}
          required
        />
        <Field
          name="email"
          label="field.email"
          hint="field.email_hint"
          type="email"
          autocomplete="email"
          spellcheck={false}
          maxLength={254}
          required
        />
        <Field
          name="password"
          label="field.new_password"
          hint="field.new_password_hint"
          type="password"
          autocomplete="new-password"
          required
        />
        <Button>{t('signup.submit')}</Button>
      </Form>
      <p>
        {t('signup.have_account')} <a href={href('/sign-in')}>{t('signup.sign_in_link')}</a>
      </p>
    </>
  );
}

export function CheckEmailPage() {
  const { t } = useView();
  return (
    <>
      <h1>{t('check_email.title')}</h1>
      <p class="lead">{t('check_email.body')}</p>
      <p>{t('check_email.spam')}</p>
    </>
  );
}

export function VerifyEmailPage(props: { valid: boolean }) {
  const { t } = useView();
  const href = useHref();
  if (!props.valid)
    return <InvalidLink title="verify.invalid_title" action="verify.invalid_action" to="/sign-in" />;
  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p class="lead">{t('verify.body')}</p>
      <Form action={href('/verify-email')}>
        <Button>{t('verify.submit')}</Button>
      </Form>
    </>
  );
}

import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form } from '../../../platform/ui/form.tsx';
import { InvalidLink } from './password.tsx';

const SIGN_UP_FIELDS: FieldLabels = {
  name: 'field.name',
  email: 'field.email',
  password: 'field.new_password',
};
const RESEND_FIELDS: FieldLabels = { email: 'field.email' };

export function SignUpPage(props: { form: FormState }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={SIGN_UP_FIELDS} />
      <h1>{t('signup.title')}</h1>
      <p class="lead">{t('signup.intro')}</p>
      <Form action={href('/sign-up')} form={props.form} fields={SIGN_UP_FIELDS}>
        <Field name="name" hint="field.name_hint" autocomplete="name" maxLength={100} required />
        <Field
          name="email"
          hint="field.email_hint"
          type="email"
          autocomplete="email"
          spellcheck={false}
          maxLength={254}
          required
        />
        <Field
          name="password"
          hint="field.new_password_hint"
          type="password"
          autocomplete="new-password"
          required
        />
        <p>{t('signup.next')}</p>
        <Button>{t('signup.submit')}</Button>
      </Form>
      <p>
        {t('signup.have_account')} <a href={href('/sign-in')}>{t('signup.sign_in_link')}</a>
      </p>
    </>
  );
}

/**
 * Where sign-up leads: the address the link went to (when this browser just signed up), what the link does,
 * and a way to send it again, that answers the same whatever the address.
 */
export function CheckEmailPage(props: { email: string | undefined; form: FormState }) {
  const { t } = useView();
  const href = useHref();
  // A known address travels in a hidden field; one refused comes back as a field to correct.
  const known = props.email && !props.form.errors.email ? props.email : undefined;
  return (
    <>
      <ErrorSummary form={props.form} fields={RESEND_FIELDS} />
      <h1>{t('check_email.title')}</h1>
      <p class="lead">
        {props.email ? t('check_email.sent_to', { email: props.email }) : t('check_email.body')}
      </p>
      <p>{t('check_email.next')}</p>
      <section aria-labelledby="resend-title">
        <h2 id="resend-title">{t('check_email.resend_title')}</h2>
        <p>{t('check_email.spam')}</p>
        <Form action={href('/sign-up/check-email')} form={props.form} fields={RESEND_FIELDS}>
          {known ? (
            <input type="hidden" name="email" value={known} />
          ) : (
            <Field
              name="email"
              hint="check_email.resend_intro"
              type="email"
              autocomplete="email"
              spellcheck={false}
              maxLength={254}
              required
            />
          )}
          <Button variant="secondary">{t('check_email.resend')}</Button>
        </Form>
        {known && (
          <p>
            {t('check_email.wrong_address')} <a href={href('/sign-up')}>{t('check_email.sign_up_again')}</a>
          </p>
        )}
      </section>
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
      <p>{t('verify.next')}</p>
      <Form action={href('/verify-email')}>
        <Button>{t('verify.submit')}</Button>
      </Form>
    </>
  );
}

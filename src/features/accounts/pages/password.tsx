import type { MessageKey } from '../../../platform/i18n/index.ts';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form } from '../../../platform/ui/form.tsx';

const FORGOT_FIELDS: FieldLabels = { email: 'field.email' };
const RESET_FIELDS: FieldLabels = { password: 'field.new_password' };

export function ForgotPasswordPage(props: { form: FormState }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={FORGOT_FIELDS} />
      <h1>{t('forgot.title')}</h1>
      <p class="lead">{t('forgot.intro')}</p>
      <Form action={href('/forgot-password')} form={props.form} fields={FORGOT_FIELDS}>
        <Field name="email" type="email" autocomplete="email" spellcheck={false} maxLength={254} required />
        <Button>{t('forgot.submit')}</Button>
      </Form>
    </>
  );
}

export function ForgotSentPage() {
  const { t } = useView();
  return (
    <>
      <h1>{t('forgot.sent_title')}</h1>
      <p class="lead">{t('forgot.sent_body')}</p>
      <p>{t('check_email.spam')}</p>
    </>
  );
}

export function ResetPasswordPage(props: { form: FormState; valid: boolean }) {
  const { t } = useView();
  const href = useHref();
  if (!props.valid)
    return <InvalidLink title="reset.invalid_title" action="reset.invalid_action" to="/forgot-password" />;
  return (
    <>
      <ErrorSummary form={props.form} fields={RESET_FIELDS} />
      <h1>{t('reset.title')}</h1>
      <Form action={href('/reset-password')} form={props.form} fields={RESET_FIELDS}>
        <Field
          name="password"
          hint="field.new_password_hint"
          type="password"
          autocomplete="new-password"
          required
        />
        <Button>{t('reset.submit')}</Button>
      </Form>
    </>
  );
}

/** A verification or reset link that no longer works, and what to do instead. */
export function InvalidLink(props: { title: MessageKey; action: MessageKey; to: string }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t(props.title)}</h1>
      <p>{t('err.token.invalid')}</p>
      <p>
        <a href={href(props.to)}>{t(props.action)}</a>
      </p>
    </>
  );
}

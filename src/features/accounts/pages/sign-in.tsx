import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form } from '../../../platform/ui/form.tsx';

const FIELDS: FieldLabels = { email: 'field.email', password: 'field.password' };

export function SignInPage(props: { form: FormState; next?: string }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <h1>{t('signin.title')}</h1>
      <Form action={href('/sign-in')} form={props.form} fields={FIELDS}>
        {props.next && <input type="hidden" name="next" value={props.next} />}
        <Field
          name="email"
          type="email"
          autocomplete="username"
          spellcheck={false}
          maxLength={254}
          required
        />
        <Field name="password" type="password" autocomplete="current-password" required />
        <Button>{t('signin.submit')}</Button>
      </Form>
      <p>
        <a href={href('/forgot-password')}>{t('signin.forgot')}</a>
      </p>
      <p>
        {t('signin.no_account')} <a href={href('/sign-up')}>{t('signin.sign_up_link')}</a>
      </p>
    </>
  );
}

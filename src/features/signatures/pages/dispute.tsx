import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form, TextArea } from '../../../platform/ui/form.tsx';

const FIELDS: FieldLabels = {
  kbo: 'organisation.kbo',
  organisationName: 'dispute.organisation_name',
  claimantName: 'dispute.your_name',
  claimantRole: 'dispute.your_role',
  contact: 'dispute.contact',
  message: 'dispute.message',
};

/**
 * Someone whose enterprise number is already registered tells the secretariat. The members who registered it
 * are not named here: the secretariat checks, and contacts both.
 */
export function DisputeFormPage(props: { form: FormState }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <h1>{t('dispute.title')}</h1>
      <p class="lead">{t('dispute.intro')}</p>
      <Form action={href('/organisations/dispute')} form={props.form} fields={FIELDS}>
        <Field
          name="kbo"
          hint="organisation.kbo_hint"
          width="half"
          inputMode="numeric"
          spellcheck={false}
          maxLength={20}
          required
        />
        <Field name="organisationName" autocomplete="organization" maxLength={200} required />
        <Field name="claimantName" autocomplete="name" maxLength={150} required />
        <Field
          name="claimantRole"
          hint="dispute.your_role_hint"
          autocomplete="organization-title"
          maxLength={150}
          required
        />
        <Field name="contact" hint="dispute.contact_hint" autocomplete="email" maxLength={254} required />
        <TextArea name="message" hint="dispute.message_hint" rows={4} maxLength={2000} />
        <Button>{t('dispute.submit')}</Button>
      </Form>
    </>
  );
}

export function DisputeSentPage() {
  const { t } = useView();
  return (
    <>
      <h1>{t('dispute.sent_title')}</h1>
      <p class="lead">{t('dispute.sent_body')}</p>
    </>
  );
}

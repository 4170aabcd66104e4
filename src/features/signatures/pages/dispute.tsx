import { formatDateTime } from '../../../platform/i18n/index.ts';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form, TextArea } from '../../../platform/ui/form.tsx';
import type { SignaturesService } from '../service.ts';
import { KboCheck } from './detail.tsx';

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

type DisputeDetail = Awaited<ReturnType<SignaturesService['disputeDetail']>>;

const CLOSE_DISPUTE_FIELDS: FieldLabels = { note: 'queue.note' };

/** A dispute: who claims the number, and the organisation that holds it here. */
export function DisputeDetailPage(props: { detail: DisputeDetail; form: FormState }) {
  const { t, locale } = useView();
  const href = useHref();
  const { dispute: d, holder } = props.detail;
  const others = props.detail.recordedNames;
  return (
    <>
      <ErrorSummary form={props.form} fields={CLOSE_DISPUTE_FIELDS} />
      <p class="breadcrumb">
        <a href={href('/admin/signatures')}>{t('queue.title')}</a>
      </p>
      <h1>{t('dispute.detail_title')}</h1>
      <dl class="summary-list">
        <div>
          <dt>{t('organisation.kbo')}</dt>
          <dd>
            <KboCheck kbo={d.kbo} />
          </dd>
        </div>
        <div>
          <dt>{t('dispute.organisation_name')}</dt>
          <dd>{d.organisationName}</dd>
        </div>
        <div>
          <dt>{t('dispute.claimant')}</dt>
          <dd>
            {d.claimantName}, {d.claimantRole}
          </dd>
        </div>
        <div>
          <dt>{t('dispute.contact')}</dt>
          <dd>{d.contact}</dd>
        </div>
        {d.message && (
          <div>
            <dt>{t('dispute.message')}</dt>
            <dd class="note">{d.message}</dd>
          </div>
        )}
        <div>
          <dt>{t('queue.proposed_at')}</dt>
          <dd>{formatDateTime(locale, d.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('dispute.holder')}</dt>
          <dd>
            {holder ? (
              <>
                <a href={href(`/organisations/${holder.id}`)}>{holder.name}</a>
                {holder.status && ` · ${t(`signature_status.${holder.status}`)}`}
                {holder.signatureId && (
                  <>
                    {' '}
                    ·{' '}
                    <a href={href(`/admin/signatures/${holder.signatureId}`)}>
                      {t('dispute.holder_signature')}
                    </a>
                  </>
                )}
              </>
            ) : (
              t('dispute.no_holder')
            )}
          </dd>
        </div>
        {others.length > 0 && (
          <div>
            <dt>{t('dispute.recorded_names')}</dt>
            <dd>{others.join(' · ')}</dd>
          </div>
        )}
      </dl>
      {d.status === 'open' ? (
        <Form
          action={href(`/admin/signatures/disputes/${d.id}/close`)}
          form={props.form}
          fields={CLOSE_DISPUTE_FIELDS}
          label={t('dispute.close')}
        >
          <TextArea name="note" hint="dispute.close_hint" rows={3} maxLength={2000} />
          <Button>{t('dispute.close')}</Button>
        </Form>
      ) : (
        <p>
          {t('dispute.closed_on', { date: formatDateTime(locale, d.closedAt ?? d.createdAt) })}
          {d.note && <span class="note"> {t('signature.note_quoted', { note: d.note })}</span>}
        </p>
      )}
    </>
  );
}

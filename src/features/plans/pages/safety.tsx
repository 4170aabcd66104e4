import { Notice } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form, Radios } from '../../../platform/ui/form.tsx';
import { SAFETY_MEASURES, SAFETY_STATUSES } from '../schema.ts';
import type { PlansService } from '../service.ts';

type Safety = Awaited<ReturnType<PlansService['safety']>>;

/** In the error summary, each measure's status is named by its measure: its own legend only says "status". */
const FIELDS: FieldLabels = Object.fromEntries(
  SAFETY_MEASURES.map((m) => [m, `safety.measure.${m}` as const]),
);

/** The trust and safety checklist (C8): each measure, its status and a note, in one form. */
export function SafetyPage(props: { orgId: string; orgName: string; data: Safety; form: FormState }) {
  const { t } = useView();
  const href = useHref();
  const canEdit = props.data.access === 'representative' || props.data.access === 'editor';
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a> ·{' '}
        <a href={href(`/organisations/${props.orgId}/plan#C8`)}>{t('plan.title')}</a>
      </p>
      <h1>{t('safety.title')}</h1>
      <p class="lead">{t('safety.intro')}</p>
      {canEdit ? (
        <Form action={href(`/organisations/${props.orgId}/safety`)} form={props.form}>
          {SAFETY_MEASURES.map((m) => (
            <fieldset key={m} class="card">
              <legend>{t(`safety.measure.${m}`)}</legend>
              <p class="hint">{t(`safety.measure.${m}.hint`)}</p>
              <Radios
                name={m}
                legend="safety.status"
                inline
                options={SAFETY_STATUSES.map((s) => ({ value: s, label: t(`safety.status.${s}`) }))}
              />
              <Field name={`${m}_note`} label="safety.note" maxLength={500} />
            </fieldset>
          ))}
          <Button>{t('safety.save')}</Button>
        </Form>
      ) : (
        <>
          <Notice>{t('organisation.admin_view')}</Notice>
          <dl class="summary-list">
            {props.data.measures.map((m) => (
              <div key={m.measure}>
                <dt>{t(`safety.measure.${m.measure}`)}</dt>
                <dd>
                  {t(`safety.status.${m.status}`)}
                  {m.note && ` · ${m.note}`}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </>
  );
}

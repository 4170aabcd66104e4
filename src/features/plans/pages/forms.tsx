import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  Select,
  TextArea,
} from '../../../platform/ui/form.tsx';
import { ACTION_STATUSES, COMMITMENT_CODES } from '../schema.ts';

const OBJECTIVE_FIELDS: FieldLabels = {
  commitment: 'plan.commitment',
  title: 'plan.objective_title',
  description: 'plan.description',
  indicator: 'plan.indicator',
  unit: 'plan.unit',
  baseline: 'plan.baseline',
  target: 'plan.target',
  deadline: 'plan.deadline',
};

const ACTION_FIELDS: FieldLabels = {
  title: 'plan.action_title',
  description: 'plan.description',
  owner: 'plan.owner',
  startDate: 'plan.start',
  dueDate: 'plan.due',
  status: 'plan.status',
  evidence: 'plan.evidence',
};

export function ObjectiveFormPage(props: {
  orgId: string;
  orgName: string;
  form: FormState;
  objectiveId?: string;
}) {
  const { t } = useView();
  const href = useHref();
  const base = `/organisations/${props.orgId}/plan`;
  return (
    <>
      <ErrorSummary form={props.form} fields={OBJECTIVE_FIELDS} />
      <p class="breadcrumb">
        <a href={href(base)}>{t('plan.title')}</a> · {props.orgName}
      </p>
      <h1>{props.objectiveId ? t('plan.edit_objective') : t('plan.new_objective')}</h1>
      <Form
        action={href(
          props.objectiveId ? `${base}/objectives/${props.objectiveId}/edit` : `${base}/objectives/new`,
        )}
        form={props.form}
        fields={OBJECTIVE_FIELDS}
      >
        <Select
          name="commitment"
          options={COMMITMENT_CODES.map((c) => ({ value: c, label: `${c} ${t(`commitment.${c}.short`)}` }))}
        />
        <Field name="title" hint="plan.objective_title_hint" maxLength={200} required />
        <TextArea name="description" rows={3} maxLength={2000} />
        <Field name="indicator" hint="plan.indicator_hint" maxLength={200} />
        <Field name="unit" hint="plan.unit_hint" width="third" maxLength={30} />
        <Field name="baseline" width="third" inputMode="text" maxLength={30} />
        <Field name="target" width="third" inputMode="text" maxLength={30} />
        <Field name="deadline" type="date" width="half" />
        <Checkbox name="isPublic" label={t('plan.make_public')} />
        <Button>{t('plan.save')}</Button>
      </Form>
      {props.objectiveId && (
        <Form
          action={href(`${base}/objectives/${props.objectiveId}/delete`)}
          label={t('plan.delete_objective')}
        >
          <Button variant="warning">{t('plan.delete_objective')}</Button>
        </Form>
      )}
    </>
  );
}

export function ActionFormPage(props: {
  orgId: string;
  objectiveTitle: string;
  form: FormState;
  action: string;
  editing: boolean;
}) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={ACTION_FIELDS} />
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}/plan`)}>{t('plan.title')}</a> · {props.objectiveTitle}
      </p>
      <h1>{props.editing ? t('plan.edit_action') : t('plan.new_action')}</h1>
      <Form action={href(props.action)} form={props.form} fields={ACTION_FIELDS}>
        <Field name="title" maxLength={200} required />
        <TextArea name="description" rows={3} maxLength={2000} />
        <Field name="owner" hint="plan.owner_hint" maxLength={100} />
        <Field name="startDate" type="date" width="half" />
        <Field name="dueDate" type="date" width="half" />
        <Select
          name="status"
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`action_status.${s}`) }))}
        />
        <TextArea name="evidence" hint="plan.evidence_hint" rows={3} maxLength={3000} />
        <Checkbox name="isPublic" label={t('plan.make_public')} />
        <Button>{t('plan.save')}</Button>
      </Form>
    </>
  );
}

import { formatDay, formatNumber } from '../../../platform/i18n/index.ts';
import { Pagination, Table, withQuery } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form, Radios } from '../../../platform/ui/form.tsx';
import { TRAINING_AUDIENCES } from '../schema.ts';
import type { PlansService } from '../service.ts';

type Training = Awaited<ReturnType<PlansService['training']>>;

const FIELDS: FieldLabels = {
  on: 'training.date',
  topic: 'training.topic',
  hours: 'training.hours',
  staffTrained: 'training.staff',
  audience: 'training.audience',
};

/** Internal training (C4): what was given, to whom, and the totals per year. */
export function TrainingPage(props: {
  orgId: string;
  orgName: string;
  data: Training;
  form: FormState;
  page: number;
  pageSize: number;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { data } = props;
  const canEdit = data.access === 'representative' || data.access === 'editor';
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a> ·{' '}
        <a href={href(`/organisations/${props.orgId}/plan#C4`)}>{t('plan.title')}</a>
      </p>
      <h1>{t('training.title')}</h1>
      <p class="lead">{t('training.intro')}</p>
      <Table
        id="training-totals"
        caption={t('training.totals')}
        rows={data.totals}
        rowKey={(r) => String(r.year)}
        empty="training.none"
        columns={[
          { header: 'training.year', cell: (r) => r.year },
          { header: 'training.sessions', cell: (r) => formatNumber(locale, r.sessions), numeric: true },
          { header: 'training.hours', cell: (r) => formatNumber(locale, r.hours), numeric: true },
          { header: 'training.staff', cell: (r) => formatNumber(locale, r.staff), numeric: true },
        ]}
      />
      {canEdit && (
        <section aria-labelledby="training-add">
          <h2 id="training-add">{t('training.add')}</h2>
          <Form action={href(`/organisations/${props.orgId}/training`)} form={props.form} fields={FIELDS}>
            <Field name="on" type="date" width="half" />
            <Field name="topic" hint="training.topic_hint" maxLength={200} />
            <Field name="hours" hint="training.hours_hint" width="third" maxLength={10} />
            <Field name="staffTrained" width="third" inputMode="numeric" maxLength={7} />
            <Radios
              name="audience"
              inline
              options={TRAINING_AUDIENCES.map((a) => ({ value: a, label: t(`training.audience.${a}`) }))}
            />
            <Button>{t('training.save')}</Button>
          </Form>
        </section>
      )}
      <Table
        id="training-sessions"
        caption={t('training.list')}
        rows={data.rows}
        rowKey={(r) => r.id}
        empty="training.none"
        columns={[
          {
            header: 'training.date',
            cell: (r) => formatDay(locale, r.on),
          },
          { header: 'training.topic', cell: (r) => r.topic },
          { header: 'training.audience', cell: (r) => t(`training.audience.${r.audience}`) },
          { header: 'training.hours', cell: (r) => formatNumber(locale, r.hours), numeric: true },
          { header: 'training.staff', cell: (r) => formatNumber(locale, r.staffTrained), numeric: true },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={data.total}
        href={(page) => withQuery(href(`/organisations/${props.orgId}/training`), { page })}
      />
    </>
  );
}

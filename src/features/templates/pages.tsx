import { pickLocalized } from '../../platform/i18n/index.ts';
import { LocalizedText, Pagination, Table, withQuery } from '../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../platform/ui/context.ts';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  LocalizedFields,
  localizedLabels,
  Select,
} from '../../platform/ui/form.tsx';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { Template } from './queries.ts';
import type { TemplatesService } from './service.ts';

type Listing = Awaited<ReturnType<TemplatesService['list']>>;

/** The secretariat's list of suggested objectives, drafts included. */
export function TemplatesPage(props: { list: Listing; page: number; pageSize: number }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('templates.title')}</h1>
      <p class="lead">{t('templates.intro')}</p>
      <p>
        <a class="button" href={href('/admin/templates/new')}>
          {t('templates.new')}
        </a>
      </p>
      <Table
        id="templates"
        caption={t('templates.title')}
        rows={props.list.rows}
        rowKey={(r) => r.id}
        empty="templates.none"
        columns={[
          { header: 'plan.commitment', cell: (r) => r.commitment },
          {
            header: 'templates.field_title',
            cell: (r) => (
              <a href={href(`/admin/templates/${r.id}/edit`)}>
                <LocalizedText text={r.title} />
              </a>
            ),
          },
          {
            header: 'templates.state',
            cell: (r) => (r.published ? t('templates.published') : t('templates.draft')),
          },
          { header: 'templates.adopted_count', cell: (r) => r.adopted, numeric: true },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.list.total}
        href={(p) => href(withQuery('/admin/templates', { page: p }))}
      />
    </>
  );
}

const FIELDS: FieldLabels = {
  commitment: 'plan.commitment',
  ...localizedLabels('title', 'templates.field_title'),
  ...localizedLabels('description', 'plan.description'),
  ...localizedLabels('indicator', 'plan.indicator'),
  unit: 'plan.unit',
  target: 'plan.target',
};

export function TemplateFormPage(props: { form: FormState; templateId?: string }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <p class="breadcrumb">
        <a href={href('/admin/templates')}>{t('templates.title')}</a>
      </p>
      <h1>{props.templateId ? t('templates.edit') : t('templates.new')}</h1>
      <Form
        action={href(props.templateId ? `/admin/templates/${props.templateId}/edit` : '/admin/templates/new')}
        form={props.form}
        fields={FIELDS}
      >
        <Select
          name="commitment"
          options={COMMITMENT_CODES.map((c) => ({ value: c, label: `${c} ${t(`commitment.${c}.short`)}` }))}
        />
        <LocalizedFields
          name="title"
          legend="templates.field_title"
          hint="templates.title_hint"
          maxLength={200}
        />
        <LocalizedFields name="description" legend="plan.description" maxLength={2000} rows={3} />
        <LocalizedFields
          name="indicator"
          legend="plan.indicator"
          hint="plan.indicator_hint"
          maxLength={200}
        />
        <Field name="unit" hint="plan.unit_hint" width="third" maxLength={30} />
        <Field name="target" width="third" inputMode="text" maxLength={30} />
        <Checkbox name="published" label={t('templates.publish')} />
        <Button>{t('templates.save')}</Button>
      </Form>
    </>
  );
}

/** On the plan, under a commitment: the suggestions not adopted yet, each adopted with one button. */
export function Suggestions(props: { orgId: string; templates: Template[] }) {
  const { t, locale } = useView();
  const href = useHref();
  if (!props.templates.length) return null;
  return (
    <details class="suggestions">
      <summary>{t('templates.suggestions', { n: props.templates.length })}</summary>
      <ul class="plain-list">
        {props.templates.map((tpl) => (
          <li key={tpl.id}>
            <LocalizedText text={tpl.title} as="p" />
            <LocalizedText text={tpl.description} as="p" class="hint" />
            <Form
              action={href(`/organisations/${props.orgId}/plan/templates/${tpl.id}/adopt`)}
              class="inline-form"
            >
              <Button variant="secondary">
                {t('templates.adopt')}
                <span class="visually-hidden"> {pickLocalized(tpl.title, locale)?.text}</span>
              </Button>
            </Form>
          </li>
        ))}
      </ul>
    </details>
  );
}

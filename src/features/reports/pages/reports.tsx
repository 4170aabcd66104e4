import { formatDateTime, formatDay } from '../../../platform/i18n/index.ts';
import { Notice, Pagination, Table, withQuery } from '../../../platform/ui/components.tsx';
import { emptyForm, type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import {
  Button,
  Checkbox,
  Checkboxes,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  Select,
  TextArea,
} from '../../../platform/ui/form.tsx';
import type { Questionnaire } from '../../assessments/content.ts';
import { SectorRegionFilters } from '../../organisations/filters.tsx';
import type { ReportContent } from '../content.ts';
import type { Report } from '../queries.ts';
import { REPORT_PARTS } from '../schema.ts';
import type { ReportsService } from '../service.ts';
import { REPORTING_STATUSES } from '../statuses.ts';
import { ReportDocument } from './document.tsx';

type Overview = Awaited<ReturnType<ReportsService['overview']>>;
type Grid = Awaited<ReturnType<ReportsService['grid']>>;

const daysBetween = (a: string, b: string) =>
  Math.round((new Date(`${b}T00:00:00Z`).getTime() - new Date(`${a}T00:00:00Z`).getTime()) / 86_400_000);

/** "Due in 12 days", "due today" or "12 days late". */
export function DueIn(props: { today: string; due: string }) {
  const { t } = useView();
  const d = daysBetween(props.today, props.due);
  if (d === 0) return <>{t('report.due_today')}</>;
  return <>{t(d > 0 ? 'report.due_in' : 'report.late_by', { n: Math.abs(d) })}</>;
}

/** Where a report can be read and downloaded. */
function Downloads(props: { base: string; year: number }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <a href={href(`${props.base}/${props.year}/download.pdf`)}>
        {t('report.pdf')}
        <span class="visually-hidden"> {props.year}</span>
      </a>{' '}
      ·{' '}
      <a href={href(`${props.base}/${props.year}/download.html`)}>
        {t('report.html')}
        <span class="visually-hidden"> {props.year}</span>
      </a>
    </>
  );
}

/** The organisation's reports: the one it owes now, then every one so far. */
export function ReportsPage(props: { orgId: string; orgName: string; v: Overview }) {
  const { t, locale } = useView();
  const href = useHref();
  const { v } = props;
  const base = `/organisations/${props.orgId}/reports`;
  const owed = v.obligation;
  const owedRow = owed && v.reports.find((r) => r.year === owed.year);
  return (
    <>
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a>
      </p>
      <h1>{t('report.title')}</h1>
      <p class="lead">{t('report.intro')}</p>
      {owed ? (
        <section aria-labelledby="owed-title" class="card">
          <h2 id="owed-title">{t('report.owed_title', { year: owed.year })}</h2>
          <p>
            {t('report.due_on', { date: formatDay(locale, owed.dueOn) })} (
            <DueIn today={v.today} due={owed.dueOn} />
            ).
          </p>
          {v.status === 'non_reporting' && <Notice kind="warning">{t('report.late_notice')}</Notice>}
          <p>
            <a class="button" href={href(`${base}/${owed.year}`)}>
              {t(owedRow ? 'report.continue' : 'report.prepare')}
            </a>
          </p>
        </section>
      ) : (
        <p>{t('report.no_obligation')}</p>
      )}
      <section aria-labelledby="past-title">
        <h2 id="past-title">{t('report.list_title')}</h2>
        <Table
          id="reports"
          caption={t('report.list_caption')}
          rowKey={(r: Report) => r.id}
          rows={v.reports}
          empty="report.list_empty"
          columns={[
            {
              header: 'report.year',
              cell: (r) => <a href={href(`${base}/${r.year}`)}>{t('report.name', { year: r.year })}</a>,
            },
            {
              header: 'report.state',
              cell: (r) =>
                r.status === 'submitted' && r.submittedAt
                  ? t('report.sent_on', { date: formatDateTime(locale, r.submittedAt, false) })
                  : t('report.state.draft'),
            },
            {
              header: 'report.download',
              cell: (r) => (r.status === 'submitted' ? <Downloads base={base} year={r.year} /> : '—'),
            },
          ]}
        />
      </section>
    </>
  );
}

const REPORT_FIELDS: FieldLabels = {
  statement: 'report.statement',
  publicParts: 'report.public_parts',
  signerName: 'sign.name',
  signerTitle: 'sign.role_title',
  confirm: 'report.confirm_label',
};

/** The report owed: the figures the platform gathered, the statement, what is public, and submit. */
export function ReportFormPage(props: {
  orgId: string;
  orgName: string;
  year: number;
  dueOn: string;
  today: string;
  content: ReportContent;
  qn: Questionnaire;
  form: FormState;
  canSubmit: boolean;
  /** The secretariat reads the report being prepared; only the organisation writes it. */
  readOnly: boolean;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const f = props.form;
  return (
    <>
      <ErrorSummary form={f} fields={REPORT_FIELDS} />
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a> ·{' '}
        <a href={href(`/organisations/${props.orgId}/reports`)}>{t('report.title')}</a>
      </p>
      <h1>{t('report.form_title', { year: props.year })}</h1>
      <p class="lead">
        {t('report.due_on', { date: formatDay(locale, props.dueOn) })} (
        <DueIn today={props.today} due={props.dueOn} />
        ). {t('report.form_intro')}
      </p>
      <h2>{t('report.figures_title')}</h2>
      <p>{t('report.figures_intro')}</p>
      <div class="card">
        <ReportDocument
          head={{
            organisationName: props.orgName,
            year: props.year,
            statement: null,
            signerName: null,
            signerTitle: null,
            submittedAt: null,
          }}
          content={props.content}
          parts={REPORT_PARTS.filter((p) => p !== 'statement')}
          qn={props.qn}
        />
      </div>
      {props.readOnly ? (
        <p>{t('report.secretariat_reads')}</p>
      ) : (
        <>
          <h2>{t('report.your_part')}</h2>
          <Form
            action={href(`/organisations/${props.orgId}/reports/${props.year}`)}
            form={f}
            fields={REPORT_FIELDS}
          >
            <TextArea name="statement" hint="report.statement_hint" rows={8} maxLength={8000} />
            <Checkboxes
              name="publicParts"
              hint="report.public_parts_hint"
              options={REPORT_PARTS.map((p) => ({ value: p, label: t(`report.part.${p}`) }))}
            />
            {props.canSubmit ? (
              <fieldset class="field">
                <legend>{t('report.submit_title')}</legend>
                <p class="hint">{t('report.submit_hint')}</p>
                <Field name="signerName" autocomplete="name" maxLength={200} />
                <Field name="signerTitle" autocomplete="organization-title" maxLength={200} />
                <Checkbox name="confirm" label={t('report.confirm_label')} />
              </fieldset>
            ) : (
              <p>{t('report.representative_submits')}</p>
            )}
            <div class="button-row">
              {props.canSubmit && (
                <Button name="intent" value="submit">
                  {t('report.submit')}
                </Button>
              )}{' '}
              <Button name="intent" value="save" variant="secondary">
                {t('report.save_draft')}
              </Button>
            </div>
          </Form>
        </>
      )}
    </>
  );
}

/** The secretariat's view of reporting: who owes what, by when, and how far each is. */
export function ReportingGridPage(props: {
  grid: Grid;
  page: number;
  pageSize: number;
  filter: { status?: string; sector?: string; region?: string };
}) {
  const { t, locale } = useView();
  const href = useHref();
  const f = props.filter;
  const query = { status: f.status, sector: f.sector, region: f.region };
  return (
    <>
      <h1>{t('reporting.title')}</h1>
      <p class="lead">{t('reporting.intro')}</p>
      <Form
        action={href('/admin/reports')}
        method="get"
        class="filters"
        label={t('admin.filters')}
        form={emptyForm({ status: f.status ?? '', sector: f.sector ?? '', region: f.region ?? '' })}
      >
        <Select
          name="status"
          label="register.status"
          options={[
            { value: '', label: t('register.all') },
            ...REPORTING_STATUSES.map((s) => ({
              value: s,
              label: t(`signature_status.${s}`),
            })),
          ]}
        />
        <SectorRegionFilters />
        <Button variant="secondary">{t('admin.apply')}</Button>
      </Form>
      <p role="status">
        {t('admin.results', { n: props.grid.total })} ·{' '}
        <a href={withQuery('/admin/reports.csv', query)}>{t('reporting.csv')}</a>
      </p>
      <Table
        id="reporting"
        caption={t('reporting.caption')}
        rowKey={(r) => r.organisationId}
        rows={props.grid.rows}
        empty="reporting.empty"
        columns={[
          {
            header: 'grid.organisation',
            cell: (r) => <a href={href(`/organisations/${r.organisationId}/reports`)}>{r.name}</a>,
          },
          { header: 'register.status', cell: (r) => t(`signature_status.${r.status}`) },
          {
            header: 'reporting.owed',
            cell: (r) =>
              r.owed ? (
                <>
                  {t('layout.label_value', {
                    label: t('report.name', { year: r.owed.year }),
                    value: formatDay(locale, r.owed.dueOn),
                  })}{' '}
                  (
                  <DueIn today={props.grid.today} due={r.owed.dueOn} />)
                </>
              ) : (
                '—'
              ),
          },
          {
            header: 'reporting.state',
            cell: (r) => (r.owedState ? t(`report.state.${r.owedState}`) : '—'),
          },
          {
            header: 'reporting.last',
            cell: (r) =>
              r.last?.submittedAt
                ? `${t('report.name', { year: r.last.year })}, ${formatDateTime(locale, r.last.submittedAt, false)}`
                : '—',
          },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.grid.total}
        href={(page) => withQuery(href('/admin/reports'), { ...query, page })}
      />
    </>
  );
}

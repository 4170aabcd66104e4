import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../../../platform/i18n/index.ts';
import { FlashHere, Notice, Pagination } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Form, Radios, TextArea } from '../../../platform/ui/form.tsx';
import type { HelpPoint } from '../queries/points.ts';
import type { HelpPointReport } from '../queries/reports.ts';
import { REPORT_KINDS } from '../schema.ts';
import { REPORTS_PAGE_SIZE } from '../upkeep.ts';

const fields = { kind: 'hpreport.kind', message: 'hpreport.message' } as const;

/** "Something is wrong": what, and in the visitor's words if they like. No name, no email, no account. */
export function ReportFormPage(props: { point: Pick<HelpPoint, 'id' | 'name'>; form: FormState }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('hpreport.title', { name: props.point.name })}</h1>
      <p class="lead">{t('hpreport.lead')}</p>
      <ErrorSummary form={props.form} fields={fields} />
      <Form action={href(`/help-points/${props.point.id}/report`)} form={props.form} fields={fields}>
        <Radios
          name="kind"
          options={REPORT_KINDS.map((k) => ({ value: k, label: t(`hpreport.kind.${k}`) }))}
        />
        <TextArea name="message" hint="hpreport.message_hint" rows={4} maxLength={2000} />
        {/* A trap for robots: people never see it, so only a robot fills it in. */}
        <div class="trap" aria-hidden="true">
          <label for="f-nickname">{t('hpreport.trap')}</label>
          <input id="f-nickname" name="nickname" type="text" tabIndex={-1} autocomplete="off" />
        </div>
        <Button>{t('hpreport.send')}</Button>
      </Form>
      <p>
        <a href={href(`/help-points/${props.point.id}`)}>{t('hpreport.back')}</a>
      </p>
    </>
  );
}

function ReportItem(props: { report: HelpPointReport; heading?: ComponentChildren }) {
  const { t, locale } = useView();
  const href = useHref();
  const r = props.report;
  return (
    <li>
      {props.heading}
      <p>
        <strong>{t(`hpreport.kind.${r.kind}`)}</strong> · {formatDateTime(locale, r.createdAt)}
      </p>
      {r.message && <p class="quote">{r.message}</p>}
      {r.resolvedAt ? (
        <p class="hint">{t('hpreport.resolved_on', { date: formatDateTime(locale, r.resolvedAt, false) })}</p>
      ) : (
        <Form action={href(`/help-points/reports/${r.id}/resolve`)} label={t('hpreport.resolve')}>
          <Button variant="secondary">{t('hpreport.resolve')}</Button>
        </Form>
      )}
    </li>
  );
}

/** One point's reports, open first, for its managers and the secretariat. */
export function PointReportsPage(props: {
  point: HelpPoint;
  reports: HelpPointReport[];
  total: number;
  page: number;
}) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('hpreport.list_title', { name: props.point.name })}</h1>
      <FlashHere id="reports" />
      <p>
        <a href={href(`/help-points/${props.point.id}/edit`)}>{t('hpmanage.edit')}</a> ·{' '}
        <a href={href(`/help-points/structures/${props.point.organisationId}`)}>{t('hpreport.all_points')}</a>
      </p>
      {!props.total && <Notice>{t('hpreport.none')}</Notice>}
      <ul class="plain-list hp-reports">
        {props.reports.map((r) => (
          <ReportItem key={r.id} report={r} />
        ))}
      </ul>
      <Pagination
        page={props.page}
        pageSize={REPORTS_PAGE_SIZE}
        total={props.total}
        href={(p) => href(`/help-points/${props.point.id}/reports?page=${p}`)}
      />
    </>
  );
}

/** The secretariat's view: every open report, oldest first, and the open data. */
export function AdminPage(props: {
  items: { report: HelpPointReport; point: { id: string; name: string; commune: string } }[];
  total: number;
  page: number;
}) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('hpadmin.title')}</h1>
      <FlashHere id="reports" />
      <ul class="plain-list">
        <li>
          <a href={href('/admin/help-points/import')}>{t('hpimport.title')}</a>
        </li>
        <li>
          {t('hpadmin.open_data')} <a href="/open-data/help-points.csv">CSV</a> ·{' '}
          <a href="/open-data/help-points.geojson">GeoJSON</a> ·{' '}
          <a href="/open-data/data-inclusion/structures.json">data·inclusion (structures)</a> ·{' '}
          <a href="/open-data/data-inclusion/services.json">data·inclusion (services)</a>
        </li>
      </ul>
      <h2>{t('hpadmin.queue', { n: props.total })}</h2>
      {!props.total && <Notice>{t('hpreport.none')}</Notice>}
      <ul class="plain-list hp-reports">
        {props.items.map((i) => (
          <ReportItem
            key={i.report.id}
            report={i.report}
            heading={
              <h3>
                <a href={href(`/help-points/${i.point.id}/reports`)}>
                  {i.point.name} ({i.point.commune})
                </a>
              </h3>
            }
          />
        ))}
      </ul>
      <Pagination
        page={props.page}
        pageSize={REPORTS_PAGE_SIZE}
        total={props.total}
        href={(p) => href(`/admin/help-points?page=${p}`)}
      />
    </>
  );
}

import { formatDateTime, formatNumber } from '../../../platform/i18n/index.ts';
import { Notice } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, FileField, Form } from '../../../platform/ui/form.tsx';
import type { Outcome, PlannedRow } from '../import.ts';
import type { HelpPointImport } from '../queries/imports.ts';

const fields = { source: 'hpimport.source', file: 'hpimport.file' } as const;
/** The dry run lists at most this many rows that are not unchanged; the counts give the rest. */
const SHOWN = 100;

/** The secretariat loads a region's list: a source name and a CSV file; a dry run comes first. */
export function ImportFormPage(props: { form: FormState }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('hpimport.title')}</h1>
      <p class="lead">{t('hpimport.lead')}</p>
      <ErrorSummary form={props.form} fields={fields} />
      <Form action={href('/admin/help-points/import')} form={props.form} fields={fields} multipart>
        <Field name="source" hint="hpimport.source_hint" width="half" spellcheck={false} />
        <FileField name="file" hint="hpimport.file_hint" accept=".csv,text/csv" />
        <Button>{t('hpimport.check')}</Button>
      </Form>
      <p>
        <a href={href('/admin/help-points')}>{t('hpadmin.title')}</a>
      </p>
    </>
  );
}

/** The dry run: how many rows each outcome has, the rows that change or are refused, and the button to apply. */
export function ImportPreviewPage(props: {
  import: HelpPointImport;
  rows: PlannedRow[];
  counts: Record<Outcome, number>;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { counts } = props;
  const shown = props.rows.filter((r) => r.outcome !== 'unchanged').slice(0, SHOWN);
  return (
    <>
      <h1>{t('hpimport.preview_title', { file: props.import.filename })}</h1>
      <p>
        {t('hpimport.preview_lead', {
          source: props.import.source,
          date: formatDateTime(locale, props.import.createdAt),
        })}
      </p>
      <ul>
        {(['added', 'changed', 'unchanged', 'refused'] as const).map((o) => (
          <li key={o}>{t(`hpimport.count.${o}`, { n: counts[o] })}</li>
        ))}
      </ul>
      {shown.length > 0 && (
        <div class="table-wrap">
          <table>
            <caption>{t('hpimport.rows_caption', { n: formatNumber(locale, shown.length) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hpimport.line')}</th>
                <th scope="col">source_id</th>
                <th scope="col">{t('hpform.name')}</th>
                <th scope="col">{t('hpimport.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>{r.sourceId}</td>
                  <td>{r.name}</td>
                  <td>
                    {t(`hpimport.outcome.${r.outcome}`)}
                    {r.reason && `: ${r.reason.column}, ${t(`err.${r.reason.code}`)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.import.appliedAt ? (
        <Notice>{t('hpimport.applied_on', { date: formatDateTime(locale, props.import.appliedAt) })}</Notice>
      ) : counts.refused ? (
        <Notice kind="warning">{t('hpimport.fix_first')}</Notice>
      ) : (
        <Form action={href(`/admin/help-points/import/${props.import.id}/apply`)} label={t('hpimport.apply')}>
          <Button>{t('hpimport.apply')}</Button>
        </Form>
      )}
      <p>
        <a href={href('/admin/help-points/import')}>{t('hpimport.another')}</a>
      </p>
    </>
  );
}

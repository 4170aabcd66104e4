import { formatDateTime, formatList, formatNumber } from '../../../platform/i18n/index.ts';
import { useHref, useView } from '../../../platform/ui/context.ts';
import type { Questionnaire } from '../../assessments/content.ts';
import type { ReportContent } from '../content.ts';
import type { Report } from '../queries.ts';
import { REPORT_PARTS, type ReportPart } from '../schema.ts';
import type { PublicReport } from '../service.ts';
import { ReportDocument, type ReportHeader } from './document.tsx';

function DownloadLinks(props: { base: string }) {
  const { t } = useView();
  const href = useHref();
  return (
    <p>
      <a href={href(`${props.base}/download.pdf`)}>{t('report.pdf')}</a> ·{' '}
      <a href={href(`${props.base}/download.html`)}>{t('report.html')}</a>
    </p>
  );
}

/** A submitted report, whole, for the organisation's members and the secretariat. */
export function ReportViewPage(props: {
  orgId: string;
  orgName: string;
  slug: string;
  report: Report;
  content: ReportContent;
  qn: Questionnaire;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const r = props.report;
  return (
    <>
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a> ·{' '}
        <a href={href(`/organisations/${props.orgId}/reports`)}>{t('report.title')}</a>
      </p>
      <h1>{t('report.doc_title', { year: r.year, organisation: props.orgName })}</h1>
      <p>
        {t('report.public_are', {
          parts: r.publicParts.length
            ? formatList(
                locale,
                r.publicParts.map((p) => t(`report.list_part.${p}`)),
              )
            : '—',
        })}{' '}
        <a href={href(`/signatories/${props.slug}/reports/${r.year}`)}>{t('report.public_link')}</a>
      </p>
      <DownloadLinks base={`/organisations/${props.orgId}/reports/${r.year}`} />
      <ReportDocument
        head={{
          organisationName: props.orgName,
          year: r.year,
          statement: r.statement,
          signerName: r.signerName,
          signerTitle: r.signerTitle,
          submittedAt: r.submittedAt,
        }}
        content={props.content}
        parts={REPORT_PARTS}
        qn={props.qn}
      />
    </>
  );
}

/** A submitted report on the public profile: only its public parts. */
export function PublicReportPage(props: {
  slug: string;
  head: ReportHeader;
  content: ReportContent;
  parts: readonly ReportPart[];
  qn: Questionnaire;
}) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/signatories')}>{t('register.title')}</a> ·{' '}
        <a href={href(`/signatories/${props.slug}`)}>{props.head.organisationName}</a>
      </p>
      <h1>{t('report.doc_title', { year: props.head.year, organisation: props.head.organisationName })}</h1>
      <DownloadLinks base={`/signatories/${props.slug}/reports/${props.head.year}`} />
      <ReportDocument head={props.head} content={props.content} parts={props.parts} qn={props.qn} />
    </>
  );
}

/** On the profile: the latest report's public statement and index, then every submitted report. */
export function ReportsOnProfile(props: { slug: string; rows: PublicReport[] }) {
  const { t, locale } = useView();
  const href = useHref();
  const [latest] = props.rows;
  if (!latest) return null;
  const { index } = latest;
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">{t('report.profile_title')}</h2>
      {latest.statement && (
        <blockquote>
          <p>{latest.statement.split(/\n{2,}/)[0]}</p>
          <footer>
            {t('report.name', { year: latest.year })}, {latest.signerName}, {latest.signerTitle}
          </footer>
        </blockquote>
      )}
      {index && index.overall !== null && (
        <p>
          {t('report.index_line', {
            date: formatDateTime(locale, new Date(index.submittedAt), false),
            score: formatNumber(locale, index.overall),
            band: t(`index.band.${index.band ?? 'starting'}`),
          })}
        </p>
      )}
      <ul class="plain-list">
        {props.rows.map((r) => (
          <li key={r.id}>
            <a href={href(`/signatories/${props.slug}/reports/${r.year}`)}>
              {t('report.name', { year: r.year })}
            </a>
            {r.submittedAt &&
              ` (${t('report.sent_on', { date: formatDateTime(locale, r.submittedAt, false) })})`}
          </li>
        ))}
      </ul>
    </section>
  );
}

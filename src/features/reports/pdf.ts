import {
  formatDateTime,
  formatDay,
  formatNumber,
  formatPercent,
  type Locale,
  pickLocalized,
  translator,
} from '../../platform/i18n/index.ts';
import { renderPdf } from '../../platform/pdf.ts';
import { PILLARS, type Questionnaire } from '../assessments/content.ts';
import { indexAge, type ReportContent } from './content.ts';
import type { ReportHeader } from './pages/document.tsx';
import type { ReportPart } from './schema.ts';

/** The yearly report as a tagged PDF in the reader's language: the same parts as the page, as text and tables. */
export function reportPdf(
  h: ReportHeader,
  c: ReportContent,
  parts: readonly ReportPart[],
  qn: Questionnaire,
  locale: Locale,
  now: Date,
): Promise<Buffer> {
  const t = translator(locale);
  const num = (n: number) => formatNumber(locale, n);
  const age = indexAge(c);
  const title = t('report.doc_title', { year: h.year, organisation: h.organisationName });
  return renderPdf({ title, lang: locale, subject: h.organisationName, now }, (w) => {
    w.h1(title);
    w.p(
      [
        t('report.period', { from: formatDay(locale, c.period.from), to: formatDay(locale, c.period.to) }),
        h.submittedAt
          ? t('report.submitted_by', {
              date: formatDateTime(locale, h.submittedAt, false),
              name: h.signerName ?? '',
              title: h.signerTitle ?? '',
            })
          : '',
      ].join(' '),
    );
    const show = (p: ReportPart) => parts.includes(p);
    if (show('statement') && h.statement) {
      w.h2(t('report.part.statement'));
      for (const para of h.statement.split(/\n{2,}/)) w.p(para);
    }
    if (show('plan')) {
      w.h2(t('report.part.plan'));
      w.p(
        t('report.plan_totals', {
          goals: c.plan.objectives,
          actions: c.plan.actions,
          done: c.plan.actionsDone,
        }),
      );
      w.table(
        [t('report.commitment'), t('report.objectives'), t('report.progress')],
        c.plan.commitments
          .filter((x) => x.objectives > 0)
          .map((x) => [
            `${x.code} ${t(`commitment.${x.code}.short`)}`,
            num(x.objectives),
            x.progress === null ? '—' : formatPercent(locale, x.progress / 100),
          ]),
      );
    }
    if (show('training')) {
      w.h2(t('report.part.training'));
      w.p(
        c.training.sessions
          ? t('report.training_totals', {
              sessions: c.training.sessions,
              staff: c.training.staff,
              hours: c.training.hours,
            })
          : t('report.training_none'),
      );
    }
    if (show('engagement')) {
      w.h2(t('report.part.engagement'));
      if (!c.engagement.campaigns.length && !c.engagement.jointActions.length)
        w.p(t('report.engagement_none'));
      for (const x of c.engagement.campaigns)
        w.p(
          `• ${t('layout.label_value', { label: pickLocalized(x.title, locale)?.text ?? '', value: x.contribution })}`,
        );
      for (const x of c.engagement.jointActions)
        w.p(`• ${x.title} (${t(`joint.status.${x.status as 'running'}`)})`);
    }
    if (show('practices')) {
      w.h2(t('report.part.practices'));
      if (!c.practices.shared.length && !c.practices.adopted.length) w.p(t('report.practices_none'));
      for (const x of c.practices.shared) w.p(`• ${x.title}`);
      for (const x of c.practices.adopted) w.p(`• ${x.title} (${x.authorName})`);
    }
    if (show('index')) {
      w.h2(t('report.part.index'));
      if (c.index && c.index.overall !== null) {
        w.p(
          t('report.index_line', {
            date: formatDateTime(locale, new Date(c.index.submittedAt), false),
            score: num(c.index.overall),
            band: t(`index.band.${c.index.band ?? 'starting'}`),
          }) + (age ? ` ${t('report.index_old', { years: age.years })}` : ''),
        );
        const pillars = c.index.pillars;
        w.table(
          [t('index.pillar'), t('index.pillar_score')],
          PILLARS.map((p) => [
            qn.texts[locale].pillars[p].name,
            pillars[p] === null ? '—' : num(pillars[p] ?? 0),
          ]),
        );
      } else w.p(t('report.index_none'));
    }
  });
}

import { formatDateTime, formatDay, formatNumber, pickLocalized } from '../../../platform/i18n/index.ts';
import { LabelValue } from '../../../platform/ui/assemble.tsx';
import { ProgressBar } from '../../../platform/ui/components.tsx';
import { useView } from '../../../platform/ui/context.ts';
import { PILLARS, type Questionnaire } from '../../assessments/content.ts';
import { indexAge, type ReportContent } from '../content.ts';
import type { ReportPart } from '../schema.ts';

export interface ReportHeader {
  organisationName: string;
  year: number;
  statement: string | null;
  signerName: string | null;
  signerTitle: string | null;
  submittedAt: Date | null;
}

/**
 * A yearly report: the representative's statement and the platform's figures, part by part. The same
 * component makes the page, the preview before submitting and the HTML download; `parts` says what to show.
 */
export function ReportDocument(props: {
  head: ReportHeader;
  content: ReportContent;
  parts: readonly ReportPart[];
  qn: Questionnaire;
  /** The page gives its own h1; a downloaded document starts with its title. */
  withTitle?: boolean;
}) {
  const { t, locale } = useView();
  const c = props.content;
  const h = props.head;
  const show = (p: ReportPart) => props.parts.includes(p);
  const num = (n: number) => formatNumber(locale, n);
  const age = indexAge(c);
  return (
    <article class="report">
      {props.withTitle && (
        <h1>{t('report.doc_title', { year: h.year, organisation: h.organisationName })}</h1>
      )}
      <p>
        {t('report.period', { from: formatDay(locale, c.period.from), to: formatDay(locale, c.period.to) })}{' '}
        {h.submittedAt &&
          t('report.submitted_by', {
            date: formatDateTime(locale, h.submittedAt, false),
            name: h.signerName ?? '',
            title: h.signerTitle ?? '',
          })}
      </p>
      {show('statement') && h.statement && (
        <section aria-labelledby="part-statement">
          <h2 id="part-statement">{t('report.part.statement')}</h2>
          {h.statement.split(/\n{2,}/).map((para) => (
            <p key={para.slice(0, 30)}>{para}</p>
          ))}
        </section>
      )}
      {show('plan') && (
        <section aria-labelledby="part-plan">
          <h2 id="part-plan">{t('report.part.plan')}</h2>
          <p>
            {t('report.plan_totals', {
              goals: c.plan.objectives,
              actions: c.plan.actions,
              done: c.plan.actionsDone,
            })}
          </p>
          {c.plan.objectives > 0 && (
            <table>
              <caption>{t('report.plan_caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.commitment')}</th>
                  <th scope="col" class="num">
                    {t('report.objectives')}
                  </th>
                  <th scope="col">{t('report.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {c.plan.commitments
                  .filter((x) => x.objectives > 0)
                  .map((x) => (
                    <tr key={x.code}>
                      <th scope="row">
                        {x.code} {t(`commitment.${x.code}.short`)}
                      </th>
                      <td class="num">{num(x.objectives)}</td>
                      <td>
                        <ProgressBar value={x.progress} label={t('plan.progress_of', { title: x.code })} />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {show('training') && (
        <section aria-labelledby="part-training">
          <h2 id="part-training">{t('report.part.training')}</h2>
          <p>
            {c.training.sessions
              ? t('report.training_totals', {
                  sessions: c.training.sessions,
                  staff: c.training.staff,
                  hours: c.training.hours,
                })
              : t('report.training_none')}
          </p>
        </section>
      )}
      {show('engagement') && (
        <section aria-labelledby="part-engagement">
          <h2 id="part-engagement">{t('report.part.engagement')}</h2>
          {c.engagement.campaigns.length === 0 && c.engagement.jointActions.length === 0 && (
            <p>{t('report.engagement_none')}</p>
          )}
          {c.engagement.campaigns.length > 0 && (
            <>
              <h3>{t('report.campaigns')}</h3>
              <ul>
                {c.engagement.campaigns.map((x) => {
                  const title = pickLocalized(x.title, locale);
                  return (
                    <li key={x.id}>
                      <LabelValue label={<span lang={title?.lang}>{title?.text}</span>}>
                        {x.contribution}
                      </LabelValue>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {c.engagement.jointActions.length > 0 && (
            <>
              <h3>{t('report.joint_actions')}</h3>
              <ul>
                {c.engagement.jointActions.map((x) => (
                  <li key={x.id}>
                    {x.title} ({t(`joint.status.${x.status as 'running'}`)})
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {show('practices') && (
        <section aria-labelledby="part-practices">
          <h2 id="part-practices">{t('report.part.practices')}</h2>
          {c.practices.shared.length === 0 && c.practices.adopted.length === 0 && (
            <p>{t('report.practices_none')}</p>
          )}
          {c.practices.shared.length > 0 && (
            <>
              <h3>{t('report.shared')}</h3>
              <ul>
                {c.practices.shared.map((x) => (
                  <li key={x.id}>
                    <span lang={x.lang}>{x.title}</span>
                    {x.adoptions > 0 && ` · ${t('adoption.count', { n: x.adoptions })}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {c.practices.adopted.length > 0 && (
            <>
              <h3>{t('report.adopted')}</h3>
              <ul>
                {c.practices.adopted.map((x) => (
                  <li key={x.id}>
                    <span lang={x.lang}>{x.title}</span> ({x.authorName})
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {show('index') && (
        <section aria-labelledby="part-index">
          <h2 id="part-index">{t('report.part.index')}</h2>
          {c.index && c.index.overall !== null ? (
            <>
              <p>
                {t('report.index_line', {
                  date: formatDateTime(locale, new Date(c.index.submittedAt), false),
                  score: num(c.index.overall),
                  band: t(`index.band.${c.index.band ?? 'starting'}`),
                })}
                {age && <> {t('report.index_old', { years: age.years })}</>}
              </p>
              <table>
                <caption>{t('report.index_caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('index.pillar')}</th>
                    <th scope="col" class="num">
                      {t('index.pillar_score')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {PILLARS.map((p) => (
                    <tr key={p}>
                      <th scope="row">{props.qn.texts[locale].pillars[p].name}</th>
                      <td class="num">
                        {c.index?.pillars[p] === null ? '—' : num(c.index?.pillars[p] ?? 0)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p>{t('report.index_none')}</p>
          )}
        </section>
      )}
    </article>
  );
}

import type { ComponentChildren } from 'preact';
import { formatDateTime, formatNumber } from '../../../platform/i18n/index.ts';
import { BarChart, LineChart } from '../../../platform/ui/charts.tsx';
import { Table } from '../../../platform/ui/components.tsx';
import { useHref, useView } from '../../../platform/ui/context.ts';
import { AUDIENCES, type Audience, PILLARS, type Pillar, type Questionnaire } from '../content.ts';
import type { Assessment } from '../queries.ts';
import { bandOf, type Scores } from '../scoring.ts';
import { AnswerList } from './answers.tsx';
import { Breadcrumb } from './questionnaire.tsx';

/** A score out of 100 with its band, e.g. "64 / 100 · established". */
function ScoreWithBand(props: { score: number | null }) {
  const { t, locale } = useView();
  if (props.score === null) return <>{t('index.no_score')}</>;
  return (
    <>
      {t('index.score_of', { score: formatNumber(locale, props.score) })} ·{' '}
      {t(`index.band.${bandOf(props.score)}`)}
    </>
  );
}

/** The pillar × audience chart and the table that says the same. */
export function ScoreTable(props: { id: string; qn: Questionnaire; scores: Scores }) {
  const { t, locale } = useView();
  const texts = props.qn.texts[locale];
  const s = props.scores;
  const cell = (p: Pillar, a: Audience) => s.cells[`${p}.${a}`];
  const num = (v: number | null) => (v === null ? '—' : formatNumber(locale, v));
  return (
    <>
      <BarChart
        id={`${props.id}-chart`}
        title={t('index.chart_title')}
        max={100}
        groups={PILLARS.map((p) => ({
          label: t('layout.label_value', { label: texts.pillars[p].name, value: num(s.pillars[p]) }),
          bars: AUDIENCES.map((a) => ({ label: texts.audiences[a], value: cell(p, a) })),
        }))}
      />
      <Table
        id={`${props.id}-table`}
        caption={t('index.table_caption')}
        rowKey={(r) => r}
        rows={[...PILLARS, 'all' as const]}
        empty="index.no_score"
        columns={[
          {
            header: 'index.pillar',
            cell: (p) => (p === 'all' ? <strong>{t('index.all_pillars')}</strong> : texts.pillars[p].name),
          },
          ...AUDIENCES.map((a) => ({
            header: `index.audience.${a}` as const,
            numeric: true,
            cell: (p: Pillar | 'all') => num(p === 'all' ? s.audiences[a] : cell(p, a)),
          })),
          {
            header: 'index.pillar_score',
            numeric: true,
            cell: (p) => (p === 'all' ? <strong>{num(s.overall)}</strong> : num(s.pillars[p])),
          },
        ]}
      />
    </>
  );
}

/** The organisation's scores over time: a line and a table, with a link to each score card. */
export function HistorySection(props: { orgId: string; history: Assessment[] }) {
  const { t, locale } = useView();
  const href = useHref();
  const done = props.history.filter((h) => h.submittedAt && h.overall !== null);
  if (!done.length) return null;
  const date = (d: Date) => formatDateTime(locale, d, false);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('index.history_title')}</h2>
      {done.length > 1 && (
        <LineChart
          id="history-chart"
          title={t('index.history_chart')}
          points={done.map((h) => ({ at: h.submittedAt as Date, value: h.overall as number }))}
          formatDate={date}
        />
      )}
      <Table
        id="history-table"
        caption={t('index.history_caption')}
        rowKey={(h) => h.id}
        rows={[...done].reverse()}
        empty="index.no_score"
        columns={[
          {
            header: 'index.date',
            cell: (h) => (
              <a href={href(`/organisations/${props.orgId}/index/${h.id}`)}>{date(h.submittedAt as Date)}</a>
            ),
          },
          { header: 'index.overall', numeric: true, cell: (h) => formatNumber(locale, h.overall as number) },
          { header: 'index.band', cell: (h) => t(`index.band.${bandOf(h.overall as number)}`) },
        ]}
      />
    </section>
  );
}

export interface Recommendation {
  pillar: Pillar;
  score: number;
  commitments: string[];
  obstacles: { id: string; slug: string; name: string; lang: string }[];
  suggestions: ComponentChildren;
}

/** A submitted assessment's score card. */
export function ResultsPage(props: {
  orgId: string;
  orgName: string;
  qn: Questionnaire;
  assessment: Assessment;
  scores: Scores;
  peers: { sector: string; sizeBand: string; n: number; median: number | null; min: number };
  recommendations: Recommendation[];
}) {
  const { t, locale } = useView();
  const href = useHref();
  const texts = props.qn.texts[locale];
  const s = props.scores;
  const p = props.peers;
  const group = `${t(`sector.${p.sector as 'private'}`)}, ${t(`size_band.${p.sizeBand as 'small'}`)}`;
  return (
    <>
      <Breadcrumb orgId={props.orgId} orgName={props.orgName} />
      <h1>
        {t('index.results_title', {
          date: formatDateTime(locale, props.assessment.submittedAt as Date, false),
        })}
      </h1>
      <p class="score">
        <ScoreWithBand score={s.overall} />
      </p>
      {s.overall !== null && <p class="lead">{t(`index.band_text.${bandOf(s.overall)}`)}</p>}
      <section aria-labelledby="peers-title">
        <h2 id="peers-title">{t('index.peers_title')}</h2>
        <p>
          {p.median === null
            ? t('index.peers_suppressed', { group, min: p.min })
            : t('index.peers_median', {
                group,
                n: formatNumber(locale, p.n),
                median: formatNumber(locale, p.median),
              })}
        </p>
      </section>
      <section aria-labelledby="scores-title">
        <h2 id="scores-title">{t('index.scores_title')}</h2>
        <ScoreTable id="scores" qn={props.qn} scores={s} />
      </section>
      <section aria-labelledby="advice-title">
        <h2 id="advice-title">{t('index.advice_title')}</h2>
        {props.recommendations.length === 0 ? (
          <p>{t('index.advice_none')}</p>
        ) : (
          props.recommendations.map((r) => (
            <div class="card" key={r.pillar}>
              <h3>
                {t('layout.label_value', {
                  label: texts.pillars[r.pillar].name,
                  value: formatNumber(locale, r.score),
                })}
              </h3>
              <p>{texts.pillars[r.pillar].description}</p>
              <p>{t('index.advice_practices')}</p>
              <ul>
                {r.obstacles.map((o) => (
                  <li key={o.id}>
                    <a href={href(`/practices?obstacle=${o.id}`)} lang={o.lang}>
                      {o.name}
                    </a>
                  </li>
                ))}
                {r.commitments.map((c) => (
                  <li key={c}>
                    <a href={href(`/practices?commitment=${c}`)}>
                      {c} {t(`commitment.${c as 'C1'}.short`)}
                    </a>
                  </li>
                ))}
              </ul>
              {r.suggestions}
            </div>
          ))
        )}
        <p>
          <a href={href(`/organisations/${props.orgId}/plan`)}>{t('index.to_plan')}</a>
        </p>
      </section>
      <details>
        <summary>{t('index.your_answers')}</summary>
        <AnswerList qn={props.qn} answers={props.assessment.answers} />
      </details>
    </>
  );
}

import {
  formatDateTime,
  formatDay,
  formatList,
  formatNumber,
  formatPercent,
} from '../../platform/i18n/index.ts';
import { BarChart } from '../../platform/ui/charts.tsx';
import { Table } from '../../platform/ui/components.tsx';
import { useHref, useView } from '../../platform/ui/context.ts';
import { PILLARS, type Questionnaire } from '../assessments/content.ts';
import { BANDS } from '../assessments/scoring.ts';
import { REGIONS, SECTORS } from '../organisations/schema.ts';
import type { CoalitionEvaluation } from './coalition.ts';
import type { EvaluationService } from './service.ts';

type Signatory = Awaited<ReturnType<EvaluationService['signatory']>>;

/** A figure, "—" when there is none, or "fewer than 5" when it is suppressed to protect small groups. */
function useFigure() {
  const { t, locale } = useView();
  return {
    n: (v: number | null | undefined) =>
      v === null || v === undefined ? t('eval.suppressed') : formatNumber(locale, v),
    score: (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(locale, v)),
    pct: (v: number | null | undefined) =>
      v === null || v === undefined ? '—' : formatPercent(locale, v / 100),
  };
}

/** One signatory's evaluation: where it started, against now. */
export function SignatoryEvaluationPage(props: { orgId: string; v: Signatory; qn: Questionnaire }) {
  const { t, locale } = useView();
  const href = useHref();
  const f = useFigure();
  const { v } = props;
  const texts = props.qn.texts[locale];
  const first = v.firstIndex?.scores ?? null;
  const latest = v.latestIndex?.scores ?? null;
  return (
    <>
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{v.organisationName}</a>
      </p>
      <h1>{t('eval.signatory_title')}</h1>
      <p class="lead">{t('eval.signatory_intro')}</p>
      <p>
        {v.firstReport
          ? t('eval.baseline_report', { year: v.firstReport.year, n: v.reports })
          : t('eval.no_report')}{' '}
        {v.firstIndex?.submittedAt
          ? t('eval.baseline_index', {
              date: formatDateTime(locale, v.firstIndex.submittedAt, false),
              n: v.assessments,
            })
          : t('eval.no_index')}
      </p>
      <section aria-labelledby="eval-commitments">
        <h2 id="eval-commitments">{t('eval.by_commitment')}</h2>
        <Table
          id="eval-commitments-table"
          caption={t('eval.by_commitment_caption')}
          rowKey={(r) => r.code}
          rows={v.commitments}
          empty="eval.no_report"
          columns={[
            { header: 'report.commitment', cell: (r) => `${r.code} ${t(`commitment.${r.code}.short`)}` },
            {
              header: 'eval.baseline_objectives',
              numeric: true,
              cell: (r) => (r.baseline ? f.score(r.baseline.objectives) : '—'),
            },
            { header: 'eval.baseline_progress', numeric: true, cell: (r) => f.pct(r.baseline?.progress) },
            { header: 'eval.now_objectives', numeric: true, cell: (r) => f.score(r.now.objectives) },
            { header: 'eval.now_progress', numeric: true, cell: (r) => f.pct(r.now.progress) },
          ]}
        />
      </section>
      <section aria-labelledby="eval-index">
        <h2 id="eval-index">{t('eval.by_pillar')}</h2>
        {first ? (
          <>
            <BarChart
              id="eval-index-chart"
              title={t('eval.by_pillar_chart')}
              max={100}
              groups={PILLARS.map((p) => ({
                label: texts.pillars[p].name,
                bars: [
                  { label: t('eval.first'), value: first.pillars[p] },
                  ...(latest ? [{ label: t('eval.latest'), value: latest.pillars[p] }] : []),
                ],
              }))}
            />
            <Table
              id="eval-index-table"
              caption={t('eval.by_pillar_caption')}
              rowKey={(r) => r}
              rows={[...PILLARS, 'all' as const]}
              empty="eval.no_index"
              columns={[
                {
                  header: 'index.pillar',
                  cell: (p) => (p === 'all' ? t('index.overall') : texts.pillars[p].name),
                },
                {
                  header: 'eval.first',
                  numeric: true,
                  cell: (p) => f.score(p === 'all' ? first.overall : first.pillars[p]),
                },
                {
                  header: 'eval.latest',
                  numeric: true,
                  cell: (p) => (latest ? f.score(p === 'all' ? latest.overall : latest.pillars[p]) : '—'),
                },
              ]}
            />
          </>
        ) : (
          <p>{t('eval.no_index')}</p>
        )}
        <p>
          <a href={href(`/organisations/${props.orgId}/index`)}>{t('index.title')}</a> ·{' '}
          <a href={href(`/organisations/${props.orgId}/reports`)}>{t('report.title')}</a>
        </p>
      </section>
    </>
  );
}

/** The coalition's evaluation, as a page and as the HTML download. */
export function CoalitionDocument(props: { e: CoalitionEvaluation; qn: Questionnaire; withTitle?: boolean }) {
  const { t, locale } = useView();
  const f = useFigure();
  const { e } = props;
  const texts = props.qn.texts[locale];
  return (
    <>
      {props.withTitle && <h1>{t('eval.coalition_title')}</h1>}
      <p>
        {t('eval.coalition_period', { from: formatDay(locale, e.from), to: formatDay(locale, e.to) })}{' '}
        {t('eval.anonymous')}
      </p>

      <section aria-labelledby="eval-signatories">
        <h2 id="eval-signatories">{t('eval.signatories')}</h2>
        <BarChart
          id="eval-signatories-chart"
          title={t('eval.signatories_chart')}
          groups={e.signatories.map((s) => ({ label: String(s.year), bars: [{ value: s.total }] }))}
          format={(v) => f.n(v)}
        />
        <Table
          id="eval-signatories-table"
          caption={t('eval.signatories_caption')}
          rowKey={(s) => String(s.year)}
          rows={e.signatories}
          empty="eval.empty"
          columns={[
            { header: 'eval.year_end', cell: (s) => formatDay(locale, s.at) },
            { header: 'eval.total', numeric: true, cell: (s) => f.n(s.total) },
            ...SECTORS.map((x) => ({
              header: `sector.${x}` as const,
              numeric: true,
              cell: (s: (typeof e.signatories)[number]) => f.n(s.bySector[x]),
            })),
            ...REGIONS.map((x) => ({
              header: `region.${x}` as const,
              numeric: true,
              cell: (s: (typeof e.signatories)[number]) => f.n(s.byRegion[x]),
            })),
          ]}
        />
      </section>

      <section aria-labelledby="eval-index-spread">
        <h2 id="eval-index-spread">{t('eval.index')}</h2>
        <p>
          {e.index.current.median === null
            ? t('eval.index_suppressed')
            : t('eval.index_spread', {
                n: f.n(e.index.current.organisations),
                median: f.score(e.index.current.median),
                q1: f.score(e.index.current.q1),
                q3: f.score(e.index.current.q3),
              })}
        </p>
        <BarChart
          id="eval-bands-chart"
          title={t('eval.bands_chart')}
          groups={BANDS.map((b) => ({ label: t(`index.band.${b}`), bars: [{ value: e.index.bands[b] }] }))}
          format={(v) => f.n(v)}
        />
        <Table
          id="eval-bands-table"
          caption={t('eval.bands_caption')}
          rowKey={(b) => b}
          rows={[...BANDS]}
          empty="eval.empty"
          columns={[
            { header: 'index.band', cell: (b) => t(`index.band.${b}`) },
            { header: 'eval.organisations', numeric: true, cell: (b) => f.n(e.index.bands[b]) },
          ]}
        />
        <Table
          id="eval-index-years"
          caption={t('eval.index_years_caption')}
          rowKey={(r) => String(r.year)}
          rows={e.index.byYear}
          empty="eval.empty"
          columns={[
            { header: 'eval.year', cell: (r) => String(r.year) },
            { header: 'eval.organisations', numeric: true, cell: (r) => f.n(r.organisations) },
            { header: 'eval.median', numeric: true, cell: (r) => f.score(r.median) },
            { header: 'eval.q1', numeric: true, cell: (r) => f.score(r.q1) },
            { header: 'eval.q3', numeric: true, cell: (r) => f.score(r.q3) },
          ]}
        />
        <h3>{t('eval.movement')}</h3>
        <p>
          {e.index.movement.organisations === null
            ? t('eval.movement_suppressed')
            : t('eval.movement_line', {
                n: f.n(e.index.movement.organisations),
                improved: f.n(e.index.movement.improved),
                same: f.n(e.index.movement.same),
                declined: f.n(e.index.movement.declined),
                change: e.index.movement.medianChange ?? 0,
              })}
        </p>
        <Table
          id="eval-pillars"
          caption={t('eval.pillars_caption')}
          rowKey={(p) => p}
          rows={[...PILLARS]}
          empty="eval.empty"
          columns={[
            { header: 'index.pillar', cell: (p) => texts.pillars[p].name },
            { header: 'eval.median', numeric: true, cell: (p) => f.score(e.index.pillars[p]) },
          ]}
        />
      </section>

      <section aria-labelledby="eval-commitments-all">
        <h2 id="eval-commitments-all">{t('eval.commitments')}</h2>
        <p>
          {e.ranking
            ? t('eval.commitments_line', {
                most: formatList(locale, e.ranking.most),
                least: formatList(locale, e.ranking.least),
                n: f.n(e.reportsReceived),
              })
            : t('eval.commitments_suppressed')}
        </p>
        <BarChart
          id="eval-commitments-chart"
          title={t('eval.commitments_chart')}
          max={100}
          groups={e.commitments.map((c) => ({
            label: `${c.code} ${t(`commitment.${c.code}.short`)}`,
            bars: [{ value: c.median }],
          }))}
          format={(v) => formatPercent(locale, v / 100)}
        />
        <Table
          id="eval-commitments-table"
          caption={t('eval.commitments_caption')}
          rowKey={(c) => c.code}
          rows={e.commitments}
          empty="eval.empty"
          columns={[
            { header: 'report.commitment', cell: (c) => `${c.code} ${t(`commitment.${c.code}.short`)}` },
            { header: 'eval.organisations', numeric: true, cell: (c) => f.n(c.organisations) },
            { header: 'eval.median_progress', numeric: true, cell: (c) => f.pct(c.median) },
          ]}
        />
      </section>

      <section aria-labelledby="eval-training">
        <h2 id="eval-training">{t('eval.training')}</h2>
        <Table
          id="eval-training-table"
          caption={t('eval.training_caption')}
          rowKey={(r) => String(r.year)}
          rows={e.training}
          empty="eval.empty"
          columns={[
            { header: 'eval.year', cell: (r) => String(r.year) },
            { header: 'eval.organisations', numeric: true, cell: (r) => f.n(r.organisations) },
            { header: 'eval.sessions', numeric: true, cell: (r) => f.n(r.sessions) },
            { header: 'eval.staff', numeric: true, cell: (r) => f.n(r.staff) },
            {
              header: 'eval.person_hours',
              numeric: true,
              cell: (r) => f.n(r.personHours === null ? null : Math.round(r.personHours)),
            },
          ]}
        />
      </section>

      <section aria-labelledby="eval-practices">
        <h2 id="eval-practices">{t('eval.practices')}</h2>
        <Table
          id="eval-practices-table"
          caption={t('eval.practices_caption')}
          rowKey={(r) => String(r.year)}
          rows={e.practices}
          empty="eval.empty"
          columns={[
            { header: 'eval.year', cell: (r) => String(r.year) },
            { header: 'eval.sharing', numeric: true, cell: (r) => f.n(r.organisations) },
            { header: 'eval.published', numeric: true, cell: (r) => f.n(r.published) },
            { header: 'eval.adoptions', numeric: true, cell: (r) => f.n(r.adoptions) },
          ]}
        />
      </section>

      <section aria-labelledby="eval-joint">
        <h2 id="eval-joint">{t('eval.joint_and_campaigns')}</h2>
        <Table
          id="eval-joint-table"
          caption={t('eval.joint_caption')}
          rowKey={(r) => r.status}
          rows={e.jointActions}
          empty="eval.empty"
          columns={[
            { header: 'eval.status', cell: (r) => t(`joint.status.${r.status as 'running'}`) },
            { header: 'eval.actions', numeric: true, cell: (r) => f.score(r.actions) },
            { header: 'eval.organisations', numeric: true, cell: (r) => f.n(r.organisations) },
          ]}
        />
        <Table
          id="eval-campaigns-table"
          caption={t('eval.campaigns_caption')}
          rowKey={(r) => String(r.year)}
          rows={e.campaigns}
          empty="eval.empty"
          columns={[
            { header: 'eval.year', cell: (r) => String(r.year) },
            { header: 'eval.campaigns', numeric: true, cell: (r) => f.score(r.campaigns) },
            { header: 'eval.organisations', numeric: true, cell: (r) => f.n(r.organisations) },
            { header: 'eval.supports', numeric: true, cell: (r) => f.n(r.supports) },
          ]}
        />
      </section>
    </>
  );
}

export function CoalitionEvaluationPage(props: { e: CoalitionEvaluation; qn: Questionnaire }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('eval.coalition_title')}</h1>
      <p class="lead">{t('eval.coalition_intro')}</p>
      <p>
        <a href={href('/admin/evaluation/download.pdf')}>{t('report.pdf')}</a> ·{' '}
        <a href={href('/admin/evaluation/download.html')}>{t('report.html')}</a>
      </p>
      <CoalitionDocument e={props.e} qn={props.qn} />
    </>
  );
}

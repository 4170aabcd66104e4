import { median } from 'd3-array';
import { countOrNull, MIN_GROUP, spread, suppressRow } from '../../platform/stats.ts';
import { PILLARS, type Pillar } from '../assessments/content.ts';
import { BANDS, type Band, bandOf, type Scores } from '../assessments/scoring.ts';
import { COMMITMENT_CODES, type CommitmentCode } from '../charter/commitments.ts';
import { REGIONS, type Region, SECTORS, type Sector } from '../organisations/schema.ts';
import type { ReportContent } from '../reports/content.ts';

/** What the coalition evaluation is computed from: rows from each feature, nothing that names anyone. */
export interface CoalitionInputs {
  today: string;
  signatures: {
    organisationId: string;
    verifiedAt: Date | null;
    endedAt: Date | null;
    sector: Sector;
    region: Region;
  }[];
  assessments: {
    organisationId: string;
    overall: number | null;
    scores: Scores | null;
    submittedAt: Date | null;
  }[];
  reports: { organisationId: string; year: number; content: ReportContent | null }[];
  training: { year: number; organisations: number; sessions: number; staff: number; personHours: number }[];
  practices: { year: number; published: number; organisations: number; adoptions: number }[];
  jointActions: { status: string; actions: number; organisations: number }[];
  campaigns: { year: number; campaigns: number; supports: number; organisations: number }[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The three-year evaluation of the charter, for the secretariat: signatories over time, the index's spread
 * and movement, the commitments most and least advanced, training, practices, joint actions and campaigns.
 * Anonymous: only counts and medians, and any group of fewer than five organisations is suppressed (null).
 */
export function coalitionEvaluation(i: CoalitionInputs) {
  const verified = i.signatures.filter((s) => s.verifiedAt);
  const first = verified.map((s) => day(s.verifiedAt as Date)).sort()[0] ?? i.today;
  const years: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(i.today.slice(0, 4)); y++) years.push(y);

  // Signatories at the end of each year (today for this one), by sector and by region.
  const signatories = years.map((year) => {
    const at = year === Number(i.today.slice(0, 4)) ? i.today : `${year}-12-31`;
    const live = verified.filter(
      (s) => day(s.verifiedAt as Date) <= at && (!s.endedAt || day(s.endedAt) > at),
    );
    const bySector = suppressRow(SECTORS.map((x) => live.filter((s) => s.sector === x).length));
    const byRegion = suppressRow(REGIONS.map((x) => live.filter((s) => s.region === x).length));
    return {
      year,
      at,
      total: countOrNull(live.length),
      bySector: Object.fromEntries(SECTORS.map((x, k) => [x, bySector[k] ?? null])) as Record<
        Sector,
        number | null
      >,
      byRegion: Object.fromEntries(REGIONS.map((x, k) => [x, byRegion[k] ?? null])) as Record<
        Region,
        number | null
      >,
    };
  });

  // The index: each organisation's assessments, oldest first.
  const done = i.assessments.filter((a) => a.submittedAt && a.overall !== null);
  const perOrg = new Map<string, typeof done>();
  for (const a of done) perOrg.set(a.organisationId, [...(perOrg.get(a.organisationId) ?? []), a]);
  for (const list of perOrg.values())
    list.sort((x, y) => (x.submittedAt as Date).getTime() - (y.submittedAt as Date).getTime());
  const latest = [...perOrg.values()].map((l) => l.at(-1) as (typeof done)[number]);
  const bands = suppressRow(BANDS.map((b) => latest.filter((a) => bandOf(a.overall as number) === b).length));
  const byYear = years.map((year) => {
    // Each organisation's latest assessment up to the end of that year.
    const scores = [...perOrg.values()]
      .map((l) => l.filter((a) => (a.submittedAt as Date).getUTCFullYear() <= year).at(-1)?.overall)
      .filter((v): v is number => typeof v === 'number');
    const s = spread(scores);
    return { year, organisations: countOrNull(s.n), median: s.median, q1: s.q1, q3: s.q3 };
  });
  const moved = [...perOrg.values()].filter((l) => l.length > 1);
  const changes = moved.map((l) => (l.at(-1)?.overall as number) - (l[0]?.overall as number));
  const movement = suppressRow([
    changes.filter((c) => c > 0).length,
    changes.filter((c) => c === 0).length,
    changes.filter((c) => c < 0).length,
  ]);
  const pillarMedians = Object.fromEntries(
    PILLARS.map((p) => [
      p,
      spread(latest.map((a) => a.scores?.pillars[p]).filter((v): v is number => typeof v === 'number'))
        .median,
    ]),
  ) as Record<Pillar, number | null>;
  const index = {
    current: { ...spread(latest.map((a) => a.overall as number)), organisations: countOrNull(latest.length) },
    bands: Object.fromEntries(BANDS.map((b, k) => [b, bands[k] ?? null])) as Record<Band, number | null>,
    pillars: pillarMedians,
    byYear,
    movement: {
      organisations: countOrNull(moved.length),
      improved: movement[0] ?? null,
      same: movement[1] ?? null,
      declined: movement[2] ?? null,
      medianChange: changes.length >= MIN_GROUP ? Math.round(median(changes) ?? 0) : null,
    },
  };

  // Commitments, from each signatory's latest submitted report.
  const lastReport = new Map<string, ReportContent>();
  for (const r of [...i.reports].sort((a, b) => a.year - b.year))
    if (r.content) lastReport.set(r.organisationId, r.content);
  const commitments = COMMITMENT_CODES.map((code: CommitmentCode) => {
    const progress = [...lastReport.values()]
      .map((c) => c.plan.commitments.find((x) => x.code === code))
      .filter((x) => x && x.objectives > 0)
      .map((x) => x?.progress)
      .filter((v): v is number => typeof v === 'number');
    const s = spread(progress);
    return { code, organisations: countOrNull(s.n), median: s.median };
  }).sort((a, b) => (b.median ?? -1) - (a.median ?? -1));
  // Most and least advanced: two disjoint ends of the commitments with a median, three at most each, and
  // only where the ends differ, so that no commitment is on both sides and a tie is not called a gap.
  const rankable = commitments.filter((c) => c.median !== null);
  let side = Math.min(3, Math.floor(rankable.length / 2));
  while (side > 0 && (rankable[side - 1]?.median ?? 0) <= (rankable[rankable.length - side]?.median ?? 0))
    side--;
  const ranking = side
    ? {
        most: rankable.slice(0, side).map((c) => c.code),
        least: rankable
          .slice(-side)
          .reverse()
          .map((c) => c.code),
      }
    : null;

  const guard = <T extends { organisations: number }>(rows: T[], keys: (keyof T)[]) =>
    rows.map((r) =>
      r.organisations >= MIN_GROUP
        ? r
        : { ...r, ...Object.fromEntries(keys.map((k) => [k, null])), organisations: null },
    );

  return {
    from: first,
    to: i.today,
    years,
    reportsReceived: countOrNull(lastReport.size),
    signatories,
    index,
    commitments,
    /** Null when fewer than two commitments can be told apart. */
    ranking,
    training: guard(i.training, ['sessions', 'staff', 'personHours']),
    practices: guard(i.practices, ['published', 'adoptions']),
    jointActions: i.jointActions.map((j) => ({ ...j, organisations: countOrNull(j.organisations) })),
    campaigns: guard(i.campaigns, ['supports']),
  };
}
export type CoalitionEvaluation = ReturnType<typeof coalitionEvaluation>;

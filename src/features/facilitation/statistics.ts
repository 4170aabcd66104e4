import type { Db } from '../../db/client.ts';
import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import { randomToken, sha256 } from '../../platform/auth/crypto.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type Figure, figure, inOrder } from './figures.ts';
import type { PointNames } from './log.ts';
import * as shares from './queries/shares.ts';
import * as q from './queries/stats.ts';
import * as tallies from './queries/tallies.ts';
import type { StructuresService } from './structures.ts';
import {
  AGE_BANDS,
  AUTONOMY,
  DURATION_BANDS,
  EQUIPMENT,
  KINDS,
  type Kind,
  PLACES,
  REFERRALS,
  SITUATIONS,
  VISITS,
} from './taxonomy.ts';

const DAY = 24 * 3600_000;
const dayShift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (day: string) => monthStart(dayShift(monthStart(day), 32));

/**
 * A period (both ends included, either open) as the whole months inside it, by their first days, and the days
 * at its ends outside them; no whole month when the period is shorter.
 */
export function splitByMonths(from?: string, to?: string) {
  const first = from && (from === monthStart(from) ? from : nextMonth(from));
  const last =
    to && (dayShift(to, 1) === nextMonth(to) ? monthStart(to) : monthStart(dayShift(monthStart(to), -1)));
  if (from && to && (first as string) > (last as string)) return { months: null, edges: [{ from, to }] };
  const edges: { from: string; to: string }[] = [];
  if (from && first !== from) edges.push({ from, to: dayShift(first as string, -1) });
  if (to && last !== monthStart(to)) edges.push({ from: monthStart(to), to });
  return { months: { ...(first ? { from: first } : {}), ...(last ? { to: last } : {}) }, edges };
}

/**
 * The cells of a view. Whole months come from the tallies, the days at either end of the period from the
 * entries; a helper's own figures, a theme or a help point read the entries, which alone hold them.
 */
export async function readCells(db: Db, where: q.StatsWhere): Promise<q.Cell[]> {
  if (where.facilitatorId || where.theme || where.helpPointId) return q.cells(db, where);
  const { from, to, ...rest } = where;
  const split = splitByMonths(from, to);
  const parts = await Promise.all([
    split.months ? tallies.cells(db, rest, split.months) : [],
    ...split.edges.map((days) => q.cells(db, { ...rest, ...days })),
  ]);
  return parts.flat();
}

/** Whose figures: the helper's own, a structure's, a network's, or everyone's (regional and national). */
export type StatsScope =
  | { kind: 'own' }
  | { kind: 'structure'; id: string }
  | { kind: 'network'; id: string }
  | { kind: 'public' };

export interface StatsFilter {
  from?: string;
  to?: string;
  kind?: Kind;
  theme?: string;
  structure?: string;
  helpPoint?: string;
  region?: string;
  area?: string;
}

/** The breakdowns every view shows, in order; `theme` counts mentions, since a session may have several. */
export const BREAKDOWNS = [
  'month',
  'theme',
  'band',
  'place',
  'equipment',
  'autonomy',
  'referral',
  'age',
  'situation',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface Stats {
  suppressed: boolean;
  /** Which structures the reader may pick from (own, network); none for a single structure or the public. */
  structures: { id: string; name: string }[];
  /** Which help points the reader may pick from: the scope's; for the public, only the one picked. */
  points: { id: string; name: string }[];
  sessions: Figure;
  people: Figure;
  visits: Figure;
  breakdowns: Record<Breakdown, Figure>;
}

/**
 * The figures of the support-session log, for each reader their scope: a helper sees their own entries; a
 * structure's managers its figures; a network's coordinators the network's; anyone the regional and national
 * ones. Every view but a helper's own hides small groups (figures.ts), and no view lists single entries.
 */
export function createStatisticsService(
  deps: Deps,
  structures: StructuresService,
  themeCodes: readonly string[],
  pointNames: PointNames,
) {
  const { db, clock } = deps;

  /** Who may read the scope, and what it counts before the filters. */
  async function resolve(actor: Actor, scope: StatsScope, f: StatsFilter) {
    if (scope.kind === 'own') {
      requireUser(actor);
      const { helpsAt } = await structures.roles(actor);
      return narrow({ facilitatorId: actor.id }, helpsAt, f, false);
    }
    if (scope.kind === 'structure') {
      await structures.requireManager(actor, scope.id);
      return { where: { organisationIds: [scope.id] }, choices: [], suppress: true };
    }
    if (scope.kind === 'network') {
      await structures.requireCoordinator(actor, scope.id);
      return networkScope(scope.id, f);
    }
    if (f.structure) throw new AppError('invalid', 400);
    return { where: {}, choices: [], suppress: true };
  }

  /**
   * The help points the reader may pick: the scope's structures' (after narrowing), or for the public the one
   * asked for. A point outside them is refused, as a structure is.
   */
  async function pointChoices(where: q.StatsWhere, f: StatsFilter) {
    const found = where.organisationIds
      ? await pointNames({ organisationIds: where.organisationIds })
      : f.helpPoint
        ? await pointNames({ ids: [f.helpPoint] })
        : [];
    if (f.helpPoint && !found.some((p) => p.id === f.helpPoint)) throw new AppError('invalid', 400);
    return found.map((p) => ({ id: p.id, name: p.name }));
  }

  async function networkScope(id: string, f: StatsFilter) {
    const members = (await structures.networkMembers(id)).structures;
    return narrow({ organisationIds: members.map((s) => s.id) }, members, f, true);
  }

  /** A structure picked among those the reader may see; any other is refused, not silently widened. */
  function narrow(
    where: q.StatsWhere,
    choices: { id: string; name: string }[],
    f: StatsFilter,
    suppress: boolean,
  ) {
    if (f.structure && !choices.some((c) => c.id === f.structure)) throw new AppError('invalid', 400);
    const ids = f.structure ? [f.structure] : where.organisationIds;
    return { where: { ...where, ...(ids ? { organisationIds: ids } : {}) }, choices, suppress };
  }

  async function compute(
    where: q.StatsWhere,
    suppress: boolean,
  ): Promise<Omit<Stats, 'structures' | 'points'>> {
    const cells = await readCells(db, where);
    const by = (dimension: q.Cell['dimension'], measure: 'sessions' | 'people') => {
      const m = new Map<string, number>();
      for (const c of cells)
        if (c.dimension === dimension) m.set(c.value, (m.get(c.value) ?? 0) + c[measure]);
      return m;
    };
    const months = [...by('month', 'sessions').entries()].sort(([x], [y]) => x.localeCompare(y));
    const f = (codes: readonly string[], m: Map<string, number>) => figure(inOrder(codes, m), suppress);
    return {
      suppressed: suppress,
      sessions: f(KINDS, by('kind', 'sessions')),
      people: f(KINDS, by('kind', 'people')),
      // People per attribute: one per individual session, plus each group's counts.
      visits: f(VISITS, by('visit', 'people')),
      breakdowns: {
        month: figure(
          months.map(([value, n]) => ({ value, n })),
          suppress,
        ),
        theme: f(themeCodes, by('theme', 'sessions')),
        band: f(DURATION_BANDS, by('band', 'sessions')),
        place: f(PLACES, by('place', 'sessions')),
        equipment: f(EQUIPMENT, by('equipment', 'sessions')),
        autonomy: f(AUTONOMY, by('autonomy', 'sessions')),
        referral: f(REFERRALS, by('referral', 'sessions')),
        age: f(AGE_BANDS, by('age', 'people')),
        situation: f(SITUATIONS, by('situation', 'people')),
      },
    };
  }

  /** The filters as the queries take them; the structure is a narrowing of the scope, resolved above. */
  const toWhere = ({ structure: _s, helpPoint, ...rest }: StatsFilter): q.StatsWhere => ({
    ...rest,
    ...(helpPoint ? { helpPointId: helpPoint } : {}),
  });

  /** A share link's subject: a structure's managers or a network's coordinators speak for it. */
  const requireSubject = (actor: Actor, scope: 'structure' | 'network', id: string) =>
    scope === 'structure' ? structures.requireManager(actor, id) : structures.requireCoordinator(actor, id);

  const service = {
    async view(actor: Actor, scope: StatsScope, f: StatsFilter): Promise<Stats> {
      const r = await resolve(actor, scope, f);
      const points = await pointChoices(r.where, f);
      return {
        ...(await compute({ ...toWhere(f), ...r.where }, r.suppress)),
        structures: r.choices,
        points,
      };
    },

    // Share links: a structure's managers or a network's coordinators hand out a read-only, revocable link.

    async share(actor: Actor, scope: 'structure' | 'network', subjectId: string) {
      await requireSubject(actor, scope, subjectId);
      requireUser(actor);
      const token = randomToken();
      await shares.insert(db, {
        scope,
        subjectId,
        tokenHash: sha256(token),
        createdBy: actor.id,
        createdAt: clock.now(),
      });
      return token;
    },

    async shareLinks(actor: Actor, scope: 'structure' | 'network', subjectId: string) {
      await requireSubject(actor, scope, subjectId);
      return shares.ofSubject(db, scope, subjectId);
    },

    async revokeShare(actor: Actor, id: string) {
      const link = await shares.byId(db, id);
      if (!link) throw notFound();
      await requireSubject(actor, link.scope, link.subjectId);
      if (!(await shares.revoke(db, id, clock.now())).length) throw new AppError('share.revoked', 409);
      return link;
    },

    /** What a share link shows: its subject's figures, small groups hidden, whoever opens it. */
    async shared(token: string, f: StatsFilter) {
      const link = await shares.live(db, sha256(token));
      if (!link) throw new AppError('token.invalid', 404);
      const subject =
        link.scope === 'structure'
          ? { name: (await structures.structure(link.subjectId)).name }
          : { name: (await structures.networkMembers(link.subjectId)).network.name };
      const r =
        link.scope === 'structure'
          ? { where: { organisationIds: [link.subjectId] }, choices: [] }
          : await networkScope(link.subjectId, f);
      if (link.scope === 'structure' && f.structure) throw new AppError('invalid', 400);
      const points = await pointChoices(r.where, f);
      return {
        subject,
        scope: link.scope,
        stats: { ...(await compute({ ...toWhere(f), ...r.where }, true)), structures: r.choices, points },
      };
    },
  };
  return service;
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;

import { and, eq, gte, inArray, like, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { organisations } from '../../organisations/schema.ts';
import { accompaniments as a, accompanimentCounts } from '../schema.ts';
import type { Kind } from '../taxonomy.ts';

/** Which entries a figure counts: the scope the reader may see, narrowed by the filters they chose. */
export interface StatsWhere {
  organisationIds?: readonly string[];
  facilitatorId?: string;
  from?: string;
  to?: string;
  kind?: Kind;
  theme?: string;
  helpPointId?: string;
  region?: string;
  /** A postcode or its first digits (1 = Brussels and Brabant, 10 = Brussels' centre…), of the structure. */
  area?: string;
}

function conditions(w: StatsWhere): SQL | undefined {
  return and(
    w.organisationIds ? inArray(a.organisationId, [...w.organisationIds]) : undefined,
    w.facilitatorId ? eq(a.facilitatorId, w.facilitatorId) : undefined,
    w.from ? gte(a.happenedOn, w.from) : undefined,
    w.to ? lte(a.happenedOn, w.to) : undefined,
    w.kind ? eq(a.kind, w.kind) : undefined,
    w.theme ? sql`${w.theme} = any(${a.themes})` : undefined,
    w.helpPointId ? eq(a.helpPointId, w.helpPointId) : undefined,
    w.region ? eq(organisations.region, w.region as 'brussels') : undefined,
    w.area ? like(organisations.postcode, `${w.area}%`) : undefined,
  );
}
const needsOrganisation = (w: StatsWhere) => !!(w.region || w.area);

export const band = sql<string>`case when ${a.durationMin} < 30 then 'lt30' when ${a.durationMin} < 60 then '30_60'
  when ${a.durationMin} < 120 then '60_120' else 'ge120' end`;
const month = sql<string>`to_char(${a.happenedOn}::timestamp, 'YYYY-MM')`;

/** The dimensions counted in one pass over the entries (GROUPING SETS), each with sessions and people. */
const DIMENSIONS = {
  kind: a.kind,
  month,
  band,
  place: a.place,
  equipment: a.equipment,
  autonomy: a.autonomy,
  referral: a.referral,
  age: a.ageBand,
  gender: a.gender,
  situation: a.situation,
  visit: a.visit,
} as const;
export type Dimension = keyof typeof DIMENSIONS;
const NAMES = Object.keys(DIMENSIONS) as Dimension[];

export interface Cell {
  /** An attribute, the month, or a theme (a session counts once for each of its themes). */
  dimension: Dimension | 'theme';
  value: string;
  sessions: number;
  people: number;
}

/**
 * Every dimension's counts in one scan. Individual attributes (age…) are null on group sessions: those groups
 * are dropped here, and the groups' own counts come from `groupCells`.
 */
async function attributeCells(db: Db, w: StatsWhere): Promise<Cell[]> {
  const cols = Object.fromEntries(NAMES.map((n) => [n, sql<string | null>`${DIMENSIONS[n]}`])) as Record<
    Dimension,
    SQL<string | null>
  >;
  const base = db
    .select({
      ...cols,
      sessions: sql<number>`count(*)`.mapWith(Number),
      people: sql<number>`sum(${a.participants})`.mapWith(Number),
    })
    .from(a);
  const joined = needsOrganisation(w)
    ? base.innerJoin(organisations, eq(organisations.id, a.organisationId))
    : base;
  const rows = await joined.where(conditions(w)).groupBy(
    sql`grouping sets (${sql.join(
      NAMES.map((n) => sql`(${DIMENSIONS[n]})`),
      sql`, `,
    )})`,
  );
  const out: Cell[] = [];
  for (const r of rows) {
    const dimension = NAMES.find((n) => r[n] !== null);
    if (dimension)
      out.push({ dimension, value: r[dimension] as string, sessions: r.sessions, people: r.people });
  }
  return out;
}

/** The people of group sessions, per attribute, from their counts. */
function groupCells(db: Db, w: StatsWhere) {
  const base = db
    .select({
      dimension: accompanimentCounts.dimension,
      value: accompanimentCounts.value,
      people: sql<number>`sum(${accompanimentCounts.n})`.mapWith(Number),
    })
    .from(accompanimentCounts)
    .innerJoin(a, eq(a.id, accompanimentCounts.accompanimentId));
  const joined = needsOrganisation(w)
    ? base.innerJoin(organisations, eq(organisations.id, a.organisationId))
    : base;
  return joined
    .where(and(eq(a.kind, 'collective'), conditions(w)))
    .groupBy(accompanimentCounts.dimension, accompanimentCounts.value);
}

/** Sessions per theme (a session may have several). */
function themeCells(db: Db, w: StatsWhere) {
  const theme = sql<string>`t.theme`;
  const base = db
    .select({
      value: theme,
      sessions: sql<number>`count(*)`.mapWith(Number),
      people: sql<number>`sum(${a.participants})`.mapWith(Number),
    })
    .from(sql`${a} cross join lateral unnest(${a.themes}) as t(theme)`);
  const joined = needsOrganisation(w)
    ? base.innerJoin(organisations, eq(organisations.id, a.organisationId))
    : base;
  return joined.where(conditions(w)).groupBy(theme);
}

/**
 * The entries' figures as cells: every attribute's sessions and people, a group's counts added to the people of
 * its attributes, and the sessions per theme.
 */
export async function cells(db: Db, w: StatsWhere): Promise<Cell[]> {
  const [attributes, groups, themes] = await Promise.all([
    attributeCells(db, w),
    groupCells(db, w),
    themeCells(db, w),
  ]);
  return [
    ...attributes,
    ...groups.map((g) => ({ dimension: g.dimension, value: g.value, sessions: 0, people: g.people })),
    ...themes.map((th) => ({
      dimension: 'theme' as const,
      value: th.value,
      sessions: th.sessions,
      people: th.people,
    })),
  ];
}

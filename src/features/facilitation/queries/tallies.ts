import { and, eq, gte, inArray, like, lte, type SQL, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { organisations } from '../../organisations/schema.ts';
import { accompaniments as a, accompanimentCounts as c, accompanimentTallies as t } from '../schema.ts';
import { band, type Cell, type StatsWhere } from './stats.ts';

/**
 * The tally rows of the entries that `where` picks, one per structure, month, kind, attribute and value: every
 * entry counts once per attribute and once per theme; a group's counts add people (no sessions) to its
 * attributes. The one definition of what a tally holds, for the log's writes and for a rebuild alike.
 */
const source = (where: SQL) => sql`
  select ${a.organisationId} as organisation_id, date_trunc('month', ${a.happenedOn})::date as month,
    ${a.kind} as kind, d.dimension, d.value, 1 as sessions, ${a.participants} as people
  from ${a} cross join lateral (values
    ('kind', ${a.kind}::text), ('band', ${band}), ('place', ${a.place}::text),
    ('equipment', ${a.equipment}::text), ('autonomy', ${a.autonomy}::text), ('referral', ${a.referral}::text),
    ('age', ${a.ageBand}::text), ('gender', ${a.gender}::text), ('situation', ${a.situation}::text),
    ('visit', ${a.visit}::text)
  ) as d(dimension, value)
  where d.value is not null and ${where}
  union all
  select ${a.organisationId}, date_trunc('month', ${a.happenedOn})::date, ${a.kind}, 'theme', th.value, 1,
    ${a.participants}
  from ${a} cross join lateral unnest(${a.themes}) as th(value)
  where ${where}
  union all
  select ${a.organisationId}, date_trunc('month', ${a.happenedOn})::date, ${a.kind}, ${c.dimension}, ${c.value},
    0, ${c.n}
  from ${a} join ${c} on ${c.accompanimentId} = ${a.id}
  where ${where}`;

/**
 * Adds an entry to its tallies (sign 1) or takes it out (-1), in the transaction that writes it. Rows go in key
 * order, so that two helpers logging at once take their row locks in the same order.
 */
export async function tally(db: Db, id: string, sign: 1 | -1) {
  await db.execute(sql`
    insert into ${t} (organisation_id, month, kind, dimension, value, sessions, people)
    select organisation_id, month, kind, dimension, value, ${sign}::int * sum(sessions)::int,
      ${sign}::int * sum(people)::int
    from (${source(sql`${a.id} = ${id}`)}) s
    group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
    on conflict (organisation_id, month, kind, dimension, value) do update
      set sessions = ${t.sessions} + excluded.sessions, people = ${t.people} + excluded.people`);
  if (sign < 0)
    await db.execute(sql`
      delete from ${t} where (organisation_id, month) in (
        select ${a.organisationId}, date_trunc('month', ${a.happenedOn})::date from ${a} where ${a.id} = ${id})
      and sessions = 0 and people = 0`);
}

/** Every tally from the entries themselves: after a bulk load that bypasses the log (the demo, the bench). */
export async function rebuild(db: Db) {
  await db.execute(sql`delete from ${t}`);
  await db.execute(sql`
    insert into ${t} (organisation_id, month, kind, dimension, value, sessions, people)
    select organisation_id, month, kind, dimension, value, sum(sessions)::int, sum(people)::int
    from (${source(sql`true`)}) s
    group by 1, 2, 3, 4, 5`);
}

/** The tallies as cells, over whole months from `from` to `to` (first days of months, both included). */
export async function cells(
  db: Db,
  w: Omit<StatsWhere, 'facilitatorId' | 'theme' | 'helpPointId' | 'from' | 'to'>,
  months: { from?: string; to?: string },
): Promise<Cell[]> {
  const where = and(
    w.organisationIds ? inArray(t.organisationId, [...w.organisationIds]) : undefined,
    months.from ? gte(t.month, months.from) : undefined,
    months.to ? lte(t.month, months.to) : undefined,
    w.kind ? eq(t.kind, w.kind) : undefined,
    w.region ? eq(organisations.region, w.region as 'brussels') : undefined,
    w.area ? like(organisations.postcode, `${w.area}%`) : undefined,
  );
  const sessions = sql<number>`sum(${t.sessions})`.mapWith(Number);
  const people = sql<number>`sum(${t.people})`.mapWith(Number);
  const read = <S extends SelectedFields>(columns: S) => {
    const base = db.select(columns).from(t);
    return w.region || w.area ? base.innerJoin(organisations, eq(organisations.id, t.organisationId)) : base;
  };
  const month = sql<string>`to_char(${t.month}, 'YYYY-MM')`;
  const [attributes, months_] = await Promise.all([
    read({ dimension: t.dimension, value: t.value, sessions, people })
      .where(where)
      .groupBy(t.dimension, t.value)
      .having(sql`sum(${t.sessions}) > 0 or sum(${t.people}) > 0`),
    // The month breakdown is the kind rows summed per month.
    read({ value: month, sessions, people })
      .where(and(eq(t.dimension, 'kind'), where))
      .groupBy(t.month)
      .having(sql`sum(${t.sessions}) > 0`),
  ]);
  return [
    ...attributes.map((r) => ({ ...r, dimension: r.dimension as Cell['dimension'] })),
    ...months_.map((r) => ({ ...r, dimension: 'month' as const })),
  ];
}

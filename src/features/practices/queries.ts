import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import { organisations, type Region, type Sector } from '../organisations/schema.ts';
import { practiceObstacles, practices, type TargetGroup } from './schema.ts';

export type Practice = typeof practices.$inferSelect;

/** Each language's text search configuration. */
const CONFIG: Record<Locale, string> = { fr: 'french', nl: 'dutch', de: 'german', en: 'english' };

export async function insert(db: Db, p: typeof practices.$inferInsert, obstacleIds: string[]) {
  const [row] = await db.insert(practices).values(p).returning();
  const created = row as Practice;
  await setObstacles(db, created.id, obstacleIds);
  await refreshSearch(db, created.id);
  return created;
}

export async function update(
  db: Db,
  id: string,
  set: Partial<typeof practices.$inferInsert>,
  obstacleIds?: string[],
) {
  await db.update(practices).set(set).where(eq(practices.id, id));
  // An edit passes the obstacles with the text; publishing or returning changes neither.
  if (obstacleIds) {
    await setObstacles(db, id, obstacleIds);
    await refreshSearch(db, id);
  }
}

async function setObstacles(db: Db, practiceId: string, obstacleIds: string[]) {
  await db.delete(practiceObstacles).where(eq(practiceObstacles.practiceId, practiceId));
  if (obstacleIds.length)
    await db.insert(practiceObstacles).values(obstacleIds.map((obstacleId) => ({ practiceId, obstacleId })));
}

/** Each practice's text search configuration, from its language. */
const configOfLang = sql.raw(
  `(case lang ${Object.entries(CONFIG)
    .map(([l, c]) => `when '${l}' then '${c}'::regconfig`)
    .join(' ')} end)`,
);
/** The search vector in the practice's own language (`cfg`): title first, then summary, then the rest. */
const searchVector = sql`
  setweight(to_tsvector(cfg, unaccent(title)), 'A') ||
  setweight(to_tsvector(cfg, unaccent(summary)), 'B') ||
  setweight(to_tsvector(cfg, unaccent(body || ' ' || coalesce(results, ''))), 'C')`;

const refreshSearch = (db: Db, id: string) =>
  db.execute(sql`
    update practices set search = ${searchVector}
    from (select ${configOfLang} as cfg from practices where id = ${id}) as c
    where id = ${id}`);

/** Every practice's search vector in one statement (for data written in bulk, e.g. by the benchmark). */
export const refreshAllSearch = (db: Db) =>
  db.execute(sql`
    update practices set search = ${searchVector}
    from (select id as practice_id, ${configOfLang} as cfg from practices) as c
    where id = c.practice_id`);

export async function byId(db: Db, id: string) {
  const [row] = await db
    .select({
      practice: practices,
      organisationName: organisations.legalName,
      organisationSlug: organisations.slug,
    })
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(eq(practices.id, id))
    .limit(1);
  if (!row) return null;
  const obs = await db
    .select({ id: practiceObstacles.obstacleId })
    .from(practiceObstacles)
    .where(eq(practiceObstacles.practiceId, id));
  return { ...row, obstacleIds: obs.map((o) => o.id) };
}

export interface PracticeFilter {
  q?: string;
  commitment?: CommitmentCode;
  obstacle?: string;
  target?: TargetGroup;
  sector?: Sector;
  region?: Region;
  lang?: Locale;
}

/**
 * A word matches in the practice's own language only: one constant query per language, each with its own
 * configuration, so that the GIN index serves every branch.
 */
function matches(q: string) {
  const branches = Object.entries(CONFIG).map(
    ([l, c]) =>
      sql`(${practices.lang} = ${l} and ${practices.search} @@ websearch_to_tsquery(${sql.raw(`'${c}'`)}, unaccent(${q})))`,
  );
  return sql`(${sql.join(branches, sql` or `)})`;
}
function rank(q: string) {
  const cases = Object.entries(CONFIG).map(
    ([l, c]) =>
      sql`when ${l} then ts_rank(${practices.search}, websearch_to_tsquery(${sql.raw(`'${c}'`)}, unaccent(${q})))`,
  );
  return sql`(case ${practices.lang} ${sql.join(cases, sql` `)} end)`;
}

function where(f: PracticeFilter): SQL | undefined {
  return and(
    eq(practices.status, 'published'),
    f.q ? matches(f.q) : undefined,
    f.commitment ? sql`${practices.commitments} @> ${JSON.stringify([f.commitment])}::jsonb` : undefined,
    f.target ? sql`${practices.targetGroups} @> ${JSON.stringify([f.target])}::jsonb` : undefined,
    f.sector ? eq(practices.sector, f.sector) : undefined,
    f.region ? eq(practices.region, f.region) : undefined,
    f.lang ? eq(practices.lang, f.lang) : undefined,
    f.obstacle
      ? sql`exists (select 1 from ${practiceObstacles} where ${practiceObstacles.practiceId} = ${practices.id} and ${practiceObstacles.obstacleId} = ${f.obstacle})`
      : undefined,
  );
}

const listed = {
  id: practices.id,
  title: practices.title,
  summary: practices.summary,
  lang: practices.lang,
  commitments: practices.commitments,
  targetGroups: practices.targetGroups,
  sector: practices.sector,
  region: practices.region,
  publishedAt: practices.publishedAt,
  organisationName: organisations.legalName,
  organisationSlug: organisations.slug,
};

/** Published practices, best matches first when searching, newest first otherwise. */
export async function search(db: Db, f: PracticeFilter, limit: number, offset: number) {
  const w = where(f);
  const [rows, [total]] = await Promise.all([
    db
      .select(listed)
      .from(practices)
      .innerJoin(organisations, eq(organisations.id, practices.organisationId))
      .where(w)
      .orderBy(...(f.q ? [desc(rank(f.q))] : []), desc(practices.publishedAt), desc(practices.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(practices).where(w),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The secretariat's queue: submitted practices, oldest first. */
export async function queue(db: Db, limit: number, offset: number) {
  const w = eq(practices.status, 'submitted');
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...listed, updatedAt: practices.updatedAt })
      .from(practices)
      .innerJoin(organisations, eq(organisations.id, practices.organisationId))
      .where(w)
      .orderBy(practices.updatedAt)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(practices).where(w),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** An organisation's practices, all statuses (for its members) or published only (for its profile). */
export const ofOrganisation = (db: Db, organisationId: string, publishedOnly: boolean, limit = 50) =>
  db
    .select({ id: practices.id, title: practices.title, lang: practices.lang, status: practices.status })
    .from(practices)
    .where(
      and(
        eq(practices.organisationId, organisationId),
        publishedOnly ? eq(practices.status, 'published') : undefined,
      ),
    )
    .orderBy(desc(practices.updatedAt))
    .limit(limit);

import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import { obstacles } from '../obstacles/schema.ts';
import { organisations, type Region, type Sector } from '../organisations/schema.ts';
import { listedSignature, PUBLIC_STATUSES } from '../signatures/index.ts';
import { signatures } from '../signatures/schema.ts';
import {
  practiceAdoptions,
  practiceAttachments,
  practiceObstacles,
  practices,
  type TargetGroup,
} from './schema.ts';

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

/** A SQL string literal of a constant of this file (never of user input). */
const literal = (v: string) => sql.raw(`'${v}'`);

/**
 * The words searched for as a query in configuration `c`. A scalar subquery, so that PostgreSQL computes it once per
 * statement: `unaccent` is only stable, so `websearch_to_tsquery(c, unaccent($q))` written inline would be computed
 * again for every row it is compared with or ranked against.
 */
const query = (c: string, q: string) => sql`(select websearch_to_tsquery(${literal(c)}, unaccent(${q})))`;

/**
 * A word matches in the practice's own language only: one query per language, each with its own configuration.
 * Each branch names its language as a constant, so that it reads only that language's partial index of published
 * practices (`practices_search_<lang>_idx`), which also answers the status and the language for every row.
 */
function matches(q: string) {
  const branches = Object.entries(CONFIG).map(
    ([l, c]) => sql`(${practices.lang} = ${literal(l)} and ${practices.search} @@ ${query(c, q)})`,
  );
  return sql`(${sql.join(branches, sql` or `)})`;
}
function rank(q: string) {
  const cases = Object.entries(CONFIG).map(
    ([l, c]) => sql`when ${literal(l)} then ts_rank(${practices.search}, ${query(c, q)})`,
  );
  return sql`(case ${practices.lang} ${sql.join(cases, sql` `)} end)`;
}

function where(f: PracticeFilter): SQL | undefined {
  return and(
    // A constant, so that the partial search indexes' condition is seen to hold whatever the plan.
    sql`${practices.status} = ${literal('published')}`,
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

const countWhere = async (db: Db, w: SQL | undefined) =>
  (await db.select({ n: count() }).from(practices).where(w))[0]?.n ?? 0;

/** Published practices, best matches first when searching, newest first otherwise. */
export async function search(db: Db, f: PracticeFilter, limit: number, offset: number) {
  const w = where(f);
  if (!f.q) {
    // Newest first: the page reads the (status, published_at) index and stops after its rows.
    const [rows, total] = await Promise.all([
      db
        .select(listed)
        .from(practices)
        .innerJoin(organisations, eq(organisations.id, practices.organisationId))
        .where(w)
        .orderBy(desc(practices.publishedAt), desc(practices.id))
        .limit(limit)
        .offset(offset),
      countWhere(db, w),
    ]);
    return { rows, total };
  }
  // Best matches first: every match has to be ranked to know the best ones, so rank them in one pass over narrow rows
  // (id, rank, date: each search vector is read once, by ts_rank), which PostgreSQL keeps since it is used twice —
  // to count the matches, and to sort them. Only the page's rows are then joined to their text and organisation.
  const matched = db.$with('matched').as(
    db
      .select({
        id: practices.id,
        publishedAt: practices.publishedAt,
        score: sql<number>`${rank(f.q)}`.as('score'),
      })
      .from(practices)
      .where(w),
  );
  const page = db
    .select({ id: matched.id, publishedAt: matched.publishedAt, score: matched.score })
    .from(matched)
    .orderBy(desc(matched.score), desc(matched.publishedAt), desc(matched.id))
    .limit(limit)
    .offset(offset)
    .as('page');
  const found = await db
    .with(matched)
    .select({ ...listed, total: sql<number>`(select count(*) from ${matched})`.mapWith(Number) })
    .from(page)
    .innerJoin(practices, eq(practices.id, page.id))
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .orderBy(desc(page.score), desc(page.publishedAt), desc(page.id));
  const rows = found.map(({ total: _, ...row }) => row);
  // A page past the last match has no row to carry the count.
  const total = found[0]?.total ?? (offset > 0 ? await countWhere(db, w) : 0);
  return { rows, total };
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

/** A practice's PDFs, without their bytes, oldest first. */
export const attachments = (db: Db, practiceId: string) =>
  db
    .select({
      id: practiceAttachments.id,
      filename: practiceAttachments.filename,
      size: practiceAttachments.size,
      createdAt: practiceAttachments.createdAt,
    })
    .from(practiceAttachments)
    .where(eq(practiceAttachments.practiceId, practiceId))
    .orderBy(asc(practiceAttachments.createdAt), asc(practiceAttachments.id));

export async function attachment(db: Db, practiceId: string, id: string) {
  const [row] = await db
    .select()
    .from(practiceAttachments)
    .where(and(eq(practiceAttachments.id, id), eq(practiceAttachments.practiceId, practiceId)))
    .limit(1);
  return row ?? null;
}

/** How many PDFs the practice has, its row locked so that two uploads at once cannot pass the cap together. */
export async function lockAndCountAttachments(tx: Db, practiceId: string) {
  await tx.select({ id: practices.id }).from(practices).where(eq(practices.id, practiceId)).for('update');
  const [row] = await tx
    .select({ n: count() })
    .from(practiceAttachments)
    .where(eq(practiceAttachments.practiceId, practiceId));
  return row?.n ?? 0;
}

export const insertAttachment = (db: Db, a: typeof practiceAttachments.$inferInsert) =>
  db.insert(practiceAttachments).values(a);

export const deleteAttachment = (db: Db, practiceId: string, id: string) =>
  db
    .delete(practiceAttachments)
    .where(and(eq(practiceAttachments.id, id), eq(practiceAttachments.practiceId, practiceId)))
    .returning({ id: practiceAttachments.id });

/** Adopters the public sees: organisations listed in the register (as for campaign supporters). */
const listedAdopter = listedSignature();

/** A practice's public adopters by name, with their notes, and how many there are. */
export async function adopters(db: Db, practiceId: string, limit: number) {
  const where = and(eq(practiceAdoptions.practiceId, practiceId), listedAdopter);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.legalName,
        note: practiceAdoptions.note,
      })
      .from(practiceAdoptions)
      .innerJoin(organisations, eq(organisations.id, practiceAdoptions.organisationId))
      .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
      .where(where)
      .orderBy(asc(organisations.sortName))
      .limit(limit),
    db
      .select({ n: count() })
      .from(practiceAdoptions)
      .innerJoin(organisations, eq(organisations.id, practiceAdoptions.organisationId))
      .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** What these organisations (the signed-in member's) already declared for the practice. */
export const adoptionsOf = (db: Db, practiceId: string, organisationIds: string[]) =>
  organisationIds.length
    ? db
        .select({ organisationId: practiceAdoptions.organisationId, note: practiceAdoptions.note })
        .from(practiceAdoptions)
        .where(
          and(
            eq(practiceAdoptions.practiceId, practiceId),
            inArray(practiceAdoptions.organisationId, organisationIds),
          ),
        )
    : Promise.resolve([]);

/** The current signature status of each organisation (those that never signed are absent). */
export const upsertAdoption = (db: Db, a: typeof practiceAdoptions.$inferInsert) =>
  db
    .insert(practiceAdoptions)
    .values(a)
    .onConflictDoUpdate({
      target: [practiceAdoptions.practiceId, practiceAdoptions.organisationId],
      set: { note: a.note, updatedAt: a.updatedAt },
    });

export const deleteAdoption = (db: Db, practiceId: string, organisationId: string) =>
  db
    .delete(practiceAdoptions)
    .where(
      and(eq(practiceAdoptions.practiceId, practiceId), eq(practiceAdoptions.organisationId, organisationId)),
    )
    .returning({ id: practiceAdoptions.practiceId });

/** Public adopters per practice, in one query for a whole list of practices. */
export const adoptionCounts = (db: Db, practiceIds: string[]) =>
  practiceIds.length
    ? db
        .select({ id: practiceAdoptions.practiceId, n: count() })
        .from(practiceAdoptions)
        .innerJoin(organisations, eq(organisations.id, practiceAdoptions.organisationId))
        .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
        .where(and(inArray(practiceAdoptions.practiceId, practiceIds), listedAdopter))
        .groupBy(practiceAdoptions.practiceId)
    : Promise.resolve([]);

/** The published practices an organisation adopted, latest first, with who shared each, for its profile. */
export const adoptedBy = (db: Db, organisationId: string, limit: number) =>
  db
    .select({
      id: practices.id,
      title: practices.title,
      lang: practices.lang,
      note: practiceAdoptions.note,
      authorName: organisations.legalName,
      authorSlug: organisations.slug,
    })
    .from(practiceAdoptions)
    .innerJoin(practices, eq(practices.id, practiceAdoptions.practiceId))
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(and(eq(practiceAdoptions.organisationId, organisationId), eq(practices.status, 'published')))
    .orderBy(desc(practiceAdoptions.updatedAt))
    .limit(limit);

/**
 * Published practices for open data, oldest first, a batch at a time. Obstacles, attachments and public adopters
 * come from correlated subqueries, so a batch is one statement whatever its size.
 */
export const openBatch = (db: Db, offset: number, size: number) =>
  db
    .select({
      id: practices.id,
      title: practices.title,
      summary: practices.summary,
      body: practices.body,
      lang: practices.lang,
      commitments: practices.commitments,
      targetGroups: practices.targetGroups,
      sector: practices.sector,
      region: practices.region,
      results: practices.results,
      links: practices.links,
      publishedAt: practices.publishedAt,
      organisationId: organisations.id,
      organisationName: organisations.legalName,
      obstacles: sql<string[]>`coalesce((select jsonb_agg(${obstacles.slug} order by ${obstacles.slug})
        from ${practiceObstacles} join ${obstacles} on ${obstacles.id} = ${practiceObstacles.obstacleId}
        where ${practiceObstacles.practiceId} = ${practices.id}), '[]'::jsonb)`,
      attachments: sql<string[]>`coalesce((select jsonb_agg(a.id order by a.created_at, a.id)
        from practice_attachments a where a.practice_id = ${practices.id}), '[]'::jsonb)`,
      adoptions: sql<number>`(select count(*)::int from practice_adoptions pa
        join organisations ao on ao.id = pa.organisation_id
        join signatures s on s.id = ao.current_signature_id
        where pa.practice_id = ${practices.id}
          and s.status in (${sql.join(
            PUBLIC_STATUSES.map((st) => sql`${st}`),
            sql`, `,
          )}) and (s.status <> 'withdrawn' or s.decided_at is not null))`,
    })
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(eq(practices.status, 'published'))
    .orderBy(asc(practices.publishedAt), asc(practices.id))
    .limit(size)
    .offset(offset);
export type OpenPractice = Awaited<ReturnType<typeof openBatch>>[number];

/** Across the coalition, per year of publication: practices published, organisations that shared, adoptions. */
export async function byYear(db: Db) {
  const [published, adopted] = await Promise.all([
    db
      .select({
        year: sql<number>`extract(year from ${practices.publishedAt})::int`,
        published: sql<number>`count(*)::int`,
        organisations: sql<number>`count(distinct ${practices.organisationId})::int`,
      })
      .from(practices)
      .where(eq(practices.status, 'published'))
      .groupBy(sql`1`),
    db
      .select({
        year: sql<number>`extract(year from ${practiceAdoptions.createdAt})::int`,
        adoptions: sql<number>`count(*)::int`,
      })
      .from(practiceAdoptions)
      .groupBy(sql`1`),
  ]);
  const years = [...new Set([...published.map((p) => p.year), ...adopted.map((a) => a.year)])].sort();
  return years.map((year) => ({
    year,
    published: published.find((p) => p.year === year)?.published ?? 0,
    organisations: published.find((p) => p.year === year)?.organisations ?? 0,
    adoptions: adopted.find((a) => a.year === year)?.adoptions ?? 0,
  }));
}

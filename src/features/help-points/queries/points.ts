import {
  and,
  arrayContains,
  arrayOverlaps,
  asc,
  between,
  count,
  eq,
  gt,
  inArray,
  isNull,
  lt,
  ne,
  or,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { organisations } from '../../organisations/schema.ts';
import { helpPoints } from '../schema.ts';

export type HelpPoint = typeof helpPoints.$inferSelect;
export type NewHelpPoint = typeof helpPoints.$inferInsert;

export const insert = async (db: Db, values: NewHelpPoint) =>
  (await db.insert(helpPoints).values(values).returning())[0] as HelpPoint;

export const update = async (db: Db, id: string, values: Partial<NewHelpPoint>) =>
  (await db.update(helpPoints).set(values).where(eq(helpPoints.id, id)).returning())[0] ?? null;

/** One point with its host structure's name. */
export const byId = async (db: Db, id: string) =>
  (
    await db
      .select({ point: helpPoints, structure: organisations.legalName })
      .from(helpPoints)
      .innerJoin(organisations, eq(organisations.id, helpPoints.organisationId))
      .where(eq(helpPoints.id, id))
      .limit(1)
  )[0] ?? null;

/** Points' names and structures, of some structures or by id: what the support-session log names a place by. */
export const names = (db: Db, by: { organisationIds?: readonly string[]; ids?: readonly string[] }) =>
  db
    .select({ id: helpPoints.id, name: helpPoints.name, organisationId: helpPoints.organisationId })
    .from(helpPoints)
    .where(
      and(
        by.organisationIds ? inArray(helpPoints.organisationId, [...by.organisationIds]) : undefined,
        by.ids ? inArray(helpPoints.id, [...by.ids]) : undefined,
      ),
    )
    .orderBy(asc(helpPoints.name), asc(helpPoints.id));

export const ofOrganisation = (db: Db, organisationId: string) =>
  db
    .select()
    .from(helpPoints)
    .where(eq(helpPoints.organisationId, organisationId))
    .orderBy(asc(helpPoints.name));

/** What the finder filters on in SQL: the lists and the access; hours are read in the finder itself. */
export interface SqlFilters {
  service?: string;
  kind?: string;
  language?: string;
  accessibility?: string;
  audience?: string;
  walkIn?: boolean;
}

/** Within `km` of a place (a box, on the lat/lon index), matching the filters. */
function matching(origin: { lat: number; lon: number }, km: number, f: SqlFilters) {
  const dLat = km / 111;
  const dLon = km / (111 * Math.cos((origin.lat * Math.PI) / 180));
  return and(
    between(helpPoints.lat, origin.lat - dLat, origin.lat + dLat),
    between(helpPoints.lon, origin.lon - dLon, origin.lon + dLon),
    f.service ? arrayContains(helpPoints.services, [f.service]) : undefined,
    f.language ? arrayContains(helpPoints.languages, [f.language]) : undefined,
    f.accessibility ? arrayContains(helpPoints.accessibility, [f.accessibility]) : undefined,
    // A point for everyone welcomes each audience.
    f.audience ? arrayOverlaps(helpPoints.audiences, [f.audience, 'everyone']) : undefined,
    f.kind ? eq(helpPoints.kind, f.kind) : undefined,
    f.walkIn ? ne(helpPoints.access, 'appointment') : undefined,
  );
}

/**
 * The `limit` matching points nearest to a place, within `km`: ordered in SQL by the squared distance on a
 * plane scaled at the place's latitude (exact enough to rank within Belgium; the finder measures the real one).
 */
export const nearest = (
  db: Db,
  origin: { lat: number; lon: number },
  km: number,
  f: SqlFilters,
  limit: number,
) => {
  const cos = Math.cos((origin.lat * Math.PI) / 180);
  return db
    .select()
    .from(helpPoints)
    .where(matching(origin, km, f))
    .orderBy(
      sql`(${helpPoints.lat} - ${origin.lat}) * (${helpPoints.lat} - ${origin.lat}) + (${helpPoints.lon} - ${origin.lon}) * (${helpPoints.lon} - ${origin.lon}) * ${cos * cos}`,
    )
    .limit(limit);
};

export const countMatching = async (
  db: Db,
  origin: { lat: number; lon: number },
  km: number,
  f: SqlFilters,
) =>
  (
    await db
      .select({ n: count() })
      .from(helpPoints)
      .where(matching(origin, km, f))
  )[0]?.n ?? 0;

/** Points unchecked since `before` whose managers have not been told since their last check. */
export const staleUntold = (db: Db, before: Date, limit: number) =>
  db
    .select({ id: helpPoints.id, name: helpPoints.name, organisationId: helpPoints.organisationId })
    .from(helpPoints)
    .where(
      and(
        lt(helpPoints.checkedAt, before),
        or(isNull(helpPoints.staleNotifiedAt), lt(helpPoints.staleNotifiedAt, helpPoints.checkedAt)),
      ),
    )
    .orderBy(asc(helpPoints.checkedAt))
    .limit(limit);

/** Every point with its structure's name, a batch at a time in id order, for the exports (which stream). */
export async function* everyPoint(db: Db, batch = 500) {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({ point: helpPoints, structure: organisations.legalName, kbo: organisations.kbo })
      .from(helpPoints)
      .innerJoin(organisations, eq(organisations.id, helpPoints.organisationId))
      .where(gt(helpPoints.id, after))
      .orderBy(asc(helpPoints.id))
      .limit(batch);
    yield* rows;
    if (rows.length < batch) return;
    after = (rows.at(-1) as (typeof rows)[number]).point.id;
  }
}

/** The points an import already brought from this source, by their id there. */
export const fromSource = (db: Db, source: string) =>
  db.select().from(helpPoints).where(eq(helpPoints.source, source));

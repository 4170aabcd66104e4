import { and, asc, between, eq, gt, isNull, lt, or } from 'drizzle-orm';
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

export const ofOrganisation = (db: Db, organisationId: string) =>
  db
    .select()
    .from(helpPoints)
    .where(eq(helpPoints.organisationId, organisationId))
    .orderBy(asc(helpPoints.name));

/** The points inside a box around a place (the lat/lon index), at most `limit`, for the finder to order. */
export const inBox = (
  db: Db,
  box: { south: number; north: number; west: number; east: number },
  limit: number,
) =>
  db
    .select()
    .from(helpPoints)
    .where(and(between(helpPoints.lat, box.south, box.north), between(helpPoints.lon, box.west, box.east)))
    .limit(limit);

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

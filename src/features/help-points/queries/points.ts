import { and, asc, between, eq } from 'drizzle-orm';
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

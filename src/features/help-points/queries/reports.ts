import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { helpPointReports, helpPoints } from '../schema.ts';

export type HelpPointReport = typeof helpPointReports.$inferSelect;

export const insert = async (db: Db, values: typeof helpPointReports.$inferInsert) =>
  (await db.insert(helpPointReports).values(values).returning())[0] as HelpPointReport;

export const byId = async (db: Db, id: string) =>
  (
    await db
      .select({ report: helpPointReports, organisationId: helpPoints.organisationId })
      .from(helpPointReports)
      .innerJoin(helpPoints, eq(helpPoints.id, helpPointReports.helpPointId))
      .where(eq(helpPointReports.id, id))
      .limit(1)
  )[0] ?? null;

export const resolve = (db: Db, id: string, by: string, at: Date) =>
  db
    .update(helpPointReports)
    .set({ resolvedAt: at, resolvedBy: by })
    .where(and(eq(helpPointReports.id, id), isNull(helpPointReports.resolvedAt)));

/** How many reports each of these points has open. */
export const openCounts = (db: Db, pointIds: string[]) =>
  pointIds.length
    ? db
        .select({ id: helpPointReports.helpPointId, n: count() })
        .from(helpPointReports)
        .where(and(inArray(helpPointReports.helpPointId, pointIds), isNull(helpPointReports.resolvedAt)))
        .groupBy(helpPointReports.helpPointId)
    : Promise.resolve([]);

/** One point's reports, open first, newest first, one page. */
export const ofPoint = (db: Db, pointId: string, limit: number, offset: number) =>
  db
    .select()
    .from(helpPointReports)
    .where(eq(helpPointReports.helpPointId, pointId))
    .orderBy(sql`${helpPointReports.resolvedAt} is null desc`, desc(helpPointReports.createdAt))
    .limit(limit)
    .offset(offset);

export const countOfPoint = async (db: Db, pointId: string) =>
  (await db.select({ n: count() }).from(helpPointReports).where(eq(helpPointReports.helpPointId, pointId)))[0]
    ?.n ?? 0;

/** The secretariat's queue: every open report, oldest first, with its point. */
export const openQueue = (db: Db, limit: number, offset: number) =>
  db
    .select({
      report: helpPointReports,
      point: { id: helpPoints.id, name: helpPoints.name, commune: helpPoints.commune },
    })
    .from(helpPointReports)
    .innerJoin(helpPoints, eq(helpPoints.id, helpPointReports.helpPointId))
    .where(isNull(helpPointReports.resolvedAt))
    .orderBy(helpPointReports.createdAt)
    .limit(limit)
    .offset(offset);

export const countOpen = async (db: Db) =>
  (await db.select({ n: count() }).from(helpPointReports).where(isNull(helpPointReports.resolvedAt)))[0]?.n ??
  0;

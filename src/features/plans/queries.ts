import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { organisations } from '../organisations/schema.ts';
import { actions, objectives, progressUpdates, safetyMeasures, trainingSessions } from './schema.ts';

export type Objective = typeof objectives.$inferSelect;
export type Action = typeof actions.$inferSelect;
export type ProgressUpdate = typeof progressUpdates.$inferSelect;

/** The whole plan in three queries, whatever its size: objectives, their actions, their updates. */
export function plan(db: Db, organisationId: string, publicOnly: boolean) {
  return plans(db, [organisationId], publicOnly);
}

/** Several organisations' plans in the same three queries (the secretariat's grid). */
export async function plans(db: Db, organisationIds: string[], publicOnly: boolean) {
  if (!organisationIds.length)
    return { objectives: [] as Objective[], actions: [] as Action[], updates: [] as ProgressUpdate[] };
  const objs = await db
    .select()
    .from(objectives)
    .where(
      and(
        inArray(objectives.organisationId, organisationIds),
        publicOnly ? eq(objectives.isPublic, true) : undefined,
      ),
    )
    .orderBy(asc(objectives.commitment), asc(objectives.createdAt));
  const ids = objs.map((o) => o.id);
  if (!ids.length) return { objectives: objs, actions: [] as Action[], updates: [] as ProgressUpdate[] };
  const [acts, updates] = await Promise.all([
    db
      .select()
      .from(actions)
      .where(and(inArray(actions.objectiveId, ids), publicOnly ? eq(actions.isPublic, true) : undefined))
      .orderBy(asc(actions.createdAt)),
    db
      .select()
      .from(progressUpdates)
      .where(inArray(progressUpdates.objectiveId, ids))
      .orderBy(asc(progressUpdates.on), asc(progressUpdates.createdAt)),
  ]);
  return { objectives: objs, actions: acts, updates };
}

/** Only the organisation's own objective: a guessed id of another organisation's is simply not found. */
export async function objective(db: Db, organisationId: string, id: string): Promise<Objective | null> {
  const [row] = await db
    .select()
    .from(objectives)
    .where(and(eq(objectives.id, id), eq(objectives.organisationId, organisationId)))
    .limit(1);
  return row ?? null;
}

export async function action(db: Db, organisationId: string, id: string): Promise<Action | null> {
  const [row] = await db
    .select()
    .from(actions)
    .where(and(eq(actions.id, id), eq(actions.organisationId, organisationId)))
    .limit(1);
  return row ?? null;
}

export async function insertObjective(db: Db, o: typeof objectives.$inferInsert) {
  const [row] = await db.insert(objectives).values(o).returning();
  return row as Objective;
}

export const updateObjective = (
  db: Db,
  organisationId: string,
  id: string,
  set: Partial<typeof objectives.$inferInsert>,
) =>
  db
    .update(objectives)
    .set(set)
    .where(and(eq(objectives.id, id), eq(objectives.organisationId, organisationId)));

export const deleteObjective = (db: Db, organisationId: string, id: string) =>
  db.delete(objectives).where(and(eq(objectives.id, id), eq(objectives.organisationId, organisationId)));

export async function insertAction(db: Db, a: typeof actions.$inferInsert) {
  const [row] = await db.insert(actions).values(a).returning();
  return row as Action;
}

export const updateAction = (
  db: Db,
  organisationId: string,
  id: string,
  set: Partial<typeof actions.$inferInsert>,
) =>
  db
    .update(actions)
    .set(set)
    .where(and(eq(actions.id, id), eq(actions.organisationId, organisationId)));

export const insertUpdate = (db: Db, u: typeof progressUpdates.$inferInsert) =>
  db.insert(progressUpdates).values(u);

export interface GridFilter {
  sector?: (typeof organisations.$inferSelect)['sector'];
  region?: (typeof organisations.$inferSelect)['region'];
}

export const insertTraining = (db: Db, s: typeof trainingSessions.$inferInsert) =>
  db.insert(trainingSessions).values(s);

export async function trainingPage(db: Db, organisationId: string, limit: number, offset: number) {
  const where = eq(trainingSessions.organisationId, organisationId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(trainingSessions)
      .where(where)
      .orderBy(desc(trainingSessions.on), desc(trainingSessions.createdAt))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(trainingSessions).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Totals per calendar year; the casts keep numbers numbers on both engines (sum() is numeric otherwise). */
export const trainingTotals = (db: Db, organisationId: string) =>
  db
    .select({
      year: sql<number>`extract(year from ${trainingSessions.on})::int`,
      sessions: sql<number>`count(*)::int`,
      hours: sql<number>`coalesce(sum(${trainingSessions.hours}), 0)::float8`,
      staff: sql<number>`coalesce(sum(${trainingSessions.staffTrained}), 0)::int`,
    })
    .from(trainingSessions)
    .where(eq(trainingSessions.organisationId, organisationId))
    .groupBy(sql`1`)
    .orderBy(sql`1 desc`);

/** Training given between two days (inclusive), for a yearly report. */
export async function trainingBetween(db: Db, organisationId: string, from: string, to: string) {
  const [row] = await db
    .select({
      sessions: sql<number>`count(*)::int`,
      hours: sql<number>`coalesce(sum(${trainingSessions.hours}), 0)::float8`,
      staff: sql<number>`coalesce(sum(${trainingSessions.staffTrained}), 0)::int`,
    })
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.organisationId, organisationId),
        sql`${trainingSessions.on} between ${from} and ${to}`,
      ),
    );
  return row ?? { sessions: 0, hours: 0, staff: 0 };
}

/** Training across the coalition, per year: sessions, people trained, hours of training received. */
export const trainingByYear = (db: Db) =>
  db
    .select({
      year: sql<number>`extract(year from ${trainingSessions.on})::int`,
      organisations: sql<number>`count(distinct ${trainingSessions.organisationId})::int`,
      sessions: sql<number>`count(*)::int`,
      staff: sql<number>`coalesce(sum(${trainingSessions.staffTrained}), 0)::int`,
      personHours: sql<number>`coalesce(sum(${trainingSessions.hours} * ${trainingSessions.staffTrained}), 0)::float8`,
    })
    .from(trainingSessions)
    .groupBy(sql`1`)
    .orderBy(sql`1`);

export const safety = (db: Db, organisationId: string) =>
  db.select().from(safetyMeasures).where(eq(safetyMeasures.organisationId, organisationId));

export const saveSafety = (db: Db, rows: (typeof safetyMeasures.$inferInsert)[]) =>
  rows.length
    ? db
        .insert(safetyMeasures)
        .values(rows)
        .onConflictDoUpdate({
          target: [safetyMeasures.organisationId, safetyMeasures.measure],
          set: {
            status: sql`excluded.status`,
            note: sql`excluded.note`,
            updatedAt: sql`excluded.updated_at`,
          },
        })
    : Promise.resolve();

import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { obstacles } from './schema.ts';

export type Obstacle = typeof obstacles.$inferSelect;

/** The catalogue is short (about ten entries) and grows by the secretariat's hand only: no paging. */
export const all = (db: Db) =>
  db.select().from(obstacles).orderBy(asc(obstacles.position), asc(obstacles.slug));

export async function bySlug(db: Db, slug: string): Promise<Obstacle | null> {
  const [row] = await db.select().from(obstacles).where(eq(obstacles.slug, slug)).limit(1);
  return row ?? null;
}

export async function byId(db: Db, id: string): Promise<Obstacle | null> {
  const [row] = await db.select().from(obstacles).where(eq(obstacles.id, id)).limit(1);
  return row ?? null;
}

/** Adds entries; one whose slug exists already is left as it is (two first requests may race). */
export const insertMissing = (db: Db, rows: (typeof obstacles.$inferInsert)[]) =>
  db.insert(obstacles).values(rows).onConflictDoNothing({ target: obstacles.slug });

export async function insert(db: Db, row: typeof obstacles.$inferInsert) {
  const [created] = await db.insert(obstacles).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

export const update = (db: Db, id: string, set: Partial<typeof obstacles.$inferInsert>) =>
  db.update(obstacles).set(set).where(eq(obstacles.id, id));

export const nextPosition = async (db: Db) =>
  (await db.select({ n: sql<number>`coalesce(max(${obstacles.position}), 0) + 1` }).from(obstacles))[0]?.n ??
  1;

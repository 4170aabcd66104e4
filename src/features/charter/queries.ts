import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { charterVersions } from './schema.ts';

export type CharterVersion = typeof charterVersions.$inferSelect;

export async function latest(db: Db): Promise<CharterVersion | null> {
  const [row] = await db.select().from(charterVersions).orderBy(desc(charterVersions.version)).limit(1);
  return row ?? null;
}

export async function byVersion(db: Db, version: number): Promise<CharterVersion | null> {
  const [row] = await db.select().from(charterVersions).where(eq(charterVersions.version, version)).limit(1);
  return row ?? null;
}

export const all = (db: Db) =>
  db
    .select({
      version: charterVersions.version,
      contentHash: charterVersions.contentHash,
      publishedAt: charterVersions.publishedAt,
    })
    .from(charterVersions)
    .orderBy(desc(charterVersions.version));

/** Inserts a version unless it exists; returns whether it was new. */
export async function insert(db: Db, v: CharterVersion): Promise<boolean> {
  const rows = await db
    .insert(charterVersions)
    .values(v)
    .onConflictDoNothing()
    .returning({ v: charterVersions.version });
  return rows.length > 0;
}

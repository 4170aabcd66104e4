import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { statsShareLinks } from '../schema.ts';

export type ShareScope = 'structure' | 'network';

export const insert = async (db: Db, v: typeof statsShareLinks.$inferInsert) =>
  (await db.insert(statsShareLinks).values(v).returning({ id: statsShareLinks.id }))[0] as { id: string };

export const live = async (db: Db, tokenHash: string) =>
  (
    await db
      .select()
      .from(statsShareLinks)
      .where(and(eq(statsShareLinks.tokenHash, tokenHash), isNull(statsShareLinks.revokedAt)))
      .limit(1)
  )[0] ?? null;

export const ofSubject = (db: Db, scope: ShareScope, subjectId: string) =>
  db
    .select({ id: statsShareLinks.id, createdAt: statsShareLinks.createdAt })
    .from(statsShareLinks)
    .where(
      and(
        eq(statsShareLinks.scope, scope),
        eq(statsShareLinks.subjectId, subjectId),
        isNull(statsShareLinks.revokedAt),
      ),
    )
    .orderBy(desc(statsShareLinks.createdAt))
    .limit(20);

export const byId = async (db: Db, id: string) =>
  (await db.select().from(statsShareLinks).where(eq(statsShareLinks.id, id)).limit(1))[0] ?? null;

export const revoke = (db: Db, id: string, now: Date) =>
  db
    .update(statsShareLinks)
    .set({ revokedAt: now })
    .where(and(eq(statsShareLinks.id, id), isNull(statsShareLinks.revokedAt)))
    .returning({ id: statsShareLinks.id });

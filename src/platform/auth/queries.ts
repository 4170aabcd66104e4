import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions, users } from './schema.ts';

export const insertSession = (db: Db, s: typeof sessions.$inferInsert) => db.insert(sessions).values(s);

export async function findSessionUser(db: Db, id: string, now: Date) {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, locale: users.locale })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), isNull(users.deactivatedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export const deleteSession = (db: Db, id: string) => db.delete(sessions).where(eq(sessions.id, id));

export const deleteUserSessions = (db: Db, userId: string) =>
  db.delete(sessions).where(eq(sessions.userId, userId));

export const deleteExpiredSessions = (db: Db, now: Date) =>
  db.delete(sessions).where(lte(sessions.expiresAt, now));

/** The secretariat's accounts, to tell them something by mail. */
export const admins = (db: Db) =>
  db
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.role, 'admin'));

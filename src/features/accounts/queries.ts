import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users, userTokens } from '../../platform/auth/schema.ts';

export type User = typeof users.$inferSelect;
export type TokenPurpose = (typeof userTokens.$inferInsert)['purpose'];

export async function findUserByEmail(db: Db, email: string): Promise<User | null> {
  const [u] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return u ?? null;
}

export async function findUserById(db: Db, id: string): Promise<User | null> {
  const [u] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return u ?? null;
}

/** Inserts a user unless the email is taken; returns the new row or null. */
export async function insertUser(db: Db, u: typeof users.$inferInsert): Promise<User | null> {
  const [row] = await db.insert(users).values(u).onConflictDoNothing({ target: users.email }).returning();
  return row ?? null;
}

export const updateUser = (db: Db, id: string, set: Partial<typeof users.$inferInsert>) =>
  db.update(users).set(set).where(eq(users.id, id));

export const insertToken = (db: Db, t: typeof userTokens.$inferInsert) => db.insert(userTokens).values(t);

/** A token of this purpose and hash, not used yet and not expired. */
const live = (purpose: TokenPurpose, tokenHash: string, now: Date) =>
  and(
    eq(userTokens.tokenHash, tokenHash),
    eq(userTokens.purpose, purpose),
    isNull(userTokens.usedAt),
    gt(userTokens.expiresAt, now),
  );

/** Marks a valid, unused token as used and returns it: a token works once, even under concurrent requests. */
export async function consumeToken(db: Db, purpose: TokenPurpose, tokenHash: string, now: Date) {
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: now })
    .where(live(purpose, tokenHash, now))
    .returning({ userId: userTokens.userId });
  return row ?? null;
}

export async function findLiveToken(db: Db, purpose: TokenPurpose, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ userId: userTokens.userId })
    .from(userTokens)
    .where(live(purpose, tokenHash, now))
    .limit(1);
  return row ?? null;
}

/** Ends every open token of one purpose, e.g. all reset links once the password has changed. */
export const expireTokens = (db: Db, userId: string, purpose: TokenPurpose, now: Date) =>
  db
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));

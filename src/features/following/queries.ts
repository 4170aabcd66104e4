import { and, desc, eq, gt, inArray, isNotNull, lte, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../platform/auth/schema.ts';
import { jointActionObstacles, jointActions } from '../joint-actions/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { practiceObstacles, practices } from '../practices/schema.ts';
import { digestRuns, type FollowKind, follows } from './schema.ts';

export const ofUser = (db: Db, userId: string) =>
  db.select({ kind: follows.kind, ref: follows.ref }).from(follows).where(eq(follows.userId, userId));

export const add = (db: Db, userId: string, kind: FollowKind, ref: string, now: Date) =>
  db.insert(follows).values({ userId, kind, ref, createdAt: now }).onConflictDoNothing();

export const remove = (db: Db, userId: string, kind: FollowKind, ref: string) =>
  db.delete(follows).where(and(eq(follows.userId, userId), eq(follows.kind, kind), eq(follows.ref, ref)));

export const clear = (db: Db, userId: string) => db.delete(follows).where(eq(follows.userId, userId));

/** Claims the week's digest: true for the one instance whose row went in. */
export async function claimWeek(db: Db, weekOf: string, now: Date) {
  const rows = await db
    .insert(digestRuns)
    .values({ weekOf, sentAt: now })
    .onConflictDoNothing()
    .returning({ weekOf: digestRuns.weekOf });
  return rows.length === 1;
}

export async function lastRunBefore(db: Db, weekOf: string) {
  const [row] = await db
    .select({ at: max(digestRuns.sentAt) })
    .from(digestRuns)
    .where(lte(digestRuns.weekOf, weekOf))
    .limit(1);
  return row?.at ?? null;
}

/** Practices published in the window, with their obstacles. */
export async function newPractices(db: Db, since: Date, until: Date) {
  const rows = await db
    .select({
      id: practices.id,
      title: practices.title,
      commitments: practices.commitments,
      organisationName: organisations.legalName,
    })
    .from(practices)
    .innerJoin(organisations, eq(organisations.id, practices.organisationId))
    .where(
      and(
        eq(practices.status, 'published'),
        gt(practices.publishedAt, since),
        lte(practices.publishedAt, until),
      ),
    )
    .orderBy(desc(practices.publishedAt));
  const obs = rows.length
    ? await db
        .select()
        .from(practiceObstacles)
        .where(
          inArray(
            practiceObstacles.practiceId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    ...r,
    obstacleIds: obs.filter((o) => o.practiceId === r.id).map((o) => o.obstacleId),
  }));
}

/** Joint actions proposed in the window, with their obstacles. */
export async function newJointActions(db: Db, since: Date, until: Date) {
  const rows = await db
    .select({ id: jointActions.id, title: jointActions.title, organisationName: organisations.legalName })
    .from(jointActions)
    .innerJoin(organisations, eq(organisations.id, jointActions.organisationId))
    .where(and(gt(jointActions.createdAt, since), lte(jointActions.createdAt, until)))
    .orderBy(desc(jointActions.createdAt));
  const obs = rows.length
    ? await db
        .select()
        .from(jointActionObstacles)
        .where(
          inArray(
            jointActionObstacles.jointActionId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    ...r,
    obstacleIds: obs.filter((o) => o.jointActionId === r.id).map((o) => o.obstacleId),
  }));
}

/** Every follow with its person's address and language; people whose address is not confirmed get nothing. */
export const followers = (db: Db) =>
  db
    .select({
      userId: follows.userId,
      kind: follows.kind,
      ref: follows.ref,
      email: users.email,
      locale: users.locale,
    })
    .from(follows)
    .innerJoin(users, eq(users.id, follows.userId))
    .where(isNotNull(users.emailVerifiedAt));

import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations } from '../organisations/schema.ts';
import { listedSignature } from '../signatures/index.ts';
import { signatures } from '../signatures/schema.ts';
import {
  type JointActionStatus,
  jointActionMembers,
  jointActionObstacles,
  jointActions,
  jointActionUpdates,
} from './schema.ts';

export type JointAction = typeof jointActions.$inferSelect;

export interface JointActionFilter {
  status?: JointActionStatus;
  obstacle?: string;
}

/** Members the public sees: organisations listed in the register. */
const listed = listedSignature();

function where(f: JointActionFilter): SQL | undefined {
  return and(
    f.status ? eq(jointActions.status, f.status) : undefined,
    f.obstacle
      ? sql`exists (select 1 from ${jointActionObstacles} where ${jointActionObstacles.jointActionId} = ${jointActions.id} and ${jointActionObstacles.obstacleId} = ${f.obstacle})`
      : undefined,
  );
}

/** Newest first, each with its obstacles and its public members: three queries for a page. */
export async function page(db: Db, f: JointActionFilter, limit: number, offset: number) {
  const w = where(f);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: jointActions.id,
        title: jointActions.title,
        goal: jointActions.goal,
        status: jointActions.status,
        startsOn: jointActions.startsOn,
        endsOn: jointActions.endsOn,
        createdAt: jointActions.createdAt,
        organisationName: organisations.legalName,
        organisationSlug: organisations.slug,
      })
      .from(jointActions)
      .innerJoin(organisations, eq(organisations.id, jointActions.organisationId))
      .where(w)
      .orderBy(desc(jointActions.createdAt), desc(jointActions.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(jointActions).where(w),
  ]);
  const ids = rows.map((r) => r.id);
  const [obs, members] = await Promise.all([obstaclesOf(db, ids), listedMembersOf(db, ids)]);
  return {
    rows: rows.map((r) => ({
      ...r,
      obstacleIds: obs.filter((o) => o.id === r.id).map((o) => o.obstacleId),
      members: members.filter((m) => m.id === r.id).map(({ id: _, ...m }) => m),
    })),
    total: total?.n ?? 0,
  };
}

const obstaclesOf = (db: Db, ids: string[]) =>
  ids.length
    ? db
        .select({ id: jointActionObstacles.jointActionId, obstacleId: jointActionObstacles.obstacleId })
        .from(jointActionObstacles)
        .where(inArray(jointActionObstacles.jointActionId, ids))
    : Promise.resolve([]);

/** The public members of these actions, in the order they joined. */
const listedMembersOf = (db: Db, ids: string[]) =>
  ids.length
    ? db
        .select({
          id: jointActionMembers.jointActionId,
          name: organisations.legalName,
          slug: organisations.slug,
          contribution: jointActionMembers.contribution,
        })
        .from(jointActionMembers)
        .innerJoin(organisations, eq(organisations.id, jointActionMembers.organisationId))
        .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
        .where(and(inArray(jointActionMembers.jointActionId, ids), listed))
        .orderBy(asc(jointActionMembers.joinedAt))
    : Promise.resolve([]);

export async function byId(db: Db, id: string) {
  const [row] = await db
    .select({
      action: jointActions,
      organisationName: organisations.legalName,
      organisationSlug: organisations.slug,
    })
    .from(jointActions)
    .innerJoin(organisations, eq(organisations.id, jointActions.organisationId))
    .where(eq(jointActions.id, id))
    .limit(1);
  if (!row) return null;
  const obs = await obstaclesOf(db, [id]);
  return { ...row, obstacleIds: obs.map((o) => o.obstacleId) };
}

/** Every member, public or not (a withdrawn signatory stays in the action's history, but unnamed to the public). */
export const members = (db: Db, id: string) =>
  db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.legalName,
      contribution: jointActionMembers.contribution,
      joinedAt: jointActionMembers.joinedAt,
      // Named only when the register names it: a signature withdrawn before verification stays unnamed.
      listed: sql<boolean>`coalesce(${listedSignature()}, false)`,
    })
    .from(jointActionMembers)
    .innerJoin(organisations, eq(organisations.id, jointActionMembers.organisationId))
    .leftJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
    .where(eq(jointActionMembers.jointActionId, id))
    .orderBy(asc(jointActionMembers.joinedAt));

/** Updates newest first, a page at a time, with the posting organisation's name. */
export async function updates(db: Db, id: string, limit: number, offset: number) {
  const w = eq(jointActionUpdates.jointActionId, id);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: jointActionUpdates.id,
        body: jointActionUpdates.body,
        createdAt: jointActionUpdates.createdAt,
        organisationName: organisations.legalName,
      })
      .from(jointActionUpdates)
      .innerJoin(organisations, eq(organisations.id, jointActionUpdates.organisationId))
      .where(w)
      .orderBy(desc(jointActionUpdates.createdAt), desc(jointActionUpdates.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(jointActionUpdates).where(w),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function insert(
  db: Db,
  a: typeof jointActions.$inferInsert,
  obstacleIds: string[],
  contribution: string,
) {
  const [row] = await db.insert(jointActions).values(a).returning();
  const created = row as JointAction;
  await setObstacles(db, created.id, obstacleIds);
  await db.insert(jointActionMembers).values({
    jointActionId: created.id,
    organisationId: created.organisationId,
    contribution,
    createdBy: a.createdBy,
    joinedAt: a.createdAt,
  });
  return created;
}

export async function update(
  db: Db,
  id: string,
  set: Partial<typeof jointActions.$inferInsert>,
  obstacleIds?: string[],
) {
  await db.update(jointActions).set(set).where(eq(jointActions.id, id));
  if (obstacleIds) await setObstacles(db, id, obstacleIds);
}

async function setObstacles(db: Db, id: string, obstacleIds: string[]) {
  await db.delete(jointActionObstacles).where(eq(jointActionObstacles.jointActionId, id));
  await db
    .insert(jointActionObstacles)
    .values(obstacleIds.map((obstacleId) => ({ jointActionId: id, obstacleId })));
}

export const memberships = (db: Db, id: string, organisationIds: string[]) =>
  organisationIds.length
    ? db
        .select({
          organisationId: jointActionMembers.organisationId,
          contribution: jointActionMembers.contribution,
        })
        .from(jointActionMembers)
        .where(
          and(
            eq(jointActionMembers.jointActionId, id),
            inArray(jointActionMembers.organisationId, organisationIds),
          ),
        )
    : Promise.resolve([]);

export const upsertMember = (db: Db, m: typeof jointActionMembers.$inferInsert) =>
  db
    .insert(jointActionMembers)
    .values(m)
    .onConflictDoUpdate({
      target: [jointActionMembers.jointActionId, jointActionMembers.organisationId],
      set: { contribution: m.contribution },
    });

export const deleteMember = (db: Db, id: string, organisationId: string) =>
  db
    .delete(jointActionMembers)
    .where(
      and(eq(jointActionMembers.jointActionId, id), eq(jointActionMembers.organisationId, organisationId)),
    )
    .returning({ id: jointActionMembers.jointActionId });

export const insertUpdate = (db: Db, u: typeof jointActionUpdates.$inferInsert) =>
  db.insert(jointActionUpdates).values(u);

/** The joint actions an organisation takes part in, for its profile. */
export const ofOrganisation = (db: Db, organisationId: string, limit = 50) =>
  db
    .select({ id: jointActions.id, title: jointActions.title, status: jointActions.status })
    .from(jointActionMembers)
    .innerJoin(jointActions, eq(jointActions.id, jointActionMembers.jointActionId))
    .where(eq(jointActionMembers.organisationId, organisationId))
    .orderBy(desc(jointActions.createdAt))
    .limit(limit);

/** Across the coalition: joint actions by status, with how many member organisations they gathered. */
export const byStatus = (db: Db) =>
  db
    .select({
      status: jointActions.status,
      actions: sql<number>`count(distinct ${jointActions.id})::int`,
      members: sql<number>`count(${jointActionMembers.organisationId})::int`,
      organisations: sql<number>`count(distinct ${jointActionMembers.organisationId})::int`,
    })
    .from(jointActions)
    .leftJoin(jointActionMembers, eq(jointActionMembers.jointActionId, jointActions.id))
    .groupBy(jointActions.status);

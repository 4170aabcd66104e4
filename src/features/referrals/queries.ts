import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { organisations } from '../organisations/schema.ts';
import { signatureEvents } from '../signatures/schema.ts';
import { referrals } from './schema.ts';

/** The organisation once had a signature verified by the secretariat: it "became active". */
const becameActive = (orgId: typeof referrals.joinedOrganisationId) =>
  sql<boolean>`exists (select 1 from ${signatureEvents} where ${signatureEvents.organisationId} = ${orgId} and ${signatureEvents.type} = 'verified')`;

const joined = alias(organisations, 'joined');

/** The invitations an organisation sent, newest first, with what became of each. */
export async function sent(db: Db, organisationId: string, limit: number, offset: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: referrals.id,
        email: referrals.email,
        invitedName: referrals.invitedName,
        createdAt: referrals.createdAt,
        expiresAt: referrals.expiresAt,
        joinedName: joined.legalName,
        joinedSlug: joined.slug,
        active: becameActive(referrals.joinedOrganisationId),
      })
      .from(referrals)
      .leftJoin(joined, eq(joined.id, referrals.joinedOrganisationId))
      .where(eq(referrals.organisationId, organisationId))
      .orderBy(desc(referrals.createdAt))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(referrals).where(eq(referrals.organisationId, organisationId)),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** How many invitations the organisation sent since `since` (the daily limit). */
export async function sentSince(db: Db, organisationId: string, since: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(referrals)
    .where(and(eq(referrals.organisationId, organisationId), gt(referrals.createdAt, since)));
  return row?.n ?? 0;
}

/** An invitation to this address from this organisation that is still open. */
export async function openTo(db: Db, organisationId: string, email: string, now: Date) {
  const [row] = await db
    .select({ createdAt: referrals.createdAt })
    .from(referrals)
    .where(
      and(
        eq(referrals.organisationId, organisationId),
        eq(referrals.email, email),
        gt(referrals.expiresAt, now),
        isNull(referrals.joinedOrganisationId),
      ),
    )
    .limit(1);
  return row ?? null;
}

export const insert = (db: Db, r: typeof referrals.$inferInsert) => db.insert(referrals).values(r);

/** A link that still works: not expired, not used yet; with the inviting organisation's name. */
export async function live(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      id: referrals.id,
      organisationId: referrals.organisationId,
      inviterName: organisations.legalName,
      invitedName: referrals.invitedName,
      message: referrals.message,
    })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.organisationId))
    .where(
      and(
        eq(referrals.tokenHash, tokenHash),
        gt(referrals.expiresAt, now),
        isNull(referrals.joinedOrganisationId),
      ),
    )
    .limit(1);
  return row ?? null;
}

export const markJoined = (db: Db, id: string, organisationId: string, now: Date) =>
  db
    .update(referrals)
    .set({ joinedOrganisationId: organisationId, joinedAt: now })
    .where(and(eq(referrals.id, id), isNull(referrals.joinedOrganisationId)));

/** Organisations brought in by this one that became active. */
export async function broughtIn(db: Db, organisationId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${referrals.joinedOrganisationId})::int` })
    .from(referrals)
    .where(and(eq(referrals.organisationId, organisationId), becameActive(referrals.joinedOrganisationId)));
  return row?.n ?? 0;
}

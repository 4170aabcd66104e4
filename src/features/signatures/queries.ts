import { and, asc, count, desc, eq, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../platform/auth/schema.ts';
import { organisations } from '../organisations/schema.ts';
import {
  identityChanges,
  kboDisputes,
  LIVE_STATUSES,
  PUBLIC_STATUSES,
  type SignatureStatus,
  signatureEvents,
  signatures,
  VERIFIED_STATUSES,
} from './schema.ts';

export { LIVE_STATUSES };

/**
 * A signature the public may see: one of the public statuses, and verified by the secretariat. A signature
 * withdrawn while still pending was never verified, so it stays as private as a pending one.
 */
export const listedSignature = (
  statuses: readonly (typeof PUBLIC_STATUSES)[number][] = PUBLIC_STATUSES,
): SQL =>
  and(
    inArray(signatures.status, [...statuses]),
    or(ne(signatures.status, 'withdrawn'), isNotNull(signatures.decidedAt)),
  ) as SQL;

export type Signature = typeof signatures.$inferSelect;
export type SignatureEvent = typeof signatureEvents.$inferSelect;
export type IdentityChange = typeof identityChanges.$inferSelect;
export type KboDispute = typeof kboDisputes.$inferSelect;

/** The statuses that hold the organisation's one live signature. */

export async function byId(db: Db, id: string): Promise<Signature | null> {
  const [row] = await db.select().from(signatures).where(eq(signatures.id, id)).limit(1);
  return row ?? null;
}

/** The organisation's live signature (pending, active, non-reporting or suspended), if any. */
export async function live(db: Db, organisationId: string): Promise<Signature | null> {
  const [row] = await db
    .select()
    .from(signatures)
    .where(and(eq(signatures.organisationId, organisationId), inArray(signatures.status, LIVE_STATUSES)))
    .limit(1);
  return row ?? null;
}

/** Inserts unless the organisation already has a live signature; returns the row or null. */
export async function insert(db: Db, s: typeof signatures.$inferInsert): Promise<Signature | null> {
  const [row] = await db.insert(signatures).values(s).onConflictDoNothing().returning();
  return row ?? null;
}

/** Moves a signature from one of the given statuses; returns null if it was no longer in one of them. */
export async function transition(
  db: Db,
  id: string,
  from: SignatureStatus[],
  set: Partial<typeof signatures.$inferInsert>,
): Promise<Signature | null> {
  const [row] = await db
    .update(signatures)
    .set(set)
    .where(and(eq(signatures.id, id), inArray(signatures.status, from)))
    .returning();
  return row ?? null;
}

export async function insertEvent(db: Db, e: typeof signatureEvents.$inferInsert): Promise<SignatureEvent> {
  const [row] = await db.insert(signatureEvents).values(e).returning();
  return row as SignatureEvent;
}

export const eventsOf = (db: Db, signatureIds: string[]) =>
  signatureIds.length
    ? db
        .select({ event: signatureEvents, actorName: users.name })
        .from(signatureEvents)
        .leftJoin(users, eq(users.id, signatureEvents.actorId))
        .where(inArray(signatureEvents.signatureId, signatureIds))
        .orderBy(asc(signatureEvents.at))
    : Promise.resolve([]);

export const ofOrganisation = (db: Db, organisationId: string) =>
  db
    .select()
    .from(signatures)
    .where(eq(signatures.organisationId, organisationId))
    .orderBy(desc(signatures.signedAt));

export async function queue(db: Db, f: { status: SignatureStatus; page: number; pageSize: number }) {
  const where: SQL | undefined = eq(signatures.status, f.status);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: signatures.id,
        status: signatures.status,
        signedAt: signatures.signedAt,
        signerName: signatures.signerName,
        signerTitle: signatures.signerTitle,
        infoRequestedAt: signatures.infoRequestedAt,
        organisationId: organisations.id,
        organisationName: organisations.legalName,
        kbo: organisations.kbo,
      })
      .from(signatures)
      .innerJoin(organisations, eq(organisations.id, signatures.organisationId))
      .where(where)
      .orderBy(f.status === 'pending' ? asc(signatures.signedAt) : desc(signatures.signedAt))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(signatures).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function eventForReceipt(db: Db, eventId: string) {
  const [row] = await db
    .select({ event: signatureEvents, signature: signatures, organisation: organisations })
    .from(signatureEvents)
    .innerJoin(signatures, eq(signatures.id, signatureEvents.signatureId))
    .innerJoin(organisations, eq(organisations.id, signatureEvents.organisationId))
    .where(and(eq(signatureEvents.id, eventId), isNotNull(signatureEvents.ledgerSeq)))
    .limit(1);
  return row ?? null;
}

/** Active and non-reporting signatures, with when the secretariat verified each. */
export const liveForReporting = (db: Db) =>
  db
    .select({
      signatureId: signatures.id,
      organisationId: signatures.organisationId,
      status: signatures.status,
      verifiedAt: signatures.decidedAt,
      signedAt: signatures.signedAt,
    })
    .from(signatures)
    .where(inArray(signatures.status, VERIFIED_STATUSES))
    .orderBy(asc(signatures.decidedAt));

/** Every signature the secretariat verified: when, when it ended, and its organisation's sector and region. */
export const verifiedHistory = (db: Db) =>
  db
    .select({
      organisationId: signatures.organisationId,
      verifiedAt: signatures.decidedAt,
      endedAt: signatures.endedAt,
      status: signatures.status,
      sector: organisations.sector,
      region: organisations.region,
    })
    .from(signatures)
    .innerJoin(organisations, eq(organisations.id, signatures.organisationId))
    .where(and(isNotNull(signatures.decidedAt), inArray(signatures.status, PUBLIC_STATUSES)));

export interface SignatoryFilter {
  statuses: SignatureStatus[];
  sector?: (typeof organisations.$inferSelect)['sector'];
  region?: (typeof organisations.$inferSelect)['region'];
}

/** Organisations whose current signature has one of these statuses, by name, a page at a time. */
export async function signatories(db: Db, f: SignatoryFilter, limit: number, offset: number) {
  const where = and(
    inArray(signatures.status, f.statuses),
    f.sector ? eq(organisations.sector, f.sector) : undefined,
    f.region ? eq(organisations.region, f.region) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        name: organisations.legalName,
        slug: organisations.slug,
        sector: organisations.sector,
        region: organisations.region,
        status: signatures.status,
        verifiedAt: signatures.decidedAt,
      })
      .from(organisations)
      .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
      .where(where)
      .orderBy(asc(organisations.sortName), asc(organisations.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: count() })
      .from(organisations)
      .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The email of the account that signed, for the secretariat's checks. */
export async function signerEmail(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.email ?? null;
}

/** The oldest pending signature other than this one, those not waiting for the organisation's answer first. */
export async function nextPending(db: Db, exceptId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: signatures.id })
    .from(signatures)
    .where(and(eq(signatures.status, 'pending'), ne(signatures.id, exceptId)))
    .orderBy(sql`${signatures.infoRequestedAt} is not null`, asc(signatures.signedAt))
    .limit(1);
  return row?.id ?? null;
}

export async function pendingChange(db: Db, organisationId: string): Promise<IdentityChange | null> {
  const [row] = await db
    .select()
    .from(identityChanges)
    .where(and(eq(identityChanges.organisationId, organisationId), eq(identityChanges.status, 'pending')))
    .limit(1);
  return row ?? null;
}

export async function insertChange(db: Db, c: typeof identityChanges.$inferInsert): Promise<IdentityChange> {
  const [row] = await db.insert(identityChanges).values(c).returning();
  return row as IdentityChange;
}

/** Decides a pending change; returns null if it was no longer pending. */
export async function decideChange(
  db: Db,
  id: string,
  set: Pick<typeof identityChanges.$inferInsert, 'status' | 'decidedAt' | 'decidedBy' | 'note'>,
): Promise<IdentityChange | null> {
  const [row] = await db
    .update(identityChanges)
    .set(set)
    .where(and(eq(identityChanges.id, id), eq(identityChanges.status, 'pending')))
    .returning();
  return row ?? null;
}

/** Proposed changes waiting for the secretariat, oldest first, with the signature page they are decided on. */
export const pendingChanges = (db: Db, limit: number) =>
  db
    .select({
      id: identityChanges.id,
      proposedAt: identityChanges.proposedAt,
      after: identityChanges.after,
      organisationName: organisations.legalName,
      kbo: organisations.kbo,
      signatureId: organisations.currentSignatureId,
    })
    .from(identityChanges)
    .innerJoin(organisations, eq(organisations.id, identityChanges.organisationId))
    .where(eq(identityChanges.status, 'pending'))
    .orderBy(asc(identityChanges.proposedAt))
    .limit(limit);

export async function insertDispute(db: Db, d: typeof kboDisputes.$inferInsert): Promise<KboDispute> {
  const [row] = await db.insert(kboDisputes).values(d).returning();
  return row as KboDispute;
}

export async function dispute(db: Db, id: string): Promise<KboDispute | null> {
  const [row] = await db.select().from(kboDisputes).where(eq(kboDisputes.id, id)).limit(1);
  return row ?? null;
}

export const openDisputes = (db: Db, limit: number) =>
  db
    .select()
    .from(kboDisputes)
    .where(eq(kboDisputes.status, 'open'))
    .orderBy(asc(kboDisputes.createdAt))
    .limit(limit);

export const openDisputesOf = (db: Db, kbo: string) =>
  db
    .select()
    .from(kboDisputes)
    .where(and(eq(kboDisputes.kbo, kbo), eq(kboDisputes.status, 'open')))
    .orderBy(asc(kboDisputes.createdAt));

/** Every organisation name claimants gave for this number. */
export const disputedNames = async (db: Db, kbo: string) =>
  (
    await db
      .selectDistinct({ name: kboDisputes.organisationName })
      .from(kboDisputes)
      .where(eq(kboDisputes.kbo, kbo))
  ).map((r) => r.name);

export async function closeDispute(
  db: Db,
  id: string,
  set: { closedAt: Date; closedBy: string; note: string | null },
): Promise<KboDispute | null> {
  const [row] = await db
    .update(kboDisputes)
    .set({ ...set, status: 'closed' })
    .where(and(eq(kboDisputes.id, id), eq(kboDisputes.status, 'open')))
    .returning();
  return row ?? null;
}

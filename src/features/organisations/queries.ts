import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../platform/auth/schema.ts';
import { signatures } from '../signatures/schema.ts';
import {
  type MemberRole,
  memberships,
  organisationInvitations,
  organisationLogos,
  organisations,
} from './schema.ts';

export type Organisation = typeof organisations.$inferSelect;
export type OrganisationValues = typeof organisations.$inferInsert;

export async function byId(db: Db, id: string): Promise<Organisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row ?? null;
}

export async function byKbo(db: Db, kbo: string): Promise<Organisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.kbo, kbo)).limit(1);
  return row ?? null;
}

export async function kboTaken(db: Db, kbo: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.kbo, kbo))
    .limit(1);
  return !!row && row.id !== exceptId;
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, slug))
    .limit(1);
  return !!row;
}

/** Inserts unless the enterprise number is taken (a concurrent registration); returns the row or null. */
export async function insert(db: Db, o: typeof organisations.$inferInsert): Promise<Organisation | null> {
  const [row] = await db
    .insert(organisations)
    .values(o)
    .onConflictDoNothing({ target: organisations.kbo })
    .returning();
  return row ?? null;
}

export const update = (db: Db, id: string, set: Partial<typeof organisations.$inferInsert>) =>
  db.update(organisations).set(set).where(eq(organisations.id, id));

/** Name and descriptions in each language's configuration, accent-insensitive, name weighted first. */
export const refreshSearch = (db: Db, id: string) =>
  db.execute(sql`
    update organisations set sort_name = lower(unaccent(legal_name)), search =
      setweight(to_tsvector('simple', unaccent(legal_name)), 'A') ||
      setweight(to_tsvector('french', unaccent(coalesce(description->>'fr', ''))), 'B') ||
      setweight(to_tsvector('dutch', unaccent(coalesce(description->>'nl', ''))), 'B') ||
      setweight(to_tsvector('german', unaccent(coalesce(description->>'de', ''))), 'B') ||
      setweight(to_tsvector('english', unaccent(coalesce(description->>'en', ''))), 'B')
    where id = ${id}`);

export const upsertLogo = (
  db: Db,
  organisationId: string,
  mime: 'image/png' | 'image/jpeg',
  bytes: Buffer,
  now: Date,
) =>
  db
    .insert(organisationLogos)
    .values({ organisationId, mime, bytes, updatedAt: now })
    .onConflictDoUpdate({ target: organisationLogos.organisationId, set: { mime, bytes, updatedAt: now } });

export async function logo(db: Db, organisationId: string) {
  const [row] = await db
    .select()
    .from(organisationLogos)
    .where(eq(organisationLogos.organisationId, organisationId))
    .limit(1);
  return row ?? null;
}

export async function roleOf(db: Db, organisationId: string, userId: string): Promise<MemberRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  return row?.role ?? null;
}

export const addMember = (db: Db, organisationId: string, userId: string, role: MemberRole, now: Date) =>
  db
    .insert(memberships)
    .values({ organisationId, userId, role, createdAt: now })
    .onConflictDoUpdate({ target: [memberships.organisationId, memberships.userId], set: { role } });

export const members = (db: Db, organisationId: string) =>
  db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));

export const mine = (db: Db, userId: string) =>
  db
    .select({
      id: organisations.id,
      legalName: organisations.legalName,
      role: memberships.role,
      currentSignatureId: organisations.currentSignatureId,
      signatureStatus: signatures.status,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.legalName));

export const insertInvitation = (db: Db, i: typeof organisationInvitations.$inferInsert) =>
  db.insert(organisationInvitations).values(i);

export const openInvitations = (db: Db, organisationId: string, now: Date) =>
  db
    .select()
    .from(organisationInvitations)
    .where(
      and(
        eq(organisationInvitations.organisationId, organisationId),
        isNull(organisationInvitations.acceptedAt),
        gt(organisationInvitations.expiresAt, now),
      ),
    )
    .orderBy(asc(organisationInvitations.createdAt));

export async function liveInvitation(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ invitation: organisationInvitations, organisationName: organisations.legalName })
    .from(organisationInvitations)
    .innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
    .where(
      and(
        eq(organisationInvitations.tokenHash, tokenHash),
        isNull(organisationInvitations.acceptedAt),
        gt(organisationInvitations.expiresAt, now),
      ),
    )
    .limit(1);
  return row ?? null;
}

export const markAccepted = (db: Db, id: string, now: Date) =>
  db
    .update(organisationInvitations)
    .set({ acceptedAt: now })
    .where(and(eq(organisationInvitations.id, id), isNull(organisationInvitations.acceptedAt)))
    .returning({ id: organisationInvitations.id });

/** The current signature status of each organisation (those that never signed are absent). */
export const signatureStatuses = (db: Db, organisationIds: string[]) =>
  organisationIds.length
    ? db
        .select({ id: organisations.id, status: signatures.status })
        .from(organisations)
        .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
        .where(inArray(organisations.id, organisationIds))
    : Promise.resolve([]);

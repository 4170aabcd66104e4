import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../platform/auth/schema.ts';
import { memberships, organisations } from '../../organisations/schema.ts';
import {
  ethicsSignatures,
  facilitatorInvitations,
  facilitators,
  networkCoordinators,
  networkStructures,
  networks,
} from '../schema.ts';

export type EthicsSignature = typeof ethicsSignatures.$inferSelect;
export type Network = typeof networks.$inferSelect;

const structureColumns = { id: organisations.id, name: organisations.legalName, kbo: organisations.kbo };

export const structure = async (db: Db, id: string) =>
  (await db.select(structureColumns).from(organisations).where(eq(organisations.id, id)).limit(1))[0] ?? null;

/** The structures a person helps at, by name. */
export const helpsAt = (db: Db, userId: string) =>
  db
    .select(structureColumns)
    .from(facilitators)
    .innerJoin(organisations, eq(organisations.id, facilitators.organisationId))
    .where(eq(facilitators.userId, userId))
    .orderBy(asc(organisations.legalName));

/** The structures a person manages (a representative or editor of the organisation), by name. */
export const manages = (db: Db, userId: string) =>
  db
    .select(structureColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.legalName));

export const isFacilitator = async (db: Db, organisationId: string, userId: string) =>
  (
    await db
      .select({ u: facilitators.userId })
      .from(facilitators)
      .where(and(eq(facilitators.organisationId, organisationId), eq(facilitators.userId, userId)))
      .limit(1)
  ).length > 0;

export const addFacilitator = (db: Db, organisationId: string, userId: string, now: Date) =>
  db.insert(facilitators).values({ organisationId, userId, joinedAt: now }).onConflictDoNothing();

export const removeFacilitator = (db: Db, organisationId: string, userId: string) =>
  db
    .delete(facilitators)
    .where(and(eq(facilitators.organisationId, organisationId), eq(facilitators.userId, userId)))
    .returning({ userId: facilitators.userId });

/** A structure's digital helpers, each with their signature of the given version, if any. */
export const team = (db: Db, organisationId: string, version: number) =>
  db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      joinedAt: facilitators.joinedAt,
      signatureId: ethicsSignatures.id,
      signedAt: ethicsSignatures.signedAt,
      countersignedAt: ethicsSignatures.countersignedAt,
    })
    .from(facilitators)
    .innerJoin(users, eq(users.id, facilitators.userId))
    .leftJoin(
      ethicsSignatures,
      and(
        eq(ethicsSignatures.organisationId, facilitators.organisationId),
        eq(ethicsSignatures.userId, facilitators.userId),
        eq(ethicsSignatures.version, version),
      ),
    )
    .where(eq(facilitators.organisationId, organisationId))
    .orderBy(asc(users.name));

export const insertInvitation = (db: Db, i: typeof facilitatorInvitations.$inferInsert) =>
  db.insert(facilitatorInvitations).values(i);

export const openInvitations = (db: Db, organisationId: string, now: Date) =>
  db
    .select({ email: facilitatorInvitations.email, expiresAt: facilitatorInvitations.expiresAt })
    .from(facilitatorInvitations)
    .where(
      and(
        eq(facilitatorInvitations.organisationId, organisationId),
        isNull(facilitatorInvitations.acceptedAt),
        gt(facilitatorInvitations.expiresAt, now),
      ),
    )
    .orderBy(desc(facilitatorInvitations.createdAt))
    .limit(50);

export const liveInvitation = async (db: Db, tokenHash: string, now: Date) =>
  (
    await db
      .select({ invitation: facilitatorInvitations, structureName: organisations.legalName })
      .from(facilitatorInvitations)
      .innerJoin(organisations, eq(organisations.id, facilitatorInvitations.organisationId))
      .where(
        and(
          eq(facilitatorInvitations.tokenHash, tokenHash),
          isNull(facilitatorInvitations.acceptedAt),
          gt(facilitatorInvitations.expiresAt, now),
        ),
      )
      .limit(1)
  )[0] ?? null;

export const markAccepted = (db: Db, id: string, now: Date) =>
  db
    .update(facilitatorInvitations)
    .set({ acceptedAt: now })
    .where(and(eq(facilitatorInvitations.id, id), isNull(facilitatorInvitations.acceptedAt)))
    .returning({ id: facilitatorInvitations.id });

// Code of ethics signatures.

export const insertSignature = async (db: Db, s: typeof ethicsSignatures.$inferInsert) =>
  (await db.insert(ethicsSignatures).values(s).onConflictDoNothing().returning())[0] ?? null;

export const signature = async (db: Db, id: string) =>
  (await db.select().from(ethicsSignatures).where(eq(ethicsSignatures.id, id)).limit(1))[0] ?? null;

export const countersign = (db: Db, id: string, by: string, now: Date, ledgerSeq: number) =>
  db
    .update(ethicsSignatures)
    .set({ countersignedBy: by, countersignedAt: now, ledgerSeq })
    .where(and(eq(ethicsSignatures.id, id), isNull(ethicsSignatures.countersignedAt)))
    .returning({ id: ethicsSignatures.id });

/** A person's signatures, newest version first, with the structure's name. */
export const signaturesOf = (db: Db, userId: string) =>
  db
    .select({ signature: ethicsSignatures, structureName: organisations.legalName })
    .from(ethicsSignatures)
    .innerJoin(organisations, eq(organisations.id, ethicsSignatures.organisationId))
    .where(eq(ethicsSignatures.userId, userId))
    .orderBy(desc(ethicsSignatures.version), asc(organisations.legalName));

/** How many of a structure's current digital helpers hold a countersigned signature, per version. */
export const signedByVersion = (db: Db, organisationId: string) =>
  db
    .select({ version: ethicsSignatures.version, n: count() })
    .from(ethicsSignatures)
    .innerJoin(
      facilitators,
      and(
        eq(facilitators.organisationId, ethicsSignatures.organisationId),
        eq(facilitators.userId, ethicsSignatures.userId),
      ),
    )
    .where(
      and(eq(ethicsSignatures.organisationId, organisationId), isNotNull(ethicsSignatures.countersignedAt)),
    )
    .groupBy(ethicsSignatures.version)
    .orderBy(desc(ethicsSignatures.version));

export const teamSize = async (db: Db, organisationId: string) =>
  (
    await db.select({ n: count() }).from(facilitators).where(eq(facilitators.organisationId, organisationId))
  )[0]?.n ?? 0;

// Networks.

export const insertNetwork = async (db: Db, n: typeof networks.$inferInsert) =>
  (await db.insert(networks).values(n).returning())[0] as Network;

export const network = async (db: Db, id: string) =>
  (await db.select().from(networks).where(eq(networks.id, id)).limit(1))[0] ?? null;

export const networkPage = (db: Db, limit: number, offset: number) =>
  db
    .select({ id: networks.id, name: networks.name, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(networks)
    .orderBy(asc(networks.name))
    .limit(limit)
    .offset(offset);

export const networkMembers = (db: Db, networkId: string) =>
  db
    .select(structureColumns)
    .from(networkStructures)
    .innerJoin(organisations, eq(organisations.id, networkStructures.organisationId))
    .where(eq(networkStructures.networkId, networkId))
    .orderBy(asc(organisations.legalName));

export const addStructure = (db: Db, networkId: string, organisationId: string, now: Date) =>
  db.insert(networkStructures).values({ networkId, organisationId, addedAt: now }).onConflictDoNothing();

export const removeStructure = (db: Db, networkId: string, organisationId: string) =>
  db
    .delete(networkStructures)
    .where(
      and(eq(networkStructures.networkId, networkId), eq(networkStructures.organisationId, organisationId)),
    );

export const coordinators = (db: Db, networkId: string) =>
  db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(networkCoordinators)
    .innerJoin(users, eq(users.id, networkCoordinators.userId))
    .where(eq(networkCoordinators.networkId, networkId))
    .orderBy(asc(users.name));

export const addCoordinator = (db: Db, networkId: string, userId: string, now: Date) =>
  db.insert(networkCoordinators).values({ networkId, userId, addedAt: now }).onConflictDoNothing();

export const removeCoordinator = (db: Db, networkId: string, userId: string) =>
  db
    .delete(networkCoordinators)
    .where(and(eq(networkCoordinators.networkId, networkId), eq(networkCoordinators.userId, userId)));

/** The networks a person coordinates. */
export const coordinates = (db: Db, userId: string) =>
  db
    .select({ id: networks.id, name: networks.name })
    .from(networkCoordinators)
    .innerJoin(networks, eq(networks.id, networkCoordinators.networkId))
    .where(eq(networkCoordinators.userId, userId))
    .orderBy(asc(networks.name));

export const userByEmail = async (db: Db, email: string) =>
  (await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1))[0] ?? null;

export const structuresByIds = (db: Db, ids: string[]) =>
  ids.length ? db.select(structureColumns).from(organisations).where(inArray(organisations.id, ids)) : [];

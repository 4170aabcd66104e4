import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { organisations, type Region, type Sector } from '../organisations/schema.ts';

/**
 * pending → active → (non_reporting → lapsed) | withdrawn; pending → rejected. The secretariat may suspend an
 * active or non-reporting signature (listed, with its public reason) and lift the suspension, or revoke it (ended,
 * and no longer listed).
 */
export const SIGNATURE_STATUSES = [
  'pending',
  'active',
  'rejected',
  'withdrawn',
  'non_reporting',
  'lapsed',
  'suspended',
  'revoked',
] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** The statuses of an organisation's one live signature: at most one per organisation (see the index below). */
export const LIVE_STATUSES = [
  'pending',
  'active',
  'non_reporting',
  'suspended',
] as const satisfies SignatureStatus[];
/** Verified and in force: the organisation is a signatory in good standing, or one late with its report. */
export const VERIFIED_STATUSES = ['active', 'non_reporting'] as const satisfies SignatureStatus[];
/**
 * What the register shows. A revoked or rejected signature is not shown at all (the ledger keeps its history),
 * since it may carry an identity that was never the signatory's.
 */
export const PUBLIC_STATUSES = [
  'active',
  'non_reporting',
  'suspended',
  'lapsed',
  'withdrawn',
] as const satisfies SignatureStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const SIGNATURE_EVENTS = [
  'signed',
  'info_requested',
  'info_provided',
  'verified',
  'rejected',
  'withdrawn',
  'non_reporting',
  'reinstated',
  'lapsed',
  'identity_changed',
  'suspended',
  'suspension_lifted',
  'revoked',
] as const;
export type SignatureEventType = (typeof SIGNATURE_EVENTS)[number];

export const signatures = pgTable(
  'signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    charterVersion: integer('charter_version').notNull(),
    charterHash: text('charter_hash').notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    /**
     * 32 random bytes (hex) for the ledger's commitment to the signer's name and title; secret until verification
     * publishes it. Null for signatures made before commitments existed, whose ledger entries name the signer.
     */
    signerSalt: text('signer_salt'),
    signedBy: uuid('signed_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: SIGNATURE_STATUSES }).notNull(),
    signedAt: ts('signed_at').notNull(),
    /** Kept for the secretariat's checks only; never shown publicly nor exported. */
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** Set while the secretariat waits for an answer from the organisation. */
    infoRequestedAt: ts('info_requested_at'),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    endedAt: ts('ended_at'),
    /** Why the secretariat suspended or revoked the signature; public, like the ledger entry that says it. */
    publicReason: text('public_reason'),
  },
  (t) => [
    index('signatures_org_idx').on(t.organisationId),
    index('signatures_status_idx').on(t.status, t.signedAt),
    // One live signature per organisation, whatever races: signing twice is refused by the database too.
    uniqueIndex('signatures_one_live_idx')
      .on(t.organisationId)
      .where(sql`status in ('pending', 'active', 'non_reporting', 'suspended')`),
  ],
);

/** Every step of a signature's life; each has a receipt, and most a ledger entry. */
export const signatureEvents = pgTable(
  'signature_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    signatureId: uuid('signature_id')
      .notNull()
      .references(() => signatures.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    type: text('type', { enum: SIGNATURE_EVENTS }).notNull(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** The secretariat's note or reason, or the organisation's answer. Private to both. */
    note: text('note'),
    ledgerSeq: bigint('ledger_seq', { mode: 'number' }),
  },
  (t) => [index('signature_events_sig_idx').on(t.signatureId, t.at)],
);

/** What the secretariat checks of an organisation: changing it once checked needs the secretariat's approval. */
export interface Identity {
  legalName: string;
  kbo: string;
  sector: Sector;
  region: Region;
  /** The place goes with the region it gives (the region comes from the postcode). */
  postcode: string;
  commune: string;
}

export const CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;

/** A change to a checked identity proposed by the organisation's members, waiting for the secretariat. */
export const identityChanges = pgTable(
  'identity_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    signatureId: uuid('signature_id')
      .notNull()
      .references(() => signatures.id, { onDelete: 'cascade' }),
    status: text('status', { enum: CHANGE_STATUSES }).notNull(),
    before: jsonb('before').$type<Identity>().notNull(),
    after: jsonb('after').$type<Identity>().notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    proposedAt: ts('proposed_at').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: ts('decided_at'),
    /** The secretariat's note or reason, sent to the members. */
    note: text('note'),
  },
  (t) => [
    uniqueIndex('identity_changes_one_pending_idx').on(t.organisationId).where(sql`status = 'pending'`),
    index('identity_changes_status_idx').on(t.status, t.proposedAt),
  ],
);

/**
 * Someone says an enterprise number registered here is their organisation's. The claimant may have no account;
 * what they give is for the secretariat only.
 */
export const kboDisputes = pgTable(
  'kbo_disputes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kbo: text('kbo').notNull(),
    /** The legal name of the claimant's organisation, as they typed it. */
    organisationName: text('organisation_name').notNull(),
    claimantName: text('claimant_name').notNull(),
    claimantRole: text('claimant_role').notNull(),
    contact: text('contact').notNull(),
    message: text('message'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    ip: text('ip'),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    createdAt: ts('created_at').notNull(),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: ts('closed_at'),
    note: text('note'),
  },
  (t) => [
    index('kbo_disputes_status_idx').on(t.status, t.createdAt),
    index('kbo_disputes_kbo_idx').on(t.kbo),
  ],
);

import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { organisations } from '../organisations/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** pending → active → (non_reporting → lapsed) | withdrawn; pending → rejected. */
export const SIGNATURE_STATUSES = [
  'pending',
  'active',
  'rejected',
  'withdrawn',
  'non_reporting',
  'lapsed',
] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

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
  },
  (t) => [
    index('signatures_org_idx').on(t.organisationId),
    index('signatures_status_idx').on(t.status, t.signedAt),
    // One live signature per organisation, whatever races: signing twice is refused by the database too.
    uniqueIndex('signatures_one_live_idx')
      .on(t.organisationId)
      .where(sql`status in ('pending', 'active', 'non_reporting')`),
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

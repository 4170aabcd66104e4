import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { helpPoints } from '../help-points/schema.ts';
import { organisations } from '../organisations/schema.ts';
import {
  AGE_BANDS,
  AUTONOMY,
  EQUIPMENT,
  GENDERS,
  KINDS,
  LEVELS,
  PLACES,
  REFERRALS,
  SITUATIONS,
  VISITS,
} from './taxonomy.ts';

/** A group of host structures: a region's public digital spaces, a city's digital-inclusion coordination. */
export const networks = pgTable('networks', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: ts('created_at').notNull(),
});

export const networkStructures = pgTable(
  'network_structures',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    addedAt: ts('added_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.organisationId] }),
    index('network_structures_org_idx').on(t.organisationId),
  ],
);

/** Coordinators see their network's figures, never one digital helper's entries. */
export const networkCoordinators = pgTable(
  'network_coordinators',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedAt: ts('added_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.networkId, t.userId] }),
    index('network_coordinators_user_idx').on(t.userId),
  ],
);

/** A digital helper attached to a host structure (any organisation; its members manage it). */
export const facilitators = pgTable(
  'facilitators',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: ts('joined_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('facilitators_user_idx').on(t.userId)],
);

export const facilitatorInvitations = pgTable(
  'facilitator_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
  },
  (t) => [index('facilitator_invitations_org_idx').on(t.organisationId).where(sql`accepted_at is null`)],
);

/**
 * A digital helper's signature of one version of the code of ethics for one structure, complete once a manager
 * of the structure countersigns. The salt keeps the ledger's hash of the helper's id from being tested against
 * known ids.
 */
export const ethicsSignatures = pgTable(
  'ethics_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    versionHash: text('version_hash').notNull(),
    salt: text('salt').notNull(),
    signedAt: ts('signed_at').notNull(),
    countersignedBy: uuid('countersigned_by').references(() => users.id, { onDelete: 'set null' }),
    countersignedAt: ts('countersigned_at'),
    ledgerSeq: bigint('ledger_seq', { mode: 'number' }),
  },
  (t) => [
    uniqueIndex('ethics_signatures_once_idx').on(t.organisationId, t.userId, t.version),
    index('ethics_signatures_user_idx').on(t.userId),
  ],
);

/**
 * One support session. Nothing here may identify the person helped: no name, contact, birth date, national
 * number or address (schema.test.ts reads the columns). Individual sessions hold the
 * person's anonymous attributes; collective ones hold counts in accompaniment_counts.
 */
export const accompaniments = pgTable(
  'accompaniments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The digital helper who logged it: their own figures, their 30 days to correct it. */
    facilitatorId: uuid('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
    /** Sent with every entry, so that a repeated send (offline, a double click) makes no second one. */
    clientKey: uuid('client_key').notNull(),
    kind: text('kind', { enum: KINDS }).notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    durationMin: integer('duration_min').notNull(),
    place: text('place', { enum: PLACES }).notNull(),
    placePostcode: text('place_postcode'),
    /** Which of the structure's help points, when the session was at one (and the structure has any). */
    helpPointId: uuid('help_point_id').references(() => helpPoints.id, { onDelete: 'set null' }),
    themes: text('themes').array().notNull(),
    equipment: text('equipment', { enum: EQUIPMENT }).notNull(),
    autonomy: text('autonomy', { enum: AUTONOMY }).notNull(),
    referral: text('referral', { enum: REFERRALS }).notNull(),
    /** People reached: 1 for an individual session. */
    participants: integer('participants').notNull(),
    ageBand: text('age_band', { enum: AGE_BANDS }),
    gender: text('gender', { enum: GENDERS }),
    situation: text('situation', { enum: SITUATIONS }),
    visit: text('visit', { enum: VISITS }),
    residencePostcode: text('residence_postcode'),
    title: text('title'),
    level: text('level', { enum: LEVELS }),
    note: text('note'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('accompaniments_client_key_idx').on(t.facilitatorId, t.clientKey),
    index('accompaniments_org_day_idx').on(t.organisationId, t.happenedOn),
    index('accompaniments_day_idx').on(t.happenedOn),
    index('accompaniments_facilitator_idx').on(t.facilitatorId, t.createdAt),
    index('accompaniments_help_point_idx')
      .on(t.helpPointId, t.happenedOn)
      .where(sql`help_point_id is not null`),
    check('accompaniments_duration_check', sql`${t.durationMin} between 1 and 720`),
    check('accompaniments_participants_check', sql`${t.participants} between 1 and 500`),
  ],
);

/** A collective session's people, counted per attribute (age band, gender, situation, first visit or not). */
export const accompanimentCounts = pgTable(
  'accompaniment_counts',
  {
    accompanimentId: uuid('accompaniment_id')
      .notNull()
      .references(() => accompaniments.id, { onDelete: 'cascade' }),
    dimension: text('dimension', { enum: ['age', 'gender', 'situation', 'visit'] }).notNull(),
    value: text('value').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accompanimentId, t.dimension, t.value] })],
);

/**
 * The log's figures kept as running sums per structure, month, kind and attribute, so that the regional and
 * national figures read thousands of rows rather than every session ever logged. The log's writes keep them
 * in step in the same transaction (queries/tallies.ts); `sessions` counts sessions (0 on a group's counts),
 * `people` the people reached (a group's participants, or its counts per attribute).
 */
export const accompanimentTallies = pgTable(
  'accompaniment_tallies',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The first day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: KINDS }).notNull(),
    dimension: text('dimension').notNull(),
    value: text('value').notNull(),
    sessions: integer('sessions').notNull(),
    people: integer('people').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.month, t.kind, t.dimension, t.value] })],
);

/** A revocable link to a structure's or a network's statistics, small groups hidden. */
export const statsShareLinks = pgTable('stats_share_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  scope: text('scope', { enum: ['structure', 'network'] }).notNull(),
  subjectId: uuid('subject_id').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: ts('created_at').notNull(),
  revokedAt: ts('revoked_at'),
});

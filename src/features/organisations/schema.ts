import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, ts, tsvector } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';

export const SECTORS = ['private', 'public', 'associative'] as const;
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export const REGIONS = ['brussels', 'flanders', 'wallonia'] as const;
export const MEMBER_ROLES = ['representative', 'editor'] as const;
export type Sector = (typeof SECTORS)[number];
export type SizeBand = (typeof SIZE_BANDS)[number];
export type Region = (typeof REGIONS)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type Descriptions = Partial<Record<'fr' | 'nl' | 'de' | 'en', string>>;

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    legalName: text('legal_name').notNull(),
    /** Belgian enterprise number, 10 digits without dots. */
    kbo: text('kbo').notNull().unique(),
    sector: text('sector', { enum: SECTORS }).notNull(),
    sizeBand: text('size_band', { enum: SIZE_BANDS }).notNull(),
    region: text('region', { enum: REGIONS }).notNull(),
    postcode: text('postcode').notNull(),
    commune: text('commune').notNull(),
    website: text('website'),
    description: jsonb('description').$type<Descriptions>().notNull().default({}),
    /** When the logo last changed (it versions the logo's URL); null without a logo. */
    logoUpdatedAt: ts('logo_updated_at'),
    /** The signature that gives the organisation its public status (the latest one). */
    currentSignatureId: uuid('current_signature_id'),
    /** Name and descriptions in every language, accent-insensitive; written by queries.refreshSearch. */
    search: tsvector('search'),
    /** The name lower-cased without accents, so that lists sort as people expect (Épicerie before Tech). */
    sortName: text('sort_name'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('organisations_search_idx').using('gin', t.search),
    index('organisations_sort_name_idx').on(t.sortName),
  ],
);

export const organisationLogos = pgTable('organisation_logos', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  mime: text('mime', { enum: ['image/png', 'image/jpeg'] }).notNull(),
  bytes: bytea('bytes').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const memberships = pgTable(
  'memberships',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBER_ROLES }).notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const organisationInvitations = pgTable(
  'organisation_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: MEMBER_ROLES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
  },
  (t) => [index('org_invitations_org_idx').on(t.organisationId).where(sql`accepted_at is null`)],
);

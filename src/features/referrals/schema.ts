import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { organisations } from '../organisations/schema.ts';

/**
 * An invitation to another organisation to sign the charter (commitment C5). Its link pre-fills registration;
 * the organisation registered through it is remembered, so that the inviter's profile can count it once active.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    /** The invited organisation's name as the inviter wrote it; it pre-fills the registration form. */
    invitedName: text('invited_name'),
    message: text('message'),
    lang: text('lang').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    joinedOrganisationId: uuid('joined_organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    joinedAt: ts('joined_at'),
  },
  (t) => [
    index('referrals_org_idx').on(t.organisationId, t.createdAt),
    index('referrals_joined_idx').on(t.joinedOrganisationId),
  ],
);

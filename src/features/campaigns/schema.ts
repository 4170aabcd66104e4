import { date, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import type { Localized } from '../../platform/i18n/index.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import { organisations } from '../organisations/schema.ts';

export interface Resource {
  label: string;
  url: string;
}

/** An awareness campaign run by the secretariat (commitments C6 and C8), e.g. an anti-phishing week. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: jsonb('title').$type<Localized>().notNull(),
    description: jsonb('description').$type<Localized>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    commitments: jsonb('commitments').$type<CommitmentCode[]>().notNull(),
    resources: jsonb('resources').$type<Resource[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('campaigns_period_idx').on(t.endsOn, t.startsOn)],
);

/** A signatory's declared support, with what it does for the campaign. */
export const campaignSupports = pgTable(
  'campaign_supports',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    contribution: text('contribution').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.organisationId] }),
    index('campaign_supports_org_idx').on(t.organisationId),
  ],
);

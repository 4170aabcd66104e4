import { boolean, doublePrecision, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import type { Localized } from '../../platform/i18n/index.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';

/** A suggested objective, written by the secretariat in up to four languages; signatories adopt it in one click. */
export const objectiveTemplates = pgTable(
  'objective_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitment: text('commitment', { enum: COMMITMENT_CODES }).notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    description: jsonb('description').$type<Localized>().notNull().default({}),
    indicator: jsonb('indicator').$type<Localized>().notNull().default({}),
    unit: text('unit'),
    target: doublePrecision('target'),
    /** Drafts are seen by the secretariat only. */
    published: boolean('published').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('objective_templates_commitment_idx').on(t.commitment, t.published)],
);

import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { organisations } from '../organisations/schema.ts';
import type { Answers, Scores } from './scoring.ts';

export const ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;

/**
 * One Digital Inclusion Index self-assessment (commitment C7): answers saved page by page while a draft, then
 * submitted with its scores, which stay as they were computed with that version of the questionnaire.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    status: text('status', { enum: ASSESSMENT_STATUSES }).notNull(),
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
    scores: jsonb('scores').$type<Scores>(),
    /** The overall score, apart, for medians and spreads across organisations. */
    overall: integer('overall'),
    startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    submittedAt: ts('submitted_at'),
  },
  (t) => [
    index('assessments_org_idx').on(t.organisationId, t.submittedAt),
    // One draft at a time per organisation: starting again resumes it.
    uniqueIndex('assessments_one_draft_idx').on(t.organisationId).where(sql`status = 'draft'`),
  ],
);

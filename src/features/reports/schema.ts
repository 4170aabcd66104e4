import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { organisations } from '../organisations/schema.ts';
import type { ReportContent } from './content.ts';

export const REPORT_STATUSES = ['draft', 'submitted'] as const;
/** The parts of a yearly report; the representative chooses which the public sees. */
export const REPORT_PARTS = ['statement', 'plan', 'training', 'engagement', 'practices', 'index'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

/**
 * A signatory's yearly progress report (commitment C9), named by the year it is due in. While a draft it holds
 * the representative's statement; on submission the platform's figures for the period are frozen in `content`.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** The period the report covers: from the previous report's due date (or the signature) to this one's. */
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull(),
    statement: text('statement'),
    publicParts: jsonb('public_parts').$type<ReportPart[]>().notNull(),
    content: jsonb('content').$type<ReportContent>(),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: ts('submitted_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('reports_org_year_idx').on(t.organisationId, t.year),
    index('reports_year_status_idx').on(t.year, t.status),
  ],
);

/** The reminders already sent for one organisation's report of one year, so that each goes out once. */
export const REMINDERS = ['due_30', 'due_7', 'due_0'] as const;
export type Reminder = (typeof REMINDERS)[number];
export const reportReminders = pgTable(
  'report_reminders',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    kind: text('kind', { enum: REMINDERS }).notNull(),
    sentAt: ts('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year, t.kind] })],
);

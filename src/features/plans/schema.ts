import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import { organisations } from '../organisations/schema.ts';
import { objectiveTemplates } from '../templates/schema.ts';

export { COMMITMENT_CODES };

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An objective under one commitment; its progress comes from its indicator, or from its actions. */
export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    commitment: text('commitment', { enum: COMMITMENT_CODES }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    indicator: text('indicator'),
    unit: text('unit'),
    baseline: doublePrecision('baseline'),
    target: doublePrecision('target'),
    deadline: date('deadline', { mode: 'string' }),
    /** Private by default: the organisation chooses what its public profile shows. */
    isPublic: boolean('is_public').notNull().default(false),
    /** The suggested objective it was adopted from, if any. */
    templateId: uuid('template_id').references(() => objectiveTemplates.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('objectives_org_idx').on(t.organisationId, t.commitment)],
);

export const actions = pgTable(
  'actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    owner: text('owner'),
    startDate: date('start_date', { mode: 'string' }),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('planned'),
    evidence: jsonb('evidence').$type<string[]>().notNull().default([]),
    isPublic: boolean('is_public').notNull().default(false),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('actions_objective_idx').on(t.objectiveId), index('actions_org_idx').on(t.organisationId)],
);

/** A dated note on an objective, with the indicator's value that day when it has one. */
export const progressUpdates = pgTable(
  'progress_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    value: doublePrecision('value'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('progress_updates_objective_idx').on(t.objectiveId, t.on)],
);

export const TRAINING_AUDIENCES = ['employees', 'managers', 'volunteers'] as const;

/** Internal training (commitment C4): one row per session. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    on: date('on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    hours: doublePrecision('hours').notNull(),
    staffTrained: integer('staff_trained').notNull(),
    audience: text('audience', { enum: TRAINING_AUDIENCES }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('training_sessions_org_idx').on(t.organisationId, t.on)],
);

/** The trust and safety checklist (commitment C8): a fixed list of measures, each with its status. */
export const SAFETY_MEASURES = [
  'phishing_awareness',
  'secure_contact',
  'assisted_alternative',
  'staff_security_training',
  'fraud_reporting',
  'plain_privacy',
] as const;
export const SAFETY_STATUSES = ['not_started', 'planned', 'in_place'] as const;

export const safetyMeasures = pgTable(
  'safety_measures',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    measure: text('measure', { enum: SAFETY_MEASURES }).notNull(),
    status: text('status', { enum: SAFETY_STATUSES }).notNull(),
    note: text('note'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.measure] })],
);

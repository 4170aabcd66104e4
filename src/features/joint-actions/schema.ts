import { date, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { obstacles } from '../obstacles/schema.ts';
import { organisations } from '../organisations/schema.ts';

/** proposed → running → completed, or abandoned at any point before completion. */
export const JOINT_ACTION_STATUSES = ['proposed', 'running', 'completed', 'abandoned'] as const;
export type JointActionStatus = (typeof JOINT_ACTION_STATUSES)[number];

/** Signatories joining forces against one or more obstacles (commitment C2). */
export const jointActions = pgTable(
  'joint_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The signatory that proposed it; its members steer the status. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    goal: text('goal').notNull(),
    plan: text('plan').notNull(),
    needs: text('needs'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: JOINT_ACTION_STATUSES }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('joint_actions_status_idx').on(t.status, t.createdAt),
    index('joint_actions_org_idx').on(t.organisationId),
  ],
);

export const jointActionObstacles = pgTable(
  'joint_action_obstacles',
  {
    jointActionId: uuid('joint_action_id')
      .notNull()
      .references(() => jointActions.id, { onDelete: 'cascade' }),
    obstacleId: uuid('obstacle_id')
      .notNull()
      .references(() => obstacles.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.jointActionId, t.obstacleId] }),
    index('joint_action_obstacles_obstacle_idx').on(t.obstacleId),
  ],
);

/** The organisations in a joint action, the proposer included, each with what it brings. */
export const jointActionMembers = pgTable(
  'joint_action_members',
  {
    jointActionId: uuid('joint_action_id')
      .notNull()
      .references(() => jointActions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    contribution: text('contribution').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    joinedAt: ts('joined_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.jointActionId, t.organisationId] }),
    index('joint_action_members_org_idx').on(t.organisationId),
  ],
);

/** News posted by a member organisation; public with the action. */
export const jointActionUpdates = pgTable(
  'joint_action_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jointActionId: uuid('joint_action_id')
      .notNull()
      .references(() => jointActions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('joint_action_updates_action_idx').on(t.jointActionId, t.createdAt)],
);

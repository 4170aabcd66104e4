import { pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';

export const FOLLOW_KINDS = ['obstacle', 'commitment'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

/** A person follows an obstacle (by id) or a commitment (by code) and gets the weekly digest about it. */
export const follows = pgTable(
  'follows',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FOLLOW_KINDS }).notNull(),
    ref: text('ref').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.ref] })],
);

/**
 * One row per weekly digest sent, keyed by the Monday that starts the week: the instance that inserts the row
 * sends that week's digest, so several instances never send it twice.
 */
export const digestRuns = pgTable('digest_runs', {
  weekOf: text('week_of').primaryKey(),
  sentAt: ts('sent_at').notNull(),
});

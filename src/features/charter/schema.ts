import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import type { CharterTexts } from './content.ts';

/** Each published version of the charter, with its text in every language as it was published. */
export const charterVersions = pgTable('charter_versions', {
  version: integer('version').primaryKey(),
  contentHash: text('content_hash').notNull().unique(),
  texts: jsonb('texts').$type<CharterTexts>().notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
  publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
});

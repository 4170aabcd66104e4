import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import type { Localized } from '../../platform/i18n/index.ts';

/** The pages every footer links to; their paths are their names (`/fr/accessibility`, …). */
export const SITE_PAGES = ['accessibility', 'privacy', 'legal', 'contact'] as const;
export type SitePage = (typeof SITE_PAGES)[number];

/**
 * A footer page as the secretariat wrote it: Markdown in up to four languages. A page without a row shows the
 * default text (content.ts), so a new installation has honest pages from its first start.
 */
export const sitePages = pgTable('site_pages', {
  slug: text('slug').$type<SitePage>().primaryKey(),
  body: jsonb('body').$type<Localized>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

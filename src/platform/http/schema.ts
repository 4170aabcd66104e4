import { pgTable, text } from 'drizzle-orm/pg-core';

/** Instance-wide values that every app instance must share, such as the cookie-signing secret. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

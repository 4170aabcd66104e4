import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Instance-wide values that every app instance must share, such as the cookie-signing secret. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Rate-limit counters shared by every instance when there is no Redis: one row per key and window. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true, mode: 'date' }).notNull(),
});

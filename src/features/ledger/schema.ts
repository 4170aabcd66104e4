import { bigint, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The append-only, hash-chained ledger of signature events:
 * entry_hash = SHA-256(prev_hash ‖ canonical JSON of payload). A trigger refuses updates and deletes.
 */
export const ledgerEntries = pgTable('ledger_entries', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  prevHash: text('prev_hash').notNull(),
  entryHash: text('entry_hash').notNull().unique(),
});

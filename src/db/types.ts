import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Every time is a moment with its zone (timestamptz), read as a Date. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Binary data (logos, attachments), kept in the database so that every instance serves the same files. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** A full-text search document; written with SQL (to_tsvector), never read as a value. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import type { Localized } from '../../platform/i18n/index.ts';

/** The catalogue of obstacles to digital inclusion (commitment C2), kept by the secretariat in four languages. */
export const obstacles = pgTable('obstacles', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: jsonb('name').$type<Localized>().notNull(),
  description: jsonb('description').$type<Localized>().notNull(),
  /** The order of the catalogue. */
  position: integer('position').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

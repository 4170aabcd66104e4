import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, ts, tsvector } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { LOCALES } from '../../platform/i18n/index.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import { obstacles } from '../obstacles/schema.ts';
import { organisations, REGIONS, SECTORS } from '../organisations/schema.ts';

export const TARGET_GROUPS = [
  'seniors',
  'job_seekers',
  'low_literacy',
  'disabilities',
  'newcomers',
  'young_people',
  'low_income',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
/** submitted → published, or returned with the secretariat's comment (then submitted again once edited). */
export const PRACTICE_STATUSES = ['submitted', 'published', 'returned'] as const;

/** A good practice a signatory shares (commitment C1), moderated by the secretariat before it is public. */
export const practices = pgTable(
  'practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Markdown, rendered with raw HTML off. */
    body: text('body').notNull(),
    lang: text('lang', { enum: LOCALES }).notNull(),
    commitments: jsonb('commitments').$type<CommitmentCode[]>().notNull(),
    targetGroups: jsonb('target_groups').$type<TargetGroup[]>().notNull(),
    sector: text('sector', { enum: SECTORS }).notNull(),
    region: text('region', { enum: REGIONS }).notNull(),
    results: text('results'),
    contact: text('contact'),
    links: jsonb('links').$type<string[]>().notNull().default([]),
    status: text('status', { enum: PRACTICE_STATUSES }).notNull(),
    moderationComment: text('moderation_comment'),
    /** Title, summary and body in the practice's own language configuration, accent-insensitive. */
    search: tsvector('search'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    publishedAt: ts('published_at'),
  },
  (t) => [
    // One search index per language, of published practices only: a search reads, for each language, the index of
    // the practices it may find, and the index alone answers their status and language.
    ...LOCALES.map((l) =>
      index(`practices_search_${l}_idx`)
        .using('gin', t.search)
        .where(sql.raw(`status = 'published' and lang = '${l}'`)),
    ),
    index('practices_status_idx').on(t.status, t.publishedAt),
    index('practices_org_idx').on(t.organisationId),
  ],
);

export const practiceObstacles = pgTable(
  'practice_obstacles',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    obstacleId: uuid('obstacle_id')
      .notNull()
      .references(() => obstacles.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.obstacleId] }),
    index('practice_obstacles_obstacle_idx').on(t.obstacleId),
  ],
);

/** A PDF attached to a practice (at most 5 MB, checked by its bytes). */
export const practiceAttachments = pgTable(
  'practice_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('practice_attachments_practice_idx').on(t.practiceId)],
);

/** "We adopted this": another signatory says it took up a published practice, with a note. */
export const practiceAdoptions = pgTable(
  'practice_adoptions',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.organisationId] }),
    index('practice_adoptions_org_idx').on(t.organisationId),
  ],
);

import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/types.ts';
import { users } from '../../platform/auth/schema.ts';
import { organisations } from '../organisations/schema.ts';
import { ACCESS_MODES } from './finder.ts';
import type { HoursForm } from './hours.ts';

/**
 * A place where someone helps: a town-hall desk, a CPAS, a public digital space, a library… It belongs to a host
 * structure (an organisation), whose members keep it true. Kinds, services, accessibility, audiences and
 * languages are codes from content/help-points/lists.json.
 */
export const helpPoints = pgTable(
  'help_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    commune: text('commune').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** Whether the manager placed it (true) or it sits at its postcode's centre (false). */
    placed: boolean('placed').notNull().default(false),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    /** OpenStreetMap opening_hours syntax, made from hoursForm; null or unparseable means "hours unknown". */
    hours: text('hours'),
    hoursForm: jsonb('hours_form').$type<HoursForm>(),
    services: text('services').array().notNull().default(sql`'{}'::text[]`),
    access: text('access', { enum: ACCESS_MODES }).notNull().default('both'),
    bookingUrl: text('booking_url'),
    free: boolean('free').notNull().default(true),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
    audiences: text('audiences').array().notNull().default(sql`'{}'::text[]`),
    /** Where an imported point comes from, and its id there: an import is idempotent by both. */
    source: text('source'),
    sourceId: text('source_id'),
    checkedAt: ts('checked_at').notNull(),
    /** When its managers were last told it is out of date; a new check starts the count again. */
    staleNotifiedAt: ts('stale_notified_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('help_points_org_idx').on(t.organisationId),
    // The finder narrows by a box around the place first.
    index('help_points_lat_lon_idx').on(t.lat, t.lon),
    uniqueIndex('help_points_source_idx').on(t.source, t.sourceId),
    check('help_points_summary_len', sql`char_length(${t.summary}) <= 280`),
    check('help_points_access', sql`${t.access} in ('walk_in', 'appointment', 'both')`),
    check('help_points_source_pair', sql`(${t.source} is null) = (${t.sourceId} is null)`),
  ],
);

export const REPORT_KINDS = ['wrong', 'closed'] as const;

/**
 * What a visitor says about a point: its information is wrong, or it has closed. Anyone may send one, without
 * an account, and nothing about them is kept: only what they wrote. Managers and the secretariat close it.
 */
export const helpPointReports = pgTable(
  'help_point_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    helpPointId: uuid('help_point_id')
      .notNull()
      .references(() => helpPoints.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REPORT_KINDS }).notNull(),
    message: text('message').notNull().default(''),
    createdAt: ts('created_at').notNull(),
    resolvedAt: ts('resolved_at'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('help_point_reports_open_idx').on(t.helpPointId, t.resolvedAt),
    index('help_point_reports_created_idx').on(t.createdAt),
    check('help_point_reports_kind', sql`${t.kind} in ('wrong', 'closed')`),
    check('help_point_reports_message_len', sql`char_length(${t.message}) <= 2000`),
  ],
);

/**
 * A CSV file the secretariat uploaded to load a region's list: kept as uploaded, so that what is applied is
 * exactly what the dry run showed. Applied once, all or nothing.
 */
export const helpPointImports = pgTable('help_point_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  source: text('source').notNull(),
  filename: text('filename').notNull(),
  content: text('content').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: ts('created_at').notNull(),
  appliedAt: ts('applied_at'),
});

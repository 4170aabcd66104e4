import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Region, Sector } from '../organisations/schema.ts';
import { type Reminder, reportReminders, reports } from './schema.ts';

export type Report = typeof reports.$inferSelect;

export async function byYear(db: Db, organisationId: string, year: number) {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.organisationId, organisationId), eq(reports.year, year)))
    .limit(1);
  return row ?? null;
}

/** An organisation's reports, newest first. */
export const ofOrganisation = (db: Db, organisationId: string) =>
  db.select().from(reports).where(eq(reports.organisationId, organisationId)).orderBy(desc(reports.year));

/** Its submitted reports, newest first: what the profile and the API list. */
export const submittedOf = (db: Db, organisationId: string) =>
  db
    .select()
    .from(reports)
    .where(and(eq(reports.organisationId, organisationId), eq(reports.status, 'submitted')))
    .orderBy(desc(reports.year));

/** The years each of these organisations has submitted a report for. */
export const submittedYears = (db: Db, organisationIds: string[]) =>
  organisationIds.length
    ? db
        .select({ organisationId: reports.organisationId, year: reports.year })
        .from(reports)
        .where(and(inArray(reports.organisationId, organisationIds), eq(reports.status, 'submitted')))
    : Promise.resolve([]);

/** Saves a draft; a submitted report is never touched (returns nothing then). */
export const saveDraft = (db: Db, r: typeof reports.$inferInsert) =>
  db
    .insert(reports)
    .values(r)
    .onConflictDoUpdate({
      target: [reports.organisationId, reports.year],
      set: { statement: r.statement, publicParts: r.publicParts, updatedAt: r.updatedAt },
      setWhere: eq(reports.status, 'draft'),
    })
    .returning({ id: reports.id });

/** Submits, whether a draft exists or not; returns nothing when the year was already submitted. */
export const submit = (db: Db, r: typeof reports.$inferInsert) =>
  db
    .insert(reports)
    .values(r)
    .onConflictDoUpdate({
      target: [reports.organisationId, reports.year],
      set: {
        status: 'submitted',
        statement: r.statement,
        publicParts: r.publicParts,
        content: r.content,
        signerName: r.signerName,
        signerTitle: r.signerTitle,
        submittedBy: r.submittedBy,
        submittedAt: r.submittedAt,
        dueOn: r.dueOn,
        periodFrom: r.periodFrom,
        updatedAt: r.updatedAt,
      },
      setWhere: eq(reports.status, 'draft'),
    })
    .returning();

/** Records that a reminder went out; true only for the first caller. */
export async function claimReminder(db: Db, organisationId: string, year: number, kind: Reminder, now: Date) {
  const rows = await db
    .insert(reportReminders)
    .values({ organisationId, year, kind, sentAt: now })
    .onConflictDoNothing()
    .returning({ kind: reportReminders.kind });
  return rows.length === 1;
}

export interface ReportingFilter {
  status?: 'active' | 'non_reporting' | 'lapsed';
  sector?: Sector;
  region?: Region;
}

/** Every report of these organisations, for one page of the secretariat's list. */
export const reportsOf = (db: Db, organisationIds: string[]) =>
  organisationIds.length
    ? db
        .select({
          organisationId: reports.organisationId,
          year: reports.year,
          status: reports.status,
          submittedAt: reports.submittedAt,
        })
        .from(reports)
        .where(inArray(reports.organisationId, organisationIds))
    : Promise.resolve([]);

/** Submitted reports across the coalition, oldest first per organisation, for the three-year evaluation. */
export const allSubmitted = (db: Db) =>
  db
    .select({
      organisationId: reports.organisationId,
      year: reports.year,
      submittedAt: reports.submittedAt,
      content: reports.content,
    })
    .from(reports)
    .where(eq(reports.status, 'submitted'))
    .orderBy(asc(reports.organisationId), asc(reports.year));

/** Takes the reporting job's lock for this transaction, or says another instance holds it. */
export async function tryJobLock(db: Db, key: number) {
  const r = await db.execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(${key}) as ok`);
  const rows = (r as unknown as { rows: { ok: boolean }[] }).rows;
  return rows[0]?.ok === true;
}

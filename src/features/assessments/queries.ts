import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, type Sector, type SizeBand } from '../organisations/schema.ts';
import { signatures, VERIFIED_STATUSES } from '../signatures/schema.ts';
import { assessments } from './schema.ts';
import type { Answers, Scores } from './scoring.ts';

export type Assessment = typeof assessments.$inferSelect;

/** Signatories whose index counts in comparisons: those whose signature is live. */
const LIVE = VERIFIED_STATUSES;

export async function byId(db: Db, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.organisationId, organisationId)))
    .limit(1);
  return row ?? null;
}

export async function draftOf(db: Db, organisationId: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.status, 'draft')))
    .limit(1);
  return row ?? null;
}

/** Starts a draft, or finds the one a colleague started a moment ago. */
export async function insertDraft(db: Db, a: typeof assessments.$inferInsert) {
  const [row] = await db.insert(assessments).values(a).onConflictDoNothing().returning();
  return row ?? (await draftOf(db, a.organisationId));
}

/**
 * Writes one page's answers into a draft in one statement, so that two people saving different pages at once
 * both keep theirs: the page's questions are removed, then its answers added.
 */
export const saveAnswers = (db: Db, id: string, pageIds: string[], answers: Answers, now: Date) =>
  db
    .update(assessments)
    .set({
      answers: sql`(${assessments.answers} - ${sql.param(pageIds)}::text[]) || ${JSON.stringify(answers)}::jsonb`,
      updatedAt: now,
    })
    .where(and(eq(assessments.id, id), eq(assessments.status, 'draft')))
    .returning({ id: assessments.id });

export const submit = (
  db: Db,
  id: string,
  s: { scores: Scores; overall: number | null; submittedBy: string; now: Date },
) =>
  db
    .update(assessments)
    .set({
      status: 'submitted',
      scores: s.scores,
      overall: s.overall,
      submittedBy: s.submittedBy,
      submittedAt: s.now,
      updatedAt: s.now,
    })
    .where(and(eq(assessments.id, id), eq(assessments.status, 'draft')))
    .returning();

/** Submitted assessments of one organisation, oldest first. */
export const history = (db: Db, organisationId: string) =>
  db
    .select()
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.status, 'submitted')))
    .orderBy(asc(assessments.submittedAt));

/** The latest submitted assessment of each live signatory, with what groups it: sector, size and region. */
export function latestOfSignatories(db: Db, f: { sector?: Sector; sizeBand?: SizeBand } = {}) {
  return db
    .selectDistinctOn([assessments.organisationId], {
      organisationId: assessments.organisationId,
      overall: assessments.overall,
      scores: assessments.scores,
      submittedAt: assessments.submittedAt,
      sector: organisations.sector,
      sizeBand: organisations.sizeBand,
      region: organisations.region,
    })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
    .where(
      and(
        eq(assessments.status, 'submitted'),
        inArray(signatures.status, [...LIVE]),
        f.sector ? eq(organisations.sector, f.sector) : undefined,
        f.sizeBand ? eq(organisations.sizeBand, f.sizeBand) : undefined,
      ),
    )
    .orderBy(assessments.organisationId, desc(assessments.submittedAt));
}

/** Every submitted assessment's date and overall score, for the coalition's spread and movement over time. */
export const allSubmitted = (db: Db) =>
  db
    .select({
      organisationId: assessments.organisationId,
      overall: assessments.overall,
      scores: assessments.scores,
      submittedAt: assessments.submittedAt,
    })
    .from(assessments)
    .where(eq(assessments.status, 'submitted'))
    .orderBy(asc(assessments.organisationId), asc(assessments.submittedAt));

import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { objectives } from '../plans/schema.ts';
import { objectiveTemplates } from './schema.ts';

export type Template = typeof objectiveTemplates.$inferSelect;
export type TemplateValues = Omit<typeof objectiveTemplates.$inferInsert, 'id' | 'createdAt' | 'createdBy'>;

const order = [asc(objectiveTemplates.commitment), asc(objectiveTemplates.createdAt)] as const;

/** Every template, drafts included, with how many objectives were adopted from each (one grouped query). */
export async function page(db: Db, limit: number, offset: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(objectiveTemplates)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(objectiveTemplates),
  ]);
  const ids = rows.map((r) => r.id);
  const adopted = ids.length
    ? await db
        .select({ id: objectives.templateId, n: count() })
        .from(objectives)
        .where(inArray(objectives.templateId, ids))
        .groupBy(objectives.templateId)
    : [];
  return {
    rows: rows.map((r) => ({ ...r, adopted: adopted.find((a) => a.id === r.id)?.n ?? 0 })),
    total: total?.n ?? 0,
  };
}

/**
 * The published templates. The secretariat writes a handful per commitment, so the list stays short;
 * the cap only guards the plan page against a runaway list.
 */
export const published = (db: Db) =>
  db
    .select()
    .from(objectiveTemplates)
    .where(eq(objectiveTemplates.published, true))
    .orderBy(...order)
    .limit(200);

/** The templates this organisation already adopted. */
export async function adoptedBy(db: Db, organisationId: string) {
  const rows = await db
    .selectDistinct({ id: objectives.templateId })
    .from(objectives)
    .where(and(eq(objectives.organisationId, organisationId), isNotNull(objectives.templateId)));
  return new Set(rows.map((r) => r.id as string));
}

export async function byId(db: Db, id: string): Promise<Template | null> {
  const [row] = await db.select().from(objectiveTemplates).where(eq(objectiveTemplates.id, id)).limit(1);
  return row ?? null;
}

export async function insert(db: Db, values: typeof objectiveTemplates.$inferInsert) {
  const [row] = await db.insert(objectiveTemplates).values(values).returning();
  return row as Template;
}

export const update = (db: Db, id: string, set: Partial<TemplateValues>) =>
  db.update(objectiveTemplates).set(set).where(eq(objectiveTemplates.id, id));

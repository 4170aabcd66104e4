import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { helpPointImports } from '../schema.ts';

export type HelpPointImport = typeof helpPointImports.$inferSelect;

export const insert = async (db: Db, values: typeof helpPointImports.$inferInsert) =>
  (await db.insert(helpPointImports).values(values).returning())[0] as HelpPointImport;

export const byId = async (db: Db, id: string) =>
  (await db.select().from(helpPointImports).where(eq(helpPointImports.id, id)).limit(1))[0] ?? null;

/** Marks it applied, once: false when another request applied it first. */
export const markApplied = async (db: Db, id: string, at: Date) =>
  (
    await db
      .update(helpPointImports)
      .set({ appliedAt: at })
      .where(and(eq(helpPointImports.id, id), isNull(helpPointImports.appliedAt)))
      .returning({ id: helpPointImports.id })
  ).length === 1;

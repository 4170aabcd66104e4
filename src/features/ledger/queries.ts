import { asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { ledgerEntries } from './schema.ts';

export type LedgerEntry = typeof ledgerEntries.$inferSelect;

/** Any one number: appends wait for each other so that the chain has no forks. */
const LEDGER_LOCK = 7_130_002;

export const lockLedger = (tx: Db) => tx.execute(sql`select pg_advisory_xact_lock(${LEDGER_LOCK})`);

export async function lastEntry(db: Db): Promise<LedgerEntry | null> {
  const [row] = await db.select().from(ledgerEntries).orderBy(desc(ledgerEntries.seq)).limit(1);
  return row ?? null;
}

export const insertEntry = (db: Db, e: LedgerEntry) => db.insert(ledgerEntries).values(e);

export async function entry(db: Db, seq: number): Promise<LedgerEntry | null> {
  const [row] = await db.select().from(ledgerEntries).where(eq(ledgerEntries.seq, seq)).limit(1);
  return row ?? null;
}

export async function page(db: Db, page: number, pageSize: number, newestFirst = false) {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(ledgerEntries)
      .orderBy(newestFirst ? desc(ledgerEntries.seq) : asc(ledgerEntries.seq))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(ledgerEntries),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The entries after `afterSeq`, oldest first: verification walks the chain in batches. */
export const batchAfter = (db: Db, afterSeq: number, size: number) =>
  db
    .select()
    .from(ledgerEntries)
    .where(gt(ledgerEntries.seq, afterSeq))
    .orderBy(asc(ledgerEntries.seq))
    .limit(size);

/**
 * Every organisation name the ledger recorded with this enterprise number: in entries' organisation, and as the
 * identity before a change (the number may since have moved to another organisation).
 */
export async function namesForKbo(db: Db, kbo: string): Promise<string[]> {
  const p = ledgerEntries.payload;
  const [now, before] = await Promise.all([
    db
      .selectDistinct({ name: sql<string>`${p}->'organisation'->>'name'` })
      .from(ledgerEntries)
      .where(sql`${p}->'organisation'->>'kbo' = ${kbo}`),
    db
      .selectDistinct({ name: sql<string>`${p}->'change'->'from'->>'name'` })
      .from(ledgerEntries)
      .where(sql`${p}->'change'->'from'->>'kbo' = ${kbo}`),
  ]);
  return [...new Set([...now, ...before].map((r) => r.name).filter(Boolean))];
}

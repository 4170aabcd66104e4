import { and, asc, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations } from '../organisations/schema.ts';
import { listedSignature } from '../signatures/index.ts';
import { signatures } from '../signatures/schema.ts';
import { campaignSupports, campaigns } from './schema.ts';

export type Campaign = typeof campaigns.$inferSelect;

/** Supporters the public sees: organisations listed in the register. */
const listed = listedSignature();

/** Current and upcoming campaigns soonest first, or past ones latest first; each with its public supporters' count. */
export async function page(db: Db, when: 'current' | 'past', today: string, limit: number, offset: number) {
  const where = when === 'current' ? gte(campaigns.endsOn, today) : lt(campaigns.endsOn, today);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(campaigns)
      .where(where)
      .orderBy(
        ...(when === 'current' ? [asc(campaigns.startsOn)] : [desc(campaigns.endsOn)]),
        asc(campaigns.id),
      )
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(campaigns).where(where),
  ]);
  const counts = rows.length
    ? await db
        .select({ id: campaignSupports.campaignId, n: count() })
        .from(campaignSupports)
        .innerJoin(organisations, eq(organisations.id, campaignSupports.organisationId))
        .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
        .where(
          and(
            inArray(
              campaignSupports.campaignId,
              rows.map((r) => r.id),
            ),
            listed,
          ),
        )
        .groupBy(campaignSupports.campaignId)
    : [];
  return {
    rows: rows.map((r) => ({ ...r, supporters: counts.find((c) => c.id === r.id)?.n ?? 0 })),
    total: total?.n ?? 0,
  };
}

export async function byId(db: Db, id: string): Promise<Campaign | null> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id)).limit(1);
  return row ?? null;
}

export async function insert(db: Db, values: typeof campaigns.$inferInsert) {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row as Campaign;
}

export const update = (db: Db, id: string, set: Partial<typeof campaigns.$inferInsert>) =>
  db.update(campaigns).set(set).where(eq(campaigns.id, id));

/** A campaign's public supporters, by name, with what each does. */
export async function supporters(db: Db, campaignId: string, limit: number, offset: number) {
  const where = and(eq(campaignSupports.campaignId, campaignId), listed);
  const base = () =>
    db
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.legalName,
        contribution: campaignSupports.contribution,
      })
      .from(campaignSupports)
      .innerJoin(organisations, eq(organisations.id, campaignSupports.organisationId))
      .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
      .where(where);
  const [rows, [total]] = await Promise.all([
    base().orderBy(asc(organisations.sortName)).limit(limit).offset(offset),
    db
      .select({ n: count() })
      .from(campaignSupports)
      .innerJoin(organisations, eq(organisations.id, campaignSupports.organisationId))
      .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** What these organisations already declared for the campaign (the signed-in member's organisations). */
export const supportsOf = (db: Db, campaignId: string, organisationIds: string[]) =>
  organisationIds.length
    ? db
        .select()
        .from(campaignSupports)
        .where(
          and(
            eq(campaignSupports.campaignId, campaignId),
            inArray(campaignSupports.organisationId, organisationIds),
          ),
        )
    : Promise.resolve([]);

export const upsertSupport = (db: Db, s: typeof campaignSupports.$inferInsert) =>
  db
    .insert(campaignSupports)
    .values(s)
    .onConflictDoUpdate({
      target: [campaignSupports.campaignId, campaignSupports.organisationId],
      set: { contribution: s.contribution, updatedAt: s.updatedAt },
    });

export const deleteSupport = (db: Db, campaignId: string, organisationId: string) =>
  db
    .delete(campaignSupports)
    .where(
      and(eq(campaignSupports.campaignId, campaignId), eq(campaignSupports.organisationId, organisationId)),
    )
    .returning({ id: campaignSupports.campaignId });

/** The campaigns an organisation supports, latest first, for its profile. */
export const supportedBy = (db: Db, organisationId: string, limit: number) =>
  db
    .select({
      id: campaigns.id,
      title: campaigns.title,
      startsOn: campaigns.startsOn,
      endsOn: campaigns.endsOn,
      contribution: campaignSupports.contribution,
    })
    .from(campaignSupports)
    .innerJoin(campaigns, eq(campaigns.id, campaignSupports.campaignId))
    .where(eq(campaignSupports.organisationId, organisationId))
    .orderBy(desc(campaigns.startsOn))
    .limit(limit);

/** Across the coalition, per year a campaign started: how many campaigns, supports, and organisations behind them. */
export const byYear = (db: Db) =>
  db
    .select({
      year: sql<number>`extract(year from ${campaigns.startsOn})::int`,
      campaigns: sql<number>`count(distinct ${campaigns.id})::int`,
      supports: sql<number>`count(${campaignSupports.organisationId})::int`,
      organisations: sql<number>`count(distinct ${campaignSupports.organisationId})::int`,
    })
    .from(campaigns)
    .leftJoin(campaignSupports, eq(campaignSupports.campaignId, campaigns.id))
    .groupBy(sql`1`)
    .orderBy(sql`1`);

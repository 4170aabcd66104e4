import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { helpPoints } from '../../help-points/schema.ts';
import { organisations } from '../../organisations/schema.ts';
import { accompanimentCounts, accompaniments } from '../schema.ts';
import type { GroupDimension, Kind } from '../taxonomy.ts';
import { tally } from './tallies.ts';

export type Accompaniment = typeof accompaniments.$inferSelect;
export type AccompanimentValues = Omit<typeof accompaniments.$inferInsert, 'id'>;
export type GroupCount = { dimension: GroupDimension; value: string; n: number };

/** Inserts the entry (in a transaction) unless this helper already sent one with that key; answers its id. */
export async function insert(db: Db, v: AccompanimentValues, counts: GroupCount[]) {
  const [row] = await db
    .insert(accompaniments)
    .values(v)
    .onConflictDoNothing({ target: [accompaniments.facilitatorId, accompaniments.clientKey] })
    .returning({ id: accompaniments.id });
  if (!row) {
    const [existing] = await db
      .select({ id: accompaniments.id })
      .from(accompaniments)
      .where(
        and(
          eq(accompaniments.facilitatorId, v.facilitatorId as string),
          eq(accompaniments.clientKey, v.clientKey),
        ),
      );
    return { id: (existing as { id: string }).id, duplicate: true };
  }
  if (counts.length)
    await db.insert(accompanimentCounts).values(counts.map((c) => ({ ...c, accompanimentId: row.id })));
  await tally(db, row.id, 1);
  return { id: row.id, duplicate: false };
}

/** Corrects an entry, in a transaction: its old figures leave the tallies, its new ones come in. */
export async function update(db: Db, id: string, v: Partial<AccompanimentValues>, counts: GroupCount[]) {
  await tally(db, id, -1);
  await db.update(accompaniments).set(v).where(eq(accompaniments.id, id));
  await db.delete(accompanimentCounts).where(eq(accompanimentCounts.accompanimentId, id));
  if (counts.length)
    await db.insert(accompanimentCounts).values(counts.map((c) => ({ ...c, accompanimentId: id })));
  await tally(db, id, 1);
}

/** Deletes an entry, in a transaction, and takes it out of the tallies. */
export async function remove(db: Db, id: string) {
  await tally(db, id, -1);
  await db.delete(accompaniments).where(eq(accompaniments.id, id));
}

export const byId = async (db: Db, id: string) =>
  (await db.select().from(accompaniments).where(eq(accompaniments.id, id)).limit(1))[0] ?? null;

export const countsOf = (db: Db, id: string) =>
  db
    .select({
      dimension: accompanimentCounts.dimension,
      value: accompanimentCounts.value,
      n: accompanimentCounts.n,
    })
    .from(accompanimentCounts)
    .where(eq(accompanimentCounts.accompanimentId, id));

/** A helper's own entries, newest first, with the structure's name and the total for paging. */
export const mine = (db: Db, facilitatorId: string, limit: number, offset: number) =>
  db
    .select({
      id: accompaniments.id,
      kind: accompaniments.kind,
      happenedOn: accompaniments.happenedOn,
      durationMin: accompaniments.durationMin,
      participants: accompaniments.participants,
      themes: accompaniments.themes,
      title: accompaniments.title,
      createdAt: accompaniments.createdAt,
      structureName: organisations.legalName,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(accompaniments)
    .innerJoin(organisations, eq(organisations.id, accompaniments.organisationId))
    .where(eq(accompaniments.facilitatorId, facilitatorId))
    .orderBy(desc(accompaniments.happenedOn), desc(accompaniments.createdAt))
    .limit(limit)
    .offset(offset);

/** The helper's last entry of a kind: "same as last time" and the form's usual choices. */
export const last = async (db: Db, facilitatorId: string, kind?: Kind) =>
  (
    await db
      .select()
      .from(accompaniments)
      .where(
        and(
          eq(accompaniments.facilitatorId, facilitatorId),
          kind ? eq(accompaniments.kind, kind) : undefined,
        ),
      )
      .orderBy(desc(accompaniments.createdAt))
      .limit(1)
  )[0] ?? null;

/** The helper's durations over their recent entries, most used first. */
export const usualDurations = (db: Db, facilitatorId: string, since: Date) =>
  db
    .select({ minutes: accompaniments.durationMin, n: sql<number>`count(*)`.mapWith(Number) })
    .from(accompaniments)
    .where(and(eq(accompaniments.facilitatorId, facilitatorId), gte(accompaniments.createdAt, since)))
    .groupBy(accompaniments.durationMin)
    .orderBy(desc(sql`count(*)`), asc(accompaniments.durationMin))
    .limit(4);

/** What an export of a structure's entries holds: no note (free text) and not who logged each one. */
export const exportColumns = {
  id: accompaniments.id,
  happenedOn: accompaniments.happenedOn,
  kind: accompaniments.kind,
  durationMin: accompaniments.durationMin,
  place: accompaniments.place,
  placePostcode: accompaniments.placePostcode,
  /** The help point by its name, as the structure's managers know it. */
  helpPoint: helpPoints.name,
  themes: accompaniments.themes,
  equipment: accompaniments.equipment,
  autonomy: accompaniments.autonomy,
  referral: accompaniments.referral,
  participants: accompaniments.participants,
  ageBand: accompaniments.ageBand,
  gender: accompaniments.gender,
  situation: accompaniments.situation,
  visit: accompaniments.visit,
  residencePostcode: accompaniments.residencePostcode,
  title: accompaniments.title,
  level: accompaniments.level,
};
export type ExportRow = { [K in keyof typeof exportColumns]: (typeof exportColumns)[K]['_']['data'] | null };

/** One batch of a structure's entries in date order, after the last one read (keyset paging: no OFFSET). */
export const exportBatch = (
  db: Db,
  organisationId: string,
  after: { day: string; id: string } | null,
  limit: number,
) =>
  db
    .select(exportColumns)
    .from(accompaniments)
    .leftJoin(helpPoints, eq(helpPoints.id, accompaniments.helpPointId))
    .where(
      and(
        eq(accompaniments.organisationId, organisationId),
        after
          ? sql`(${accompaniments.happenedOn}, ${accompaniments.id}) > (${after.day}::date, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(accompaniments.happenedOn), asc(accompaniments.id))
    .limit(limit) as Promise<ExportRow[]>;

import { and, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { parseKbo } from '../organisations/kbo.ts';
import { organisations, type Region, type Sector } from '../organisations/schema.ts';
import { listedSignature, PUBLIC_STATUSES, type PublicStatus } from '../signatures/index.ts';
import { signatures } from '../signatures/schema.ts';

export { PUBLIC_STATUSES, type PublicStatus };

export interface RegisterFilter {
  q?: string;
  sector?: Sector;
  region?: Region;
  year?: number;
  status: PublicStatus | 'all';
  sort: 'relevance' | 'name' | 'newest';
}

const byName = organisations.sortName;

/**
 * One tsquery per language configuration, OR-ed: a word matches in whichever language it was written.
 * As a scalar subquery it is computed once per statement, and the GIN index can use it.
 */
const tsquery = (q: string) => sql`(select
  websearch_to_tsquery('simple', unaccent(${q})) ||
  websearch_to_tsquery('french', unaccent(${q})) ||
  websearch_to_tsquery('dutch', unaccent(${q})) ||
  websearch_to_tsquery('german', unaccent(${q})) ||
  websearch_to_tsquery('english', unaccent(${q})))`;

/** A query that reads as an enterprise number (in any usual format) also finds the organisation by its number. */
function textOrNumber(q: string): SQL | undefined {
  const kbo = parseKbo(q);
  const words = sql`${organisations.search} @@ ${tsquery(q)}`;
  return kbo.ok ? or(eq(organisations.kbo, kbo.value), words) : words;
}

function where(f: RegisterFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    listedSignature(f.status === 'all' ? PUBLIC_STATUSES : [f.status]),
    f.sector ? eq(organisations.sector, f.sector) : undefined,
    f.region ? eq(organisations.region, f.region) : undefined,
    f.year
      ? sql`extract(year from ${signatures.signedAt} at time zone 'Europe/Brussels') = ${f.year}`
      : undefined,
    f.q ? textOrNumber(f.q) : undefined,
  ];
  return and(...conds);
}

const columns = {
  id: organisations.id,
  slug: organisations.slug,
  legalName: organisations.legalName,
  kbo: organisations.kbo,
  sector: organisations.sector,
  sizeBand: organisations.sizeBand,
  region: organisations.region,
  postcode: organisations.postcode,
  commune: organisations.commune,
  website: organisations.website,
  description: organisations.description,
  logoUpdatedAt: organisations.logoUpdatedAt,
  status: signatures.status,
  signedAt: signatures.signedAt,
  charterVersion: signatures.charterVersion,
  charterHash: signatures.charterHash,
  signerName: signatures.signerName,
  signerTitle: signatures.signerTitle,
  publicReason: signatures.publicReason,
};

export async function search(db: Db, f: RegisterFilter, page: number, pageSize: number) {
  const w = where(f);
  const order =
    f.sort === 'newest'
      ? [desc(signatures.signedAt), byName]
      : f.sort === 'relevance' && f.q
        ? [sql`ts_rank(${organisations.search}, ${tsquery(f.q)}) desc`, byName]
        : [byName];
  const base = () =>
    db
      .select(columns)
      .from(organisations)
      .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId));
  const [rows, [total]] = await Promise.all([
    base()
      .where(w)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: count() })
      .from(organisations)
      .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
      .where(w),
  ]);
  return { rows, total: total?.n ?? 0 };
}
export type RegisterRow = Awaited<ReturnType<typeof search>>['rows'][number];

/** Every public signatory, for open data; in batches so that a large register streams. */
export const batch = (db: Db, offset: number, size: number) =>
  db
    .select(columns)
    .from(organisations)
    .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
    .where(listedSignature())
    .orderBy(byName, organisations.id)
    .limit(size)
    .offset(offset);

export async function profile(db: Db, slug: string) {
  const [row] = await db
    .select(columns)
    .from(organisations)
    .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
    .where(and(eq(organisations.slug, slug), listedSignature()))
    .limit(1);
  return row ?? null;
}

export async function isListed(db: Db, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
    .where(and(eq(organisations.id, organisationId), listedSignature()))
    .limit(1);
  return !!row;
}

/** The profile slug of each of these organisations that the register lists. */
export async function listedSlugs(db: Db, organisationIds: string[]): Promise<Map<string, string>> {
  if (!organisationIds.length) return new Map();
  const rows = await db
    .select({ id: organisations.id, slug: organisations.slug })
    .from(organisations)
    .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
    .where(and(inArray(organisations.id, organisationIds), listedSignature()));
  return new Map(rows.map((r) => [r.id, r.slug]));
}

export const activeBySector = (db: Db) =>
  db
    .select({ sector: organisations.sector, n: count() })
    .from(organisations)
    .innerJoin(signatures, eq(signatures.id, organisations.currentSignatureId))
    .where(eq(signatures.status, 'active'))
    .groupBy(organisations.sector);

export const signingYears = (db: Db) =>
  db
    .selectDistinct({
      year: sql<number>`extract(year from ${signatures.signedAt} at time zone 'Europe/Brussels')::int`,
    })
    .from(signatures)
    .where(listedSignature())
    .orderBy(sql`1 desc`);

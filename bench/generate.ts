/**
 * National-scale data for the benchmark: signatories with their signatures, written in bulk.
 * Names and descriptions are generated from word lists in the four languages, so that search has work to do.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';
import { organisations, REGIONS, SECTORS, SIZE_BANDS } from '../src/features/organisations/schema.ts';
import { signatures } from '../src/features/signatures/schema.ts';

const WORDS = {
  fr: [
    'numérique',
    'seniors',
    'formation',
    'banque',
    'démarches',
    'quartier',
    'école',
    'solidarité',
    'accès',
    'confiance',
  ],
  nl: [
    'digitaal',
    'ouderen',
    'opleiding',
    'bank',
    'buurt',
    'school',
    'toegang',
    'vertrouwen',
    'helpdesk',
    'vaardigheden',
  ],
  de: [
    'digital',
    'Senioren',
    'Schulung',
    'Bank',
    'Viertel',
    'Schule',
    'Zugang',
    'Vertrauen',
    'Hilfe',
    'Kompetenzen',
  ],
  en: [
    'digital',
    'seniors',
    'training',
    'banking',
    'neighbourhood',
    'school',
    'access',
    'trust',
    'helpdesk',
    'skills',
  ],
} as const;
const PLACES: [string, string, 'brussels' | 'flanders' | 'wallonia'][] = [
  ['1000', 'Bruxelles', 'brussels'],
  ['2000', 'Antwerpen', 'flanders'],
  ['9000', 'Gent', 'flanders'],
  ['4000', 'Liège', 'wallonia'],
  ['5000', 'Namur', 'wallonia'],
  ['3000', 'Leuven', 'flanders'],
  ['6000', 'Charleroi', 'wallonia'],
  ['4700', 'Eupen', 'wallonia'],
];

function kbo(i: number) {
  const first8 = `07${String(i).padStart(6, '0')}`;
  return first8 + String(97 - (Number(first8) % 97)).padStart(2, '0');
}

export async function generateSignatories(db: Db, n: number, charterHash: string): Promise<void> {
  const start = new Date('2022-01-01T00:00:00Z').getTime();
  const span = new Date('2026-10-01T00:00:00Z').getTime() - start;
  for (let from = 0; from < n; from += 500) {
    const orgRows: (typeof organisations.$inferInsert)[] = [];
    const sigRows: (typeof signatures.$inferInsert)[] = [];
    for (let i = from; i < Math.min(n, from + 500); i++) {
      const lang = (['fr', 'nl', 'de', 'en'] as const)[i % 4] ?? 'fr';
      const words = WORDS[lang];
      const pick = (k: number) => words[(i * 7 + k * 3) % words.length];
      const [postcode, commune, region] = PLACES[i % PLACES.length] ?? PLACES[0]!;
      const id = randomUUID();
      const sigId = randomUUID();
      const at = new Date(start + ((i * 7919) % 1000) * (span / 1000));
      orgRows.push({
        id,
        slug: `bench-${i}`,
        legalName: `${pick(1)} ${pick(2)} ${i}`,
        kbo: kbo(i),
        sector: SECTORS[i % 3] ?? 'private',
        sizeBand: SIZE_BANDS[i % 4] ?? 'small',
        region: region ?? REGIONS[0],
        postcode,
        commune,
        description: { [lang]: `${pick(3)} ${pick(4)} ${pick(5)} ${pick(6)} ${pick(7)}.` },
        currentSignatureId: sigId,
        createdAt: at,
        updatedAt: at,
      });
      sigRows.push({
        id: sigId,
        organisationId: id,
        charterVersion: 1,
        charterHash,
        signerName: `Signer ${i}`,
        signerTitle: 'CEO',
        status: i % 10 === 9 ? 'withdrawn' : 'active',
        signedAt: at,
      });
    }
    await db.insert(organisations).values(orgRows);
    await db.insert(signatures).values(sigRows);
  }
  await db.execute(sql`
    update organisations set sort_name = lower(unaccent(legal_name)), search =
      setweight(to_tsvector('simple', unaccent(legal_name)), 'A') ||
      setweight(to_tsvector('french', unaccent(coalesce(description->>'fr', ''))), 'B') ||
      setweight(to_tsvector('dutch', unaccent(coalesce(description->>'nl', ''))), 'B') ||
      setweight(to_tsvector('german', unaccent(coalesce(description->>'de', ''))), 'B') ||
      setweight(to_tsvector('english', unaccent(coalesce(description->>'en', ''))), 'B')`);
  await db.execute(sql`analyze`);
}

/** A public plan of `items` objectives and actions (one objective for every four actions) for one organisation. */
export async function generatePlan(db: Db, slug: string, items: number): Promise<string> {
  const { objectives, actions, progressUpdates } = await import('../src/features/plans/schema.ts');
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(sql`slug = ${slug}`);
  if (!org) throw new Error(`no organisation ${slug}`);
  const now = new Date('2026-06-01T00:00:00Z');
  const objectiveCount = Math.ceil(items / 5);
  const objs = Array.from({ length: objectiveCount }, (_, i) => ({
    id: randomUUID(),
    organisationId: org.id,
    commitment: (['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'] as const)[i % 9] ?? 'C1',
    title: `Objective ${i}`,
    indicator: i % 2 ? 'Share of staff trained' : null,
    unit: i % 2 ? '%' : null,
    baseline: i % 2 ? 0 : null,
    target: i % 2 ? 50 : null,
    deadline: '2027-12-31',
    isPublic: true,
    createdAt: now,
    updatedAt: now,
  }));
  await db.insert(objectives).values(objs);
  const acts = objs
    .flatMap((o, i) =>
      Array.from({ length: 4 }, (_, j) => ({
        organisationId: org.id,
        objectiveId: o.id,
        title: `Action ${i}.${j}`,
        status: (['planned', 'in_progress', 'done', 'dropped'] as const)[(i + j) % 4] ?? 'planned',
        dueDate: '2027-06-30',
        isPublic: true,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .slice(0, items - objectiveCount);
  await db.insert(actions).values(acts);
  await db
    .insert(progressUpdates)
    .values(
      objs
        .filter((o) => o.indicator)
        .map((o) => ({ objectiveId: o.id, on: '2026-05-01', note: 'Progress', value: 20, createdAt: now })),
    );
  return org.id;
}

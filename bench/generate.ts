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

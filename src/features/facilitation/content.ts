import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../platform/i18n/index.ts';

/** The code's three axes, as seed 004 gives them; each version words its clauses under them. */
export const AXES = ['relation', 'attitude', 'responsibilities'] as const;

/** Clauses every version must keep (issue 16): what a person helped can count on, whatever the wording. */
export const REQUIRED_CLAUSES = [
  'autonomy',
  'learning',
  'consent',
  'no-passwords',
  'minimum-data',
  'traces',
  'neutrality',
  'limits-referral',
] as const;

const clause = z.object({ id: z.string().regex(/^[a-z-]+$/), text: z.string().min(1) });
const ethicsText = z.object({
  version: z.number().int().positive(),
  title: z.string().min(1),
  intro: z.string().min(1),
  axes: z
    .array(z.object({ id: z.enum(AXES), title: z.string().min(1), clauses: z.array(clause).min(1) }))
    .length(AXES.length),
});
export type EthicsText = z.infer<typeof ethicsText>;
export interface EthicsVersion {
  version: number;
  /** SHA-256 of the four texts, canonical JSON: what a signature in the ledger points at. */
  hash: string;
  texts: Record<Locale, EthicsText>;
}

export const ETHICS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../content/ethics',
);

/** The shape of a version: its axes and clause ids in order, which every language must share. */
const outline = (t: EthicsText) => t.axes.map((a) => `${a.id}: ${a.clauses.map((c) => c.id).join(', ')}`);

/**
 * Reads every version under content/ethics/v<N>/<lang>.json, French being the reference. A language missing,
 * a clause one language lacks, or a required clause left out is an error at start-up, not a page with holes.
 */
export function readEthicsVersions(dir = ETHICS_DIR): EthicsVersion[] {
  return fs
    .readdirSync(dir)
    .filter((d) => /^v\d+$/.test(d))
    .map((d) => {
      const version = Number(d.slice(1));
      const texts = Object.fromEntries(
        LOCALES.map((l) => {
          const file = path.join(dir, d, `${l}.json`);
          const text = ethicsText.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
          if (text.version !== version) throw new Error(`${file}: version ${text.version} in folder ${d}`);
          return [l, text];
        }),
      ) as Record<Locale, EthicsText>;
      const reference = outline(texts.fr).join(' | ');
      for (const l of LOCALES)
        if (outline(texts[l]).join(' | ') !== reference)
          throw new Error(`content/ethics/${d}/${l}.json: its clauses differ from the French`);
      const ids = new Set(texts.fr.axes.flatMap((a) => a.clauses.map((c) => c.id)));
      const missing = REQUIRED_CLAUSES.filter((c) => !ids.has(c));
      if (missing.length) throw new Error(`content/ethics/${d}: missing clauses ${missing.join(', ')}`);
      const hash = createHash('sha256')
        .update(canonicalize(texts) ?? '')
        .digest('hex');
      return { version, hash, texts };
    })
    .sort((a, b) => a.version - b.version);
}

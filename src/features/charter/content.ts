import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../platform/i18n/index.ts';

export const COMMITMENTS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

const charterText = z.object({
  version: z.number().int().positive(),
  language: z.enum(LOCALES),
  title: z.string().min(1),
  subtitle: z.string().min(1),
  preamble: z.array(z.string().min(1)).min(1),
  commitmentsIntro: z.string().min(1),
  commitments: z.object(
    Object.fromEntries(COMMITMENTS.map((c) => [c, z.string().min(1)])) as Record<Commitment, z.ZodString>,
  ),
  footnote: z.string().min(1),
});
export type CharterText = z.infer<typeof charterText>;
export type CharterTexts = Record<Locale, CharterText>;

export const contentDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../content/charter',
);

/** The SHA-256 of a version's texts in every language, as canonical JSON (RFC 8785). */
export function charterHash(texts: CharterTexts): string {
  return createHash('sha256')
    .update(canonicalize(texts) ?? '')
    .digest('hex');
}

/** Reads every version under content/charter/v<N>/<lang>.json; a missing language or field is an error. */
export function readCharterVersions(
  dir = contentDir,
): { version: number; texts: CharterTexts; hash: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => /^v\d+$/.test(d))
    .map((d) => {
      const version = Number(d.slice(1));
      const texts = Object.fromEntries(
        LOCALES.map((l) => {
          const file = path.join(dir, d, `${l}.json`);
          const parsed = charterText.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
          if (parsed.version !== version || parsed.language !== l)
            throw new Error(`${file}: version or language mismatch`);
          return [l, parsed];
        }),
      ) as CharterTexts;
      return { version, texts, hash: charterHash(texts) };
    })
    .sort((a, b) => a.version - b.version);
}

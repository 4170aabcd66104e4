import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LOCALES } from '../../platform/i18n/index.ts';

const inEveryLanguage = z.object(Object.fromEntries(LOCALES.map((l) => [l, z.string().min(1)])));
const catalogue = z.array(
  z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), name: inEveryLanguage, description: inEveryLanguage }),
);

/** The first catalogue, from content/obstacles/catalogue.json (the seeds' obstacles, then three more). */
export function readCatalogue(
  file = path.resolve(import.meta.dirname, '../../../content/obstacles/catalogue.json'),
) {
  return catalogue.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

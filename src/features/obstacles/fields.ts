import { z } from 'zod';
import { gatherLocalized, text } from '../../platform/http/fields.ts';
import { LOCALES } from '../../platform/i18n/index.ts';

/** Every language is required: signatories in all three regions tag their work with the catalogue. */
const inEveryLanguage = (name: string, max: number) =>
  Object.fromEntries(LOCALES.map((l) => [`${name}_${l}`, text(max)])) as Record<
    string,
    ReturnType<typeof text>
  >;

export const obstacleSchema = z
  .object({
    slug: z
      .string('required')
      .trim()
      .toLowerCase()
      .max(60, 'too_long')
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'obstacle.slug_invalid'),
    ...inEveryLanguage('name', 120),
    ...inEveryLanguage('description', 1000),
  })
  .transform((v) => ({
    slug: v.slug,
    name: gatherLocalized(v, 'name'),
    description: gatherLocalized(v, 'description'),
  }));

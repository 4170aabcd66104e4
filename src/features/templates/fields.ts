import { z } from 'zod';
import {
  checkbox,
  gatherLocalized,
  localizedFields,
  oneLanguageAtLeast,
  optionalNumber,
  optionalText,
} from '../../platform/http/fields.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';

export const templateSchema = z
  .object({
    commitment: z.enum(COMMITMENT_CODES, 'invalid'),
    ...localizedFields('title', 200, 'name'),
    ...localizedFields('description', 2000),
    ...localizedFields('indicator', 200),
    unit: optionalText(30),
    target: optionalNumber(),
    published: checkbox(),
  })
  .refine(...oneLanguageAtLeast('title'))
  .transform((v) => ({
    commitment: v.commitment,
    title: gatherLocalized(v, 'title'),
    description: gatherLocalized(v, 'description'),
    indicator: gatherLocalized(v, 'indicator'),
    unit: v.unit,
    target: v.target,
    published: v.published,
  }));

import { z } from 'zod';
import { nameText, optionalText, text, tickedList, webLinks } from '../../platform/http/fields.ts';
import { isUpload, type Upload } from '../../platform/http/multipart.ts';
import { LOCALES } from '../../platform/i18n/index.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import { TARGET_GROUPS } from './schema.ts';

export const practiceSchema = z.object({
  title: nameText(200),
  summary: text(500),
  body: text(20_000),
  lang: z.enum(LOCALES, 'practice.lang_required'),
  commitments: tickedList(z.enum(COMMITMENT_CODES, 'invalid'), 1, 'practice.commitment_required'),
  obstacles: tickedList(z.uuid('invalid')),
  targetGroups: tickedList(z.enum(TARGET_GROUPS, 'invalid')),
  results: optionalText(2000),
  contact: optionalText(300),
  links: webLinks(),
});

export const returnSchema = z.object({ comment: text(1000) });

/** One PDF; an empty file field arrives as no field at all (see multipart.ts). */
export const attachmentSchema = z.object({
  file: z.custom<Upload>(isUpload, 'attachment.required'),
});

export const adoptionSchema = z.object({
  organisationId: z.uuid('adoption.organisation_required'),
  note: text(1000),
});

export const withdrawAdoptionSchema = z.object({ organisationId: z.uuid('invalid') });

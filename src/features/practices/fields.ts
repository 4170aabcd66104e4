import { z } from 'zod';
import { optionalText, text } from '../../platform/http/fields.ts';
import { LOCALES } from '../../platform/i18n/index.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import { REGIONS, SECTORS } from '../organisations/schema.ts';
import { TARGET_GROUPS } from './schema.ts';

/** Ticked boxes arrive as one value or a list; none ticked sends nothing. */
const ticked = <T extends z.ZodType>(
  item: T,
  min: number,
  code: 'practice.commitment_required' | 'invalid',
) =>
  z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(item, 'invalid').min(min, code),
  );

/** Web links, one per line, at most ten. */
const links = () =>
  optionalText(3000).transform((v, ctx) => {
    const list = (v ?? '')
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (list.length > 10 || list.some((l) => !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(l) || l.length > 500)) {
      ctx.addIssue({ code: 'custom', message: 'plan.evidence_invalid' });
      return z.NEVER;
    }
    return list;
  });

export const practiceSchema = z
  .object({
    title: text(200),
    summary: text(500),
    body: text(20_000),
    lang: z.enum(LOCALES, 'practice.lang_required'),
    commitments: ticked(z.enum(COMMITMENT_CODES, 'invalid'), 1, 'practice.commitment_required'),
    obstacles: ticked(z.uuid('invalid'), 0, 'invalid'),
    targetGroups: ticked(z.enum(TARGET_GROUPS, 'invalid'), 0, 'invalid'),
    sector: z.enum(SECTORS, 'sector.required'),
    region: z.enum(REGIONS, 'practice.region_required'),
    results: optionalText(2000),
    contact: optionalText(300),
    links: links(),
  })
  .transform((v) => ({
    ...v,
    commitments: [...new Set(v.commitments)],
    obstacles: [...new Set(v.obstacles)],
    targetGroups: [...new Set(v.targetGroups)],
  }));

export const returnSchema = z.object({ comment: text(1000) });

import { z } from 'zod';
import { checkbox, nameText, optionalText, text, tickedList } from '../../platform/http/fields.ts';
import { REPORT_PARTS } from './schema.ts';

const publicParts = tickedList(z.enum(REPORT_PARTS, 'invalid'));

/** Saving a draft: everything may still be empty. */
export const draftSchema = z.object({ statement: optionalText(8000), publicParts });

/** Submitting: a statement, who signs it for top management, and the confirmation. */
export const submitSchema = z.object({
  statement: text(8000),
  publicParts,
  signerName: nameText(200),
  signerTitle: nameText(200),
  confirm: checkbox().refine((v) => v, 'report.confirm_required'),
});

/** A report's year in a URL. */
export const yearParam = (v: string) => (/^20\d\d$/.test(v) ? Number(v) : null);

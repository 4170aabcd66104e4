import { z } from 'zod';
import { optionalText, page, text } from '../../platform/http/fields.ts';
import { SIGNATURE_STATUSES } from './schema.ts';

const ticked = (code: 'sign.authorised_required' | 'sign.accept_required' | 'withdraw.confirm_required') =>
  z.literal('yes', code);

export const signSchema = z.object({
  signerName: text(150),
  signerTitle: text(150),
  authorised: ticked('sign.authorised_required'),
  accept: ticked('sign.accept_required'),
});

export const withdrawSchema = z.object({ confirm: ticked('withdraw.confirm_required') });
export const replySchema = z.object({ answer: text(2000) });
export const approveSchema = z.object({ note: optionalText(2000) });
export const rejectSchema = z.object({ reason: text(2000) });
export const requestInfoSchema = z.object({ message: text(2000) });
export const queueQuery = z.object({
  status: z
    .enum(SIGNATURE_STATUSES, 'invalid')
    .optional()
    .transform((v) => v ?? 'pending'),
  page: page(),
});

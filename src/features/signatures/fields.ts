import { z } from 'zod';
import { nameText, optionalText, page, text } from '../../platform/http/fields.ts';
import { parseKbo } from '../organisations/kbo.ts';
import { SIGNATURE_STATUSES } from './schema.ts';

const ticked = (code: 'sign.authorised_required' | 'sign.accept_required' | 'withdraw.confirm_required') =>
  z.literal('yes', code);

export const signSchema = z.object({
  signerName: nameText(150),
  signerTitle: nameText(150),
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

/**
 * Suspending and revoking give a public reason; lifting a suspension, an optional note to the members. Each form
 * of the signature page names its fields apart, since several show at once.
 */
export const suspendSchema = z.object({ suspendReason: text(500) });
export const revokeSchema = z.object({ revokeReason: text(500) });
export const liftSchema = z.object({ liftNote: optionalText(2000) });
export const changeApproveSchema = z.object({ changeNote: optionalText(2000) });
export const changeRejectSchema = z.object({ changeReason: text(2000) });
export const closeDisputeSchema = z.object({ note: optionalText(2000) });

/** An enterprise number typed in any usual way, stored as 10 digits. */
const kbo = () =>
  text(20).transform((v, ctx) => {
    const r = parseKbo(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.code });
      return z.NEVER;
    }
    return r.value;
  });

/** Who disputes a number: their organisation, their name, their role there, and how to reach them. */
export const disputeSchema = z.object({
  kbo: kbo(),
  organisationName: nameText(200),
  claimantName: nameText(150),
  claimantRole: text(150),
  contact: text(254),
  message: optionalText(2000),
});

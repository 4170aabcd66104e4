import { z } from 'zod';
import { email, optionalNameText, optionalText } from '../../platform/http/fields.ts';
import { LOCALES } from '../../platform/i18n/index.ts';

export const referralSchema = z.object({
  email: email(),
  invitedName: optionalNameText(200),
  message: optionalText(1000),
  lang: z.enum(LOCALES, 'referral.lang_required'),
});

import { z } from 'zod';

/** Building blocks for form and query schemas; their messages are error codes (see i18n `err.*`). */

/** A string field: missing is `required`; anything else than one string (a list, a number) is `invalid`. */
const str = () => z.string({ error: (i) => (i.input === undefined ? 'required' : 'invalid') });

export const text = (max: number, min = 1) =>
  str()
    .trim()
    .min(min, min <= 1 ? 'required' : 'too_short')
    .max(max, 'too_long');

export const optionalText = (max: number) =>
  str()
    .trim()
    .max(max, 'too_long')
    .optional()
    .transform((v) => (v ? v : undefined));

export const email = () =>
  str().trim().min(1, 'required').max(254, 'too_long').toLowerCase().pipe(z.email('email.invalid'));

export const newPassword = () => str().min(1, 'required').min(10, 'password.too_short').max(200, 'too_long');

export const anyPassword = () => str().min(1, 'required').max(200, 'too_long');

/** A page number from a query string: absent means 1; anything else must be a whole number in range. */
export const page = () =>
  str()
    .regex(/^\d{1,6}$/, 'page.invalid')
    .optional()
    .transform((v) => (v ? Math.max(1, Number(v)) : 1));

/** A one-time token from an email link. */
export const token = () => str().regex(/^[A-Za-z0-9_-]{20,100}$/, 'token.invalid');

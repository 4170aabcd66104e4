import { z } from 'zod';

/** Building blocks for form and query schemas; their messages are error codes (see i18n `err.*`). */

export const text = (max: number, min = 1) =>
  z
    .string('required')
    .trim()
    .min(min, min <= 1 ? 'required' : 'too_short')
    .max(max, 'too_long');

export const optionalText = (max: number) =>
  z
    .string('invalid')
    .trim()
    .max(max, 'too_long')
    .optional()
    .transform((v) => (v ? v : undefined));

export const email = () =>
  z
    .string('required')
    .trim()
    .min(1, 'required')
    .max(254, 'too_long')
    .toLowerCase()
    .pipe(z.email('email.invalid'));

export const newPassword = () =>
  z.string('required').min(1, 'required').min(10, 'password.too_short').max(200, 'too_long');

export const anyPassword = () => z.string('required').min(1, 'required').max(200, 'too_long');

/** A page number from a query string: absent means 1; anything else must be a whole number in range. */
export const page = () =>
  z
    .string('invalid')
    .regex(/^\d{1,6}$/, 'page.invalid')
    .optional()
    .transform((v) => (v ? Math.max(1, Number(v)) : 1));

/** A one-time token from an email link. */
export const token = () => z.string('required').regex(/^[A-Za-z0-9_-]{20,100}$/, 'token.invalid');

import { z } from 'zod';
import { localitiesOf } from '../geo.ts';
import { type ErrorCode, LOCALES, type Locale, type Localized } from '../i18n/index.ts';
import { parseTypedDate, parseTypedNumber } from '../i18n/typed.ts';

/** Building blocks for form and query schemas; their messages are error codes (see i18n `err.*`). */

/** A string field: missing is `required`; anything else than one string (a list, a number) is `invalid`. */
const str = () => z.string({ error: (i) => (i.input === undefined ? 'required' : 'invalid') });

/** Text as people mean it: one Unicode form (NFC), so that "é" typed two ways is one name and one search. */
const nfc = () => str().transform((v) => v.normalize('NFC').trim());

export const text = (max: number, min = 1) =>
  nfc().pipe(
    z
      .string()
      .min(min, min <= 1 ? 'required' : 'too_short')
      .max(max, 'too_long'),
  );

export const optionalText = (max: number) =>
  nfc()
    .pipe(z.string().max(max, 'too_long'))
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * Invisible formatting characters: bidirectional controls (U+202A–202E, U+2066–2069), zero-width characters,
 * soft hyphens, the byte-order mark (all of Unicode's "format" category), line separators, and blank fillers
 * such as U+3164. In a name they can reverse what readers see ("gnp.exe" shown as "exe.png") or leave it blank.
 */
const INVISIBLE = /[\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0]/u;
const VISIBLE = /[\p{L}\p{N}]/u;

const nameRules = (s: z.ZodString) =>
  s
    .refine((v) => !INVISIBLE.test(v), 'text.invisible')
    .refine((v) => v === '' || VISIBLE.test(v), 'text.no_visible');

/** A name or a title people read in lists: normalised, no invisible characters, at least one letter or digit. */
export const nameText = (max: number) =>
  nfc().pipe(nameRules(z.string().min(1, 'required').max(max, 'too_long')));

export const optionalNameText = (max: number) =>
  nfc()
    .pipe(nameRules(z.string().max(max, 'too_long')))
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

/** An optional number, as people type it in Belgium (see i18n/typed.ts): 1 500, 12,5, 1.234,5. */
export const optionalNumber = () =>
  optionalText(30).transform((v, ctx) => {
    if (v === undefined) return undefined;
    const n = parseTypedNumber(v);
    if (typeof n === 'number') return n;
    ctx.addIssue({ code: 'custom', message: n === 'ambiguous' ? 'number.ambiguous' : 'number.invalid' });
    return z.NEVER;
  });

/**
 * A calendar date, stored as YYYY-MM-DD: what a date field sends, or 31/12/2026 (31.12.2026) typed where the
 * browser has no date picker. It must exist, between 1990 and 2100.
 */
export const isoDate = () =>
  str().transform((v, ctx) => {
    const day = parseTypedDate(v);
    if (day && day >= '1990-01-01' && day <= '2100-12-31') return day;
    ctx.addIssue({ code: 'custom', message: 'date.invalid' });
    return z.NEVER;
  });

/** A Belgian postcode that the postcode list knows. */
export const postcode = () =>
  str()
    .trim()
    .regex(/^\d{4}$/, 'postcode.invalid')
    .refine((p) => localitiesOf(p).length > 0, 'postcode.unknown');

/** A field left blank is a field not given: an empty choice or box, a form's unfilled optional field. */
export const blankIsAbsent = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), s.optional());

export const optionalPostcode = () => blankIsAbsent(postcode());

export const optionalDate = () => z.preprocess((v) => (v === '' ? undefined : v), isoDate().optional());

/** A group of checkboxes: ticked boxes arrive as one value or a list, none ticked sends nothing; duplicates drop. */
export const tickedList = <T extends z.ZodType>(item: T, min = 0, code: ErrorCode = 'invalid') =>
  z
    .preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(item, 'invalid').min(min, code),
    )
    .transform((list) => [...new Set(list)]);

const WEB_LINK = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** One optional web address (http or https), at most 500 characters. */
export const optionalWebLink = (code: ErrorCode) =>
  optionalText(500).refine((v) => v === undefined || WEB_LINK.test(v), code);

/** Web links, one per line (or separated by spaces), at most ten. */
export const webLinks = () =>
  optionalText(3000).transform((v, ctx) => {
    const links = (v ?? '')
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (links.length > 10 || links.some((l) => !WEB_LINK.test(l) || l.length > 500)) {
      ctx.addIssue({ code: 'custom', message: 'plan.evidence_invalid' });
      return z.NEVER;
    }
    return links;
  });

/** A ticked checkbox sends "yes"; an unticked one sends nothing. */
export const checkbox = () => z.preprocess((v) => v === 'yes', z.boolean());

/** The fields `<name>_fr`, `<name>_nl`, `<name>_de` and `<name>_en` of one text written in up to four languages. */
export function localizedFields<N extends string>(field: N, max: number, kind: 'text' | 'name' = 'text') {
  const one = kind === 'name' ? optionalNameText : optionalText;
  return Object.fromEntries(LOCALES.map((l) => [`${field}_${l}`, one(max)])) as Record<
    `${N}_${Locale}`,
    ReturnType<typeof optionalText>
  >;
}

/** Gathers the four fields of `name` into one object, leaving out the empty languages. */
export function gatherLocalized(values: Record<string, unknown>, name: string): Localized {
  return Object.fromEntries(
    LOCALES.flatMap((l) => {
      const v = values[`${name}_${l}`];
      return typeof v === 'string' && v.trim() ? [[l, v.trim()]] : [];
    }),
  );
}

/**
 * A refinement: at least one language of `name` is filled in; the error shows on its first field.
 * It runs even when other fields are wrong, so that the person sees every problem at once.
 */
export const oneLanguageAtLeast = (
  name: string,
  code: 'localized.required' | 'description.required' = 'localized.required',
) =>
  [
    (values: Record<string, unknown>) => Object.keys(gatherLocalized(values, name)).length > 0,
    { path: [`${name}_fr`] as PropertyKey[], message: code, when: () => true },
  ] as const;

/** The form's values for a localized text, to fill the four fields again. */
export const localizedValues = (name: string, text: Localized) =>
  Object.fromEntries(LOCALES.map((l) => [`${name}_${l}`, text[l]]));

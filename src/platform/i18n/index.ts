import { IntlMessageFormat } from 'intl-messageformat';
import type { Texts } from './define.ts';
import { errorMessages } from './error-messages.ts';
import { messages as words } from './messages.ts';
import { NNBSP } from './typography.ts';

export const LOCALES = ['fr', 'nl', 'de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/**
 * Filled in by each feature's feature.ts with its messages (declaration merging): a key that no feature defines
 * fails tsc, while the platform itself names no feature.
 */
// biome-ignore lint/suspicious/noEmptyInterface: extended by declaration merging
export interface Register {}
type FeatureKeys = { [F in keyof Register]: keyof Register[F] & string }[keyof Register];
type SharedKeys = keyof typeof words | keyof typeof errorMessages;
export type MessageKey = (SharedKeys & string) | FeatureKeys;
/** Stable error codes, as the API returns them; each maps to the message `err.<code>`. */
export type ErrorCode = MessageKey extends infer K ? (K extends `err.${infer C}` ? C : never) : never;

const table = new Map<string, Texts>();

/**
 * Adds features' messages to the table. A key defined twice, in two features or in a feature and the platform,
 * stops the start: which text wins must never depend on the order of a list.
 */
export function registerMessages(...sets: Record<string, Texts>[]) {
  const seen = new Set<string>();
  for (const set of sets)
    for (const [key, texts] of Object.entries(set)) {
      const had = table.get(key);
      if ((had && had !== texts) || seen.has(key)) throw new Error(`The message ${key} is defined twice`);
      seen.add(key);
    }
  for (const set of sets) for (const [key, texts] of Object.entries(set)) table.set(key, texts);
}
registerMessages(words, errorMessages);

/** Every message known, by key: for the checks on all messages (languages, placeholders, typography). */
export const allMessages = (): ReadonlyMap<string, Texts> => table;

export type Params = Record<string, string | number>;
export type T = (key: MessageKey, params?: Params) => string;

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

export function isErrorCode(v: string): v is ErrorCode {
  return table.has(`err.${v}`);
}

/** BCP 47 tags for formatting: Belgian French, Dutch and German; British English (en-BE formats numbers the French way). */
export const FORMAT_LOCALE: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

const compiled = new Map<string, IntlMessageFormat>();
/** A message with placeholders is ICU MessageFormat (plurals, numbers), compiled once per language and key. */
function format(locale: Locale, key: string, text: string, params: Params): string {
  const id = `${locale}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    f = new IntlMessageFormat(text, FORMAT_LOCALE[locale], undefined, { ignoreTag: true });
    compiled.set(id, f);
  }
  try {
    return String(f.format(params));
  } catch {
    // A placeholder the caller did not give stays visible rather than failing the page.
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  }
}

export function translator(locale: Locale): T {
  return (key, params) => {
    const text = table.get(key)?.[locale] ?? key;
    return text.includes('{') ? format(locale, key, text, params ?? {}) : text;
  };
}

/** Picks the best supported language from an Accept-Language header; French when none fits. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { lang: tag.toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  return ranked.map((x) => x.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * Dates are shown in Europe/Brussels, whatever the server's zone. With `zone`, the time says its zone (UTC+2,
 * CEST): pages that are evidence, such as the ledger, are read from anywhere.
 */
export function formatDateTime(locale: Locale, d: Date, withTime = true, zone = false): string {
  const id = `${locale}:${withTime}:${zone}`;
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(
      `${locale}-BE`,
      withTime && zone
        ? {
            year: 'numeric',
            month: 'long',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            timeZoneName: 'short',
            timeZone: 'Europe/Brussels',
          }
        : { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: 'Europe/Brussels' },
    );
    dateFormats.set(id, f);
  }
  const text = f.format(d);
  // French writes the first of the month as an ordinal: « 1er juillet ». Intl says « 1 juillet ».
  return locale === 'fr' ? text.replace(/(^|\s)1 (?=\p{L})/u, '$11er ') : text;
}

/** A calendar day (YYYY-MM-DD, as dates are stored) in words; a dash when there is none. */
export function formatDay(locale: Locale, day: string | null): string {
  return day ? formatDateTime(locale, new Date(`${day}T12:00:00Z`), false) : '—';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (locale: Locale, style: 'decimal' | 'percent') => {
  const id = `${locale}:${style}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(FORMAT_LOCALE[locale], {
      style,
      maximumFractionDigits: style === 'percent' ? 0 : 3,
    });
    numberFormats.set(id, f);
  }
  return f;
};

/** A number as the reader writes it: 1 234,5 (fr), 1.234,5 (nl, de), 1,234.5 (en). */
export function formatNumber(locale: Locale, n: number): string {
  return numberFormat(locale, 'decimal').format(n);
}

/** A share (0.3) as a percentage: « 30 % » in French and German, 30% in Dutch and English. */
export function formatPercent(locale: Locale, share: number): string {
  const text = numberFormat(locale, 'percent').format(share);
  // ICU versions differ on the French space before %; the house rule (typography.ts) is the narrow one.
  return locale === 'fr' ? text.replace(/\s(?=%)/u, NNBSP) : text;
}

const listFormats = new Map<Locale, Intl.ListFormat>();
/** Items joined as a sentence says them: « a, b et c », “a, b and c” (en-GB: no Oxford comma). */
export function formatList(locale: Locale, items: readonly string[]): string {
  let f = listFormats.get(locale);
  if (!f) {
    f = new Intl.ListFormat(FORMAT_LOCALE[locale], { type: 'conjunction' });
    listFormats.set(locale, f);
  }
  return f.format(items);
}

/** The name of each language in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  fr: 'Français',
  nl: 'Nederlands',
  de: 'Deutsch',
  en: 'English',
};

/** Text written in up to four languages (descriptions, campaigns, templates). */
export type Localized = Partial<Record<Locale, string>>;

/** The text in the reader's language, or else in the first language it exists in, with that language. */
export function pickLocalized(text: Localized, locale: Locale): { lang: Locale; text: string } | null {
  const lang = text[locale] ? locale : LOCALES.find((l) => text[l]);
  return lang ? { lang, text: text[lang] as string } : null;
}

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../platform/i18n/index.ts';

/**
 * The themes of a support session: what the person came for. They are content, not code (taxonomy.ts), so that
 * a network may adapt the list; a code, once used, stays, since sessions store it.
 */
export const THEMES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../content/facilitation/themes.json',
);

/** The theme that catches the rest: always in the list, always last. */
export const OTHER_THEME = 'other';

export interface Theme {
  code: string;
  label: Record<Locale, string>;
}
export interface Themes {
  version: number;
  themes: Theme[];
}

const label = z.string().trim().min(1, 'a label is empty');
const theme = z.strictObject({
  code: z.string().regex(/^[a-z_]+$/, 'a code is lowercase letters and « _ » only'),
  ...(Object.fromEntries(LOCALES.map((l) => [l, label])) as Record<Locale, typeof label>),
});
const themesFile = z.strictObject({
  version: z.number().int().positive(),
  themes: z.array(theme).min(1),
});

/**
 * Reads and checks the themes file. A language left out, a code used twice or « other » not last is an error
 * at start-up, naming the file and the theme, rather than a form with a blank choice.
 */
export function readThemes(file = THEMES_FILE): Themes {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const parsed = themesFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const seen = new Set<string>();
  for (const t of parsed.data.themes) {
    if (seen.has(t.code)) throw new Error(`${file}: the theme code « ${t.code} » is used twice`);
    seen.add(t.code);
  }
  if (parsed.data.themes.at(-1)?.code !== OTHER_THEME)
    throw new Error(`${file}: the theme « ${OTHER_THEME} » must be there, and last`);
  return {
    version: parsed.data.version,
    themes: parsed.data.themes.map((t) => ({
      code: t.code,
      label: Object.fromEntries(LOCALES.map((l) => [l, t[l]])) as Record<Locale, string>,
    })),
  };
}

/**
 * A theme's label in one language. A code the file no longer has (a session logged under an older list) shows
 * as itself rather than failing the page.
 */
export function themeLabel(themes: Themes | readonly Theme[], code: string, locale: Locale): string {
  const list = 'themes' in themes ? themes.themes : themes;
  return list.find((t) => t.code === code)?.label[locale] ?? code;
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../platform/i18n/index.ts';
import { type Labelled, labelOf, readLabelledLists } from '../../platform/i18n/labelled-lists.ts';

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

export type Theme = Labelled;
export interface Themes {
  version: number;
  themes: Theme[];
}

/** Reads and checks the themes file (see labelled-lists.ts); « other » must be there, and last. */
export function readThemes(file = THEMES_FILE): Themes {
  return readLabelledLists(file, { themes: { noun: 'theme', last: OTHER_THEME } });
}

/**
 * A theme's label in one language. A code the file no longer has (a session logged under an older list) shows
 * as itself rather than failing the page.
 */
export function themeLabel(themes: Themes | readonly Theme[], code: string, locale: Locale): string {
  return labelOf('themes' in themes ? themes.themes : themes, code, locale);
}

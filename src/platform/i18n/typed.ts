/**
 * Numbers and dates as people type them in Belgium. The same form is read the same way on every page,
 * whatever its language, so that a value never changes meaning with the interface language.
 */

/** Spaces people put between thousands: ordinary, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009). */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * A typed number, or why it cannot be read:
 * - thousands may be grouped with spaces (1 500), or with dots or commas when the groups make it plain
 *   (1.234.567, 1.234,5, 1,234.5);
 * - one comma or dot with other than three digits after it is the decimal sign (12,5 or 12.5);
 * - "1.500" or "1,500" alone is fifteen hundred in Dutch, German and French, and one and a half in English:
 *   it is `ambiguous`, and the message says how to write either.
 */
export function parseTypedNumber(typed: string): number | 'invalid' | 'ambiguous' {
  const v = typed.replace(GROUP_SPACES, '');
  const sign = v.startsWith('-') ? -1 : 1;
  const body = sign < 0 ? v.slice(1) : v;
  let digits: string | undefined;
  if (/^\d+$/.test(body)) digits = body;
  else if (/^\d+[.,]\d+$/.test(body)) {
    if (/^\d{1,3}[.,]\d{3}$/.test(body) && !/^0[.,]/.test(body)) return 'ambiguous';
    digits = body.replace(',', '.');
  } else {
    // Two or more signs: every group mark is the same, groups have three digits, and a decimal sign (the
    // other mark) comes at most once, last.
    const m = /^(\d{1,3})((?:([.,])\d{3})(?:\3\d{3})*)(?:([.,])(\d+))?$/.exec(body);
    if (!m || (m[4] !== undefined && m[4] === m[3])) return 'invalid';
    digits = `${m[1]}${(m[2] ?? '').replaceAll(m[3] ?? '', '')}${m[5] !== undefined ? `.${m[5]}` : ''}`;
  }
  const n = Number(digits);
  return Number.isFinite(n) ? sign * n : 'invalid';
}

/**
 * A typed date as YYYY-MM-DD, or null: what a date field sends (2026-12-31), or as people write it where the
 * browser shows a plain text box: 31/12/2026, 31-12-2026 and, in German, 31.12.2026. The day must exist.
 */
export function parseTypedDate(typed: string): string | null {
  const v = typed.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null;
}

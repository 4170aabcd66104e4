/**
 * Finds data in a session note that would identify the person helped: an email address, a phone number or a
 * Belgian national register number. Detection only: the text is never changed.
 */

export type PersonalData = 'email' | 'phone' | 'national_number';

/** Horizontal whitespace, including the no-break spaces of French typography: no number runs across lines. */
const H = String.raw`[^\S\r\n]`;
const WORD = String.raw`\p{L}\p{M}\p{N}`;
// Obfuscations such as "jan(at)mail.be", "jan [at] mail [dot] be" are as identifying as the plain address.
const AT = String.raw`(?:${H}?@${H}?|${H}?[([{]${H}?(?:at|@)${H}?[)\]}]${H}?)`;
const DOT = String.raw`(?:\.|${H}?[([{]${H}?(?:dot|punt|point)${H}?[)\]}]${H}?)`;
const LABEL = `[${WORD}-]+`;
// The lookbehind anchors the local part at the start of its run, keeping the scan linear on long words.
const EMAIL = new RegExp(
  String.raw`(?<![${WORD}._%+-])[${WORD}._%+-]+${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}`,
  'giu',
);

/**
 * A run of digit groups that may be one number: "+32 (0)2 123 45 67", "85.07.30-033.28", "0470/12.34.56".
 * A separator is one of . / - with optional spaces around it, or spaces alone; a parenthesised group needs none.
 * The separator is written so that backtracking over long runs of spaces stays linear.
 */
const CHUNK = new RegExp(String.raw`\+?(?:\d+|\(\d{1,4}\))(?:${H}*(?:[./-]${H}*)?(?:\d+|\(\d{1,4}\)))*`, 'g');
const TOKEN = /\(\d+\)|\d+/g;

interface Group {
  digits: string;
  paren: boolean;
  /** What stands between this group and the previous one; '' for the first. */
  sep: string;
  /** Offset of the group in the chunk. */
  at: number;
}

/** E.164 allows 15 digits; with a 00 prefix and a trunk zero no number has more, so longer runs need no try. */
const MAX_DIGITS = 18;
/** A landline without its zero has eight. */
const MIN_DIGITS = 8;

/** The first kind of personal data found in a text, or null. "First" is the earliest in the text. */
export function personalDataIn(text: string): PersonalData | null {
  let found: { kind: PersonalData; at: number } | null = null;
  const email = text.search(EMAIL);
  if (email >= 0) found = { kind: 'email', at: email };
  for (const m of text.matchAll(CHUNK)) {
    if (found && m.index >= found.at) break;
    const hit = numberIn(m[0]);
    if (hit && (!found || m.index + hit.at < found.at)) found = { kind: hit.kind, at: m.index + hit.at };
  }
  return found?.kind ?? null;
}

/** The first national or phone number in a chunk, trying every run of consecutive groups. */
function numberIn(chunk: string): { kind: PersonalData; at: number } | null {
  const plus = chunk.startsWith('+');
  const groups: Group[] = [];
  let end = plus ? 1 : 0;
  for (const t of chunk.matchAll(TOKEN)) {
    groups.push({
      digits: t[0].replace(/[()]/g, ''),
      paren: t[0].startsWith('('),
      sep: chunk.slice(end, t.index),
      at: t.index,
    });
    end = t.index + t[0].length;
  }
  for (let i = 0; i < groups.length; i++) {
    // A number starts a chunk or follows a space: "1.020.304.050" holds no phone starting at "020".
    const first = groups[i];
    if (!first || (i > 0 && !/^\s+$/.test(first.sep))) continue;
    const withPlus = plus && i === 0;
    const start = withPlus ? 0 : first.at;
    const windows: { groups: Group[]; raw: string }[] = [];
    for (let j = i, n = 0; j < groups.length; j++) {
      const last = groups[j] as Group;
      n += last.digits.length;
      if (n > MAX_DIGITS) break;
      if (n < MIN_DIGITS) continue;
      windows.push({ groups: groups.slice(i, j + 1), raw: chunk.slice(start, last.at + rawLength(last)) });
    }
    // A national number wins over a phone read into its first digits.
    if (!withPlus && windows.some((w) => isNationalNumber(w.groups)))
      return { kind: 'national_number', at: start };
    if (windows.some((w) => isPhone(w.groups, withPlus, w.raw))) return { kind: 'phone', at: start };
  }
  return null;
}

function rawLength(g: Group): number {
  return g.digits.length + (g.paren ? 2 : 0);
}

/**
 * YYMMDD-SSS-CC. Only numbers whose check digits are right are flagged: notes hold invoice, file and ticket
 * references of 11 digits, and refusing all of them would push helpers to mangle notes to get past the check.
 */
function isNationalNumber(window: Group[]): boolean {
  let length = 0;
  for (const [k, g] of window.entries()) {
    if (g.paren || (k > 0 && !/^\s*[.-]?\s*$/.test(g.sep))) return false;
    length += g.digits.length;
    // Separators sit only between date parts, serial and check digits.
    if (k < window.length - 1 && ![2, 4, 6, 9].includes(length)) return false;
  }
  const d = window.map((g) => g.digits).join('');
  if (d.length !== 11) return false;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  // Month 00 and day 00 stand for an unknown birth date; +20 and +40 mark BIS numbers.
  const monthOk = month <= 12 || (month >= 20 && month <= 32) || (month >= 40 && month <= 52);
  if (!monthOk || day > 31) return false;
  const base = Number(d.slice(0, 9));
  const check = Number(d.slice(9));
  // People born from 2000 on get check digits computed with a leading 2; the two-digit year cannot tell which.
  return check === 97 - (base % 97) || check === 97 - ((2_000_000_000 + base) % 97);
}

const ENTERPRISE_NUMBER = /^[01]\d{3}\.\d{3}\.\d{3}$/;
const DOTTED_AMOUNT = /^[1-9]\d{0,2}(?:\.\d{3})+$/;

function isPhone(window: Group[], withPlus: boolean, raw: string): boolean {
  const head = window[0];
  if (!head) return false;
  if (withPlus || head.digits.startsWith('00')) return isInternational(window, withPlus, raw);
  if (ENTERPRISE_NUMBER.test(raw)) return false;
  // "(0)2 123 45 67" and "(02) 123 45 67": the trunk zero or the area code may stand in parentheses.
  let groups = window.map((g) => ({ digits: g.digits, paren: g.paren }));
  const second = window[1];
  if (head.digits === '0' && head.paren && second && second.sep === '' && !second.paren) {
    groups = [{ digits: `0${second.digits}`, paren: false }, ...groups.slice(2)];
  }
  if (groups.slice(1).some((g) => g.paren)) return false;
  const d = groups.map((g) => g.digits).join('');
  if (d[0] !== '0' || d[1] === '0') return false;
  const sizes = groups.map((g) => g.digits.length);
  const [area = 0, ...rest] = sizes;
  // After the zone the subscriber number is one block or pairs and triples, which dates ("04/12/2025") are not.
  const restOk = rest.length === 1 || rest.every((s) => s === 2 || s === 3);
  // Mobile: 04xx and six digits. Landline: a zone of one or two digits after the 0, nine digits in all.
  if (d.length === 10 && d.startsWith('04')) return sizes.length === 1 || (area === 4 && restOk);
  if (d.length === 9) return sizes.length === 1 || ((area === 2 || area === 3) && restOk);
  return false;
}

function isInternational(window: Group[], plus: boolean, raw: string): boolean {
  // The trunk zero in "+32 (0)2 ..." is not dialled from abroad.
  const d = window
    .filter((g, k) => !(k > 0 && g.paren && g.digits === '0'))
    .map((g) => g.digits)
    .join('');
  const number = plus ? d : d.slice(2);
  if (!plus && !d.startsWith('0032')) return false;
  if (number.startsWith('32')) {
    // "+32 0470 ..." is a common slip for "+32 470 ...".
    const national = number.slice(2).replace(/^0/, '');
    return national.length === 8 || national.length === 9;
  }
  // "+12.500.000" is an amount, not a number abroad.
  if (DOTTED_AMOUNT.test(raw.slice(1))) return false;
  return number[0] !== '0' && number.length >= 8 && number.length <= 15;
}

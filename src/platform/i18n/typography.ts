// The rule (docs/decisions.md): in French, a no-break space (U+00A0) before « : » and inside « », a narrow
// no-break space (U+202F) before ; ! ? and %, as Intl itself writes « 30 % ». Never an ordinary space, which
// lets a line break leave the sign alone at the start of a line.
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

/** Shows the two no-break spaces in a failure message: ⍽ for U+00A0, · for U+202F. */
export const showSpaces = (s: string) => s.replace(/\u00a0/g, '⍽').replace(/\u202f/g, '·');

/** What breaks the rule in one French text, each fault with where it is; empty when the text is right. */
export function frenchFaults(text: string): string[] {
  const faults: string[] = [];
  for (const m of text.matchAll(/(\s?)([:;!?%»])(?=(.?))/gsu)) {
    const [, before = '', sign = '', after = ''] = m;
    // A sign that starts the text (a unit label such as « % ») has no word to keep it company.
    if (before === '' && m.index === 0) continue;
    if (before === '') {
      // Glued to the next word, it is a URL or a code (mailto:x, ?token=, 10:30), not punctuation.
      if (sign === '»' || sign === '%' || after === '' || /[\s»)]/u.test(after))
        faults.push(`nothing before ${sign}`);
      continue;
    }
    const want = sign === ':' || sign === '»' ? NBSP : NNBSP;
    if (before !== want) faults.push(`${JSON.stringify(before)} before ${sign}`);
  }
  for (const m of text.matchAll(/«(\s?)/gu)) if (m[1] !== NBSP) faults.push('no no-break space after «');
  return faults;
}

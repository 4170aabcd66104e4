import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Texts } from '../platform/i18n/define.ts';
import { allMessages, LOCALES, type Locale, registerMessages } from '../platform/i18n/index.ts';
import { frenchFaults, showSpaces } from '../platform/i18n/typography.ts';

// Checks on every message of every feature and of the platform, registered together as the app does (a key
// defined twice throws here too).
const dir = import.meta.dirname;
registerMessages(
  ...(await Promise.all(
    fs
      .readdirSync(dir)
      .filter((f) => fs.existsSync(path.join(dir, f, 'messages.ts')))
      .map(async (f) => (await import(`./${f}/messages.ts`)).messages as Record<string, Texts>),
  )),
);
const catalog = (l: Locale) => Object.fromEntries([...allMessages()].map(([k, v]) => [k, v[l]]));
const [fr, nl, de, en] = LOCALES.map(catalog) as [
  Record<string, string>,
  Record<string, string>,
  Record<string, string>,
  Record<string, string>,
];

/** The names of a message's arguments, plain or inside plurals and selects (whose branches are not arguments). */
type Ast = ReturnType<IntlMessageFormat['getAst']>;
function argumentsOf(ast: Ast, into = new Set<string>()): Set<string> {
  for (const el of ast) {
    // Type 0 is literal text; the others with a string value are arguments (plain, number, date, plural…).
    if (el.type !== 0 && 'value' in el && typeof el.value === 'string') into.add(el.value);
    if ('options' in el)
      for (const o of Object.values(el.options) as { value: Ast }[]) argumentsOf(o.value, into);
  }
  return into;
}

test('every message has the same placeholders in every language as in French, and none is empty', () => {
  const placeholders = (s: string) =>
    [...argumentsOf(new IntlMessageFormat(s, 'fr', undefined, { ignoreTag: true }).getAst())].sort();
  for (const [name, catalog] of Object.entries({ nl, de, en })) {
    assert.deepEqual(Object.keys(catalog).sort(), Object.keys(fr).sort(), name);
    for (const [key, text] of Object.entries(fr)) {
      const other = (catalog as Record<string, string>)[key] ?? '';
      assert.ok(other.trim().length > 0, `${name}.${key} is empty`);
      assert.deepEqual(placeholders(other), placeholders(text), `${name}.${key}`);
    }
  }
});

test('French messages keep their signs with the word before them, and quote with « » and no-break spaces', () => {
  const bad = Object.entries(fr).flatMap(([key, text]) =>
    frenchFaults(text).map((f) => `${key}: ${f} in ${showSpaces(text)}`),
  );
  assert.deepEqual(bad, []);
});

test('no language writes a plural or a gender as « (s) » or « (e) »: plurals come from the message format', () => {
  const bad: string[] = [];
  for (const [name, catalog] of Object.entries({ fr, nl, de, en }))
    for (const [key, text] of Object.entries(catalog))
      if (/\p{L}\((?:s|e|es|x|n|en|r|er|in|innen)\)/u.test(text)) bad.push(`${name}.${key}: ${text}`);
  assert.deepEqual(bad, []);
});

test('quotation marks are typographic in every language: no straight double quote', () => {
  const bad: string[] = [];
  for (const [name, catalog] of Object.entries({ fr, nl, de, en }))
    for (const [key, text] of Object.entries(catalog))
      if (text.includes('"')) bad.push(`${name}.${key}: ${text}`);
  assert.deepEqual(bad, []);
});

/**
 * The variants the glossary (docs/glossary.md, its "UI ≠" notes) refuses, per language. The interface uses one
 * word per concept; the Charter's own text (content/charter) may keep its more formal words.
 */
const FORBIDDEN: Record<Locale, [RegExp, string][]> = {
  fr: [
    [/courriel/i, 'e-mail'],
    [/hameçonnage/i, 'phishing'],
    [/\bcharte\b(?! de déontologie)/, 'Charte (a proper noun)'],
    [/vous êtes (?:déconnecté|invité|connecté)/i, 'a neutral phrasing'],
    [/délai de grâce/i, 'délai supplémentaire'],
  ],
  nl: [
    [/\bde Charter\b/i, 'het Charter'],
    [/rond te komen/, 'het zelf te redden'],
    [/\b(?:Gevestigd|Beginnend)\b/, 'Verankerd, Startend'],
    [/in voege/i, 'Ingevoerd'],
    [/doelstelling/i, 'doel'],
    [/vooruitgang/i, 'voortgang'],
    [/obstakel/i, 'drempel'],
    // Registering an organisation; recording a training or an adoption (geregistreerd) is another sense.
    [/registratie|(?:organisatie|\}) (?:te )?registreren|zonder registreren|^Geregistreerd$/i, 'inschrijven'],
    [/Bewijsregister/, 'bewijsregister'],
    [/woord van de directie/i, 'verklaring van de directie'],
    [/\bGoeiedag\b/, 'Goedendag'],
    [/laattijdig/i, 'te laat'],
    [/\b(?:je|jij|jouw)\b/i, 'u (the formal register)'],
  ],
  de: [
    [/Schulungssitzung|Sitzung erfassen|Sitzungen, die/i, 'Schulung (Sitzung is the sign-in session)'],
    [/\beine? Praxis\b|Gute Praktiken/i, 'Praxisbeispiel'],
    [/Unterzeichnende|Unterzeichnerin/, 'Unterzeichner'],
    [/Rückzug/, 'Rücknahme'],
    [/freiwillig/i, 'optional'],
    [/Leistungsempfänger/, 'Begünstigte'],
    [/Bildschirmleser/, 'Screenreader'],
    [
      /Registrierung|Organisation (?:zu )?registrieren|\} registrieren|^Registriert$/i,
      'eintragen, Eintragung',
    ],
    [/Unterstützung (?:zu )?erklären/i, 'Unterstützung zusagen'],
    [/\bAm Anfang\b|^Läuft$/, 'Einstieg, Laufend'],
    [/Ratschläge/, 'Empfehlungen'],
    [/\bVereine?\b/, 'Vereinigung (VoG)'],
  ],
  en: [
    [/\bthe charter\b/, 'the Charter'],
    [/\bobjectives?\b/i, 'goal'],
    [/\bbarriers?\b/i, 'obstacle'],
    [/\bannual\b/i, 'yearly'],
    [/top management|\bleadership\b/i, 'senior management'],
    [/\bcharit(?:y|ies)\b/i, 'non-profit (ASBL/VZW)'],
    [/digital champions?/i, 'digital helpers'],
    [/shared assessment/i, 'joint review'],
    [/\bparticipants\b/i, 'attendances'],
    [/\bnine commitments\b/i, '9 commitments'],
    [/report late/i, 'Report overdue'],
  ],
};

test('no message uses a variant the glossary refuses', () => {
  const bad: string[] = [];
  for (const [name, catalog] of Object.entries({ fr, nl, de, en }) as [Locale, Record<string, string>][])
    for (const [key, text] of Object.entries(catalog))
      for (const [variant, use] of FORBIDDEN[name])
        if (variant.test(text)) bad.push(`${name}.${key}: ${variant} → ${use}: ${text}`);
  assert.deepEqual(bad, []);
});

/** Quotation marks each language does not use (section 4.1 of the language review). */
const FOREIGN_QUOTES: Record<Locale, RegExp> = {
  fr: /[“”„‘‚]/,
  nl: /[“”„‚«»]/,
  de: /[”«»‘]/,
  en: /[„‚«»]/,
};

test('each language quotes its own way, with typographic apostrophes, and sets its signs as it should', () => {
  const bad: string[] = [];
  for (const [name, catalog] of Object.entries({ fr, nl, de, en }) as [Locale, Record<string, string>][])
    for (const [key, text] of Object.entries(catalog)) {
      const fault = (why: string) => bad.push(`${name}.${key}: ${why}: ${showSpaces(text)}`);
      if (text.includes("'")) fault('a straight apostrophe (use ’; in ICU a straight one escapes)');
      if (FOREIGN_QUOTES[name].test(text)) fault('quotation marks of another language');
      if (name !== 'fr' && /\s[:;!?](?=\s|$)/u.test(text)) fault('a space before a colon or a question mark');
      if ((name === 'nl' || name === 'en') && /\d\s%/u.test(text)) fault('a space before %');
      if (name === 'de' && /\d(?:[ \u202f])%/u.test(text)) fault('« % » takes a no-break space (U+00A0)');
      if (name === 'fr' && /\d (?:Ko|Mo|Go)\b/u.test(text)) fault('a unit takes a no-break space');
      if (key.endsWith('.short') && /\.\s*$/u.test(text)) fault('a short label ends without a full stop');
    }
  assert.deepEqual(bad, []);
});

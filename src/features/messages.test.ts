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

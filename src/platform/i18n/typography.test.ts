import assert from 'node:assert/strict';
import { test } from 'node:test';
import { de } from './catalogs/de.ts';
import { en } from './catalogs/en.ts';
import { fr } from './catalogs/fr.ts';
import { nl } from './catalogs/nl.ts';
import { frenchFaults, showSpaces } from './typography.ts';

test('French messages keep their signs with the word before them, and quote with « » and no-break spaces', () => {
  const bad = Object.entries(fr).flatMap(([key, text]) =>
    frenchFaults(text).map((f) => `${key}: ${f} in ${showSpaces(text)}`),
  );
  assert.deepEqual(bad, []);
});

test('the rule catches an ordinary space before each sign and inside « »', () => {
  for (const s of [
    'Erreur : x',
    'Vraiment ?',
    'Non !',
    'a ; b',
    '30 %',
    '« x »',
    '«\u00a0x »',
    'Oublié?',
    'Note: x',
  ])
    assert.notDeepEqual(frenchFaults(s), [], s);
  for (const s of [
    'Erreur\u00a0: x',
    'Vraiment\u202f?',
    '30\u202f%',
    '«\u00a0x\u00a0»',
    'mailto:x',
    '/a?token=1',
    '10:30',
  ])
    assert.deepEqual(frenchFaults(s), [], s);
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

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { de } from './catalogs/de.ts';
import { en } from './catalogs/en.ts';
import { fr } from './catalogs/fr.ts';
import { nl } from './catalogs/nl.ts';
import { formatDateTime, formatDay, negotiateLocale, translator } from './index.ts';

test('Accept-Language negotiation honours weights and falls back to French', () => {
  assert.equal(negotiateLocale(undefined), 'fr');
  assert.equal(negotiateLocale(''), 'fr');
  assert.equal(negotiateLocale('nl-BE'), 'nl');
  assert.equal(negotiateLocale('en;q=0.4, de;q=0.9'), 'de');
  assert.equal(negotiateLocale('pt-BR, es;q=0.9'), 'fr');
  assert.equal(negotiateLocale('*'), 'fr');
  assert.equal(negotiateLocale('nl;q=0, en'), 'en');
  assert.equal(negotiateLocale('garbage;;;q=x'), 'fr');
});

test('messages take their parameters', () => {
  assert.equal(translator('en')('pagination.page', { page: 2, pages: 7 }), 'Page 2 of 7');
  assert.equal(translator('fr')('pagination.page', { page: 2, pages: 7 }), 'Page 2 sur 7');
});

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

test('every catalog has the same keys and the same placeholders as the French one', () => {
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

test('dates are shown in Brussels time', () => {
  // 23:30 UTC on 31 December is already 1 January in Brussels.
  assert.match(formatDateTime('fr', new Date('2026-12-31T23:30:00Z')), /^1er janvier 2027 à 00:30$/);
});

test('French dates say « 1er » for the first of the month, and only for it; times can say their zone', () => {
  assert.equal(formatDay('fr', '2026-07-01'), '1er juillet 2026');
  assert.equal(formatDay('fr', '2026-07-11'), '11 juillet 2026');
  assert.equal(formatDay('fr', '2026-07-21'), '21 juillet 2026');
  assert.equal(formatDay('nl', '2026-07-01'), '1 juli 2026');
  assert.equal(formatDay('en', '2026-07-01'), '1 July 2026');
  assert.match(
    formatDateTime('fr', new Date('2026-07-01T08:05:00Z'), true, true),
    /^1er juillet 2026 à 10:05 UTC\+2$/,
  );
  assert.match(
    formatDateTime('nl', new Date('2026-01-10T08:05:00Z'), true, true),
    /^10 januari 2026 om 09:05 CET$/,
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { de } from './catalogs/de.ts';
import { en } from './catalogs/en.ts';
import { fr } from './catalogs/fr.ts';
import { nl } from './catalogs/nl.ts';
import { formatDateTime, negotiateLocale, translator } from './index.ts';

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

test('every catalog has the same keys and the same placeholders as the French one', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
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
  assert.match(formatDateTime('fr', new Date('2026-12-31T23:30:00Z')), /1 janvier 2027/);
});

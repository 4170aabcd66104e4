import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDateTime, formatDay, negotiateLocale, registerMessages, translator } from './index.ts';
import { messages } from './messages.ts';

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

test('a key defined twice stops the registration, and nothing of it is added', () => {
  const again = { 'pagination.page': { fr: 'x', nl: 'x', de: 'x', en: 'x' } };
  assert.throws(() => registerMessages(again), /pagination\.page is defined twice/);
  const twice = { 'test.only_here': { fr: 'a', nl: 'a', de: 'a', en: 'a' } };
  assert.throws(() => registerMessages(twice, { ...twice }), /test\.only_here is defined twice/);
  assert.equal(
    translator('fr')('pagination.page', { page: 1, pages: 2 }),
    messages['pagination.page'].fr.replace('{page}', '1').replace('{pages}', '2'),
  );
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

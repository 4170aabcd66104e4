import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatList, formatNumber, formatPercent, translator } from './index.ts';
import { parseTypedDate, parseTypedNumber } from './typed.ts';

// What people type in each language, and what it must mean. The same text means the same everywhere.
const TYPED: Record<string, [string, number | 'invalid' | 'ambiguous'][]> = {
  fr: [
    ['1500', 1500],
    ['1 500', 1500],
    ['1\u202f500', 1500],
    ['1\u00a0234\u00a0567,5', 1234567.5],
    ['12,5', 12.5],
    ['0,25', 0.25],
    ['1.500', 'ambiguous'],
  ],
  nl: [
    ['1.500', 'ambiguous'],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['12,5', 12.5],
    ['1 500', 1500],
  ],
  de: [
    ['1.500', 'ambiguous'],
    ['10.000.000', 10000000],
    ['2.500,75', 2500.75],
    ['3,5', 3.5],
  ],
  en: [
    ['1,500', 'ambiguous'],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['12.5', 12.5],
    ['0.500', 0.5],
  ],
  any: [
    ['-3', -3],
    ['', 'invalid'],
    ['12a', 'invalid'],
    ['1.2.3', 'invalid'],
    ['1.234.5', 'invalid'],
    ['1,234,5', 'invalid'],
    ['1.23,45', 'invalid'],
    ['1e5', 'invalid'],
    ['Infinity', 'invalid'],
    ['0x10', 'invalid'],
  ],
};

for (const [lang, cases] of Object.entries(TYPED))
  test(`numbers as people type them (${lang})`, () => {
    for (const [typed, want] of cases) assert.equal(parseTypedNumber(typed), want, JSON.stringify(typed));
  });

test('dates as a date field sends them, or typed as 31/12/2026 and, in German, 31.12.2026', () => {
  assert.equal(parseTypedDate('2026-12-31'), '2026-12-31');
  assert.equal(parseTypedDate('31/12/2026'), '2026-12-31');
  assert.equal(parseTypedDate('31.12.2026'), '2026-12-31');
  assert.equal(parseTypedDate('1/3/2026'), '2026-03-01');
  assert.equal(parseTypedDate(' 05-03-2026 '), '2026-03-05');
  for (const bad of ['31/02/2026', '2026-02-30', '12/31/2026', '2026/12/31', '31/12/26', 'tomorrow', ''])
    assert.equal(parseTypedDate(bad), null, bad);
});

test('the examples in the date message are in the reader’s format', () => {
  assert.match(translator('fr')('err.date.invalid'), /31\/12\/2026/);
  assert.match(translator('de')('err.date.invalid'), /31\.12\.2026/);
});

test('numbers, shares and lists are formatted in the reader’s language; English numbers are British', () => {
  assert.equal(formatNumber('fr', 1234567.5), '1\u202f234\u202f567,5');
  assert.equal(formatNumber('nl', 1234567.5), '1.234.567,5');
  assert.equal(formatNumber('de', 1234567.5), '1.234.567,5');
  assert.equal(formatNumber('en', 1234567.5), '1,234,567.5');
  assert.equal(formatPercent('fr', 0.3), '30\u202f%');
  assert.equal(formatPercent('nl', 0.3), '30%');
  assert.equal(formatPercent('de', 0.3), '30\u00a0%');
  assert.equal(formatPercent('en', 0.3), '30%');
  assert.equal(formatList('fr', ['a', 'b', 'c']), 'a, b et c');
  assert.equal(formatList('nl', ['a', 'b', 'c']), 'a, b en c');
  assert.equal(formatList('de', ['a', 'b', 'c']), 'a, b und c');
  assert.equal(formatList('en', ['a', 'b', 'c']), 'a, b and c');
  assert.equal(
    translator('fr')('layout.label_value', { label: 'Indicateur', value: '12' }),
    'Indicateur\u00a0: 12',
  );
  assert.equal(translator('en')('layout.label_value', { label: 'Indicator', value: '12' }), 'Indicator: 12');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatKbo, parseKbo } from './kbo.ts';

test('the three usual spellings of one number give the same normalised value', () => {
  for (const input of ['0403.199.702', 'BE 0403 199 702', '403199702', 'be0403199702', ' 0403-199-702 ']) {
    assert.deepEqual(parseKbo(input), { ok: true, value: '0403199702' }, input);
  }
  assert.equal(formatKbo('0403199702'), '0403.199.702');
});

test('each kind of bad number says why', () => {
  assert.deepEqual(parseKbo('0403.199.703'), { ok: false, code: 'kbo.checksum' });
  assert.deepEqual(parseKbo('2403199702'), { ok: false, code: 'kbo.first_digit' });
  assert.deepEqual(parseKbo('12345'), { ok: false, code: 'kbo.format' });
  assert.deepEqual(parseKbo('04031997021'), { ok: false, code: 'kbo.format' });
  assert.deepEqual(parseKbo('BE O4O3 199 702'), { ok: false, code: 'kbo.format' });
  assert.deepEqual(parseKbo(''), { ok: false, code: 'kbo.format' });
});

test('valid numbers of other real shapes pass, including those starting with 1', () => {
  // 97 - (10000000 mod 97) = 21
  assert.deepEqual(parseKbo('1000.000.021'), { ok: true, value: '1000000021' });
});

test('communes are matched in either language, and the region follows the postcode', async () => {
  const { findLocality, regionOf } = await import('../../platform/geo.ts');
  assert.equal(findLocality('1000', 'Brussel')?.name, 'Bruxelles');
  assert.equal(findLocality('1000', 'bruxelles')?.name, 'Bruxelles');
  assert.equal(findLocality('4720', 'Kelmis')?.name, 'La Calamine');
  assert.equal(findLocality('4000', 'Lüttich')?.name, 'Liège');
  assert.equal(findLocality('1000', 'Gent'), undefined);
  assert.equal(regionOf('1000'), 'brussels');
  assert.equal(regionOf('1400'), 'wallonia');
  assert.equal(regionOf('4700'), 'wallonia');
  assert.equal(regionOf('9000'), 'flanders');
  assert.equal(regionOf('1500'), 'flanders');
});

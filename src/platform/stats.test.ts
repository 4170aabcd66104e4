import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countOrNull, spread, suppressRow } from './stats.ts';

test('counts under five are hidden, and a second one when a single hidden count could be worked out', () => {
  assert.deepEqual(suppressRow([12, 7, 9]), [12, 7, 9]);
  assert.deepEqual(suppressRow([12, 3, 9]), [12, null, null], 'the next smallest goes too');
  assert.deepEqual(suppressRow([12, 3, 2]), [12, null, null]);
  assert.deepEqual(suppressRow([12, 0, 9]), [12, 0, 9], 'zero is nobody');
  assert.deepEqual(suppressRow([3, 0, 0]), [null, 0, 0]);
  assert.equal(countOrNull(4), null);
  assert.equal(countOrNull(5), 5);
});

test('median and quartiles only from five values', () => {
  assert.deepEqual(spread([10, 20, 30, 40]), { n: 4, median: null, q1: null, q3: null });
  assert.deepEqual(spread([50, 10, 30, 20, 40]), { n: 5, median: 30, q1: 20, q3: 40 });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frenchFaults } from './typography.ts';

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

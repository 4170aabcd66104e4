import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frenchFaults, showSpaces } from '../../platform/i18n/typography.ts';
import { DEFAULT_TEXTS } from './content.ts';

test('the footer pages’ first French texts follow French typography', () => {
  const bad = Object.entries(DEFAULT_TEXTS).flatMap(([page, text]) =>
    text.fr
      ? frenchFaults(text.fr).map((f) => `${page}: ${f} in ${showSpaces(text.fr ?? '').slice(0, 200)}`)
      : [],
  );
  assert.deepEqual(bad, []);
});

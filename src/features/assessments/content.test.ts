import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frenchFaults, showSpaces } from '../../platform/i18n/typography.ts';
import { readQuestionnaires } from './content.ts';

const strings = (o: unknown, at: string): [string, string][] =>
  typeof o === 'string'
    ? [[at, o]]
    : o && typeof o === 'object'
      ? Object.entries(o).flatMap(([k, v]) => strings(v, `${at}.${k}`))
      : [];

test('every version of the Index questionnaire follows French typography in French', () => {
  const bad = readQuestionnaires().flatMap((q) =>
    strings(q.texts.fr, `v${q.version}`).flatMap(([at, text]) =>
      frenchFaults(text).map((f) => `${at}: ${f} in ${showSpaces(text)}`),
    ),
  );
  assert.deepEqual(bad, []);
});

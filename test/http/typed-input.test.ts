import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { objectives } from '../../src/features/plans/schema.ts';
import type { Locale } from '../../src/platform/i18n/index.ts';
import { type Agent, onPage, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { createOrganisation } from '../helpers/org.ts';

// Numbers and dates as people type them, through a real form (a goal's baseline, target and deadline), in
// each language: what is stored, or the message in the reader's language and nothing stored.
let t: TestApp;
let rep: Agent;
let orgId: string;

before(async () => {
  t = await startTestApp();
  rep = await signedInUser(t, { email: 'typed-rep@example.be' });
  orgId = await createOrganisation(rep, 1700, { legalName: 'Typed Numbers Org' });
});
after(() => t.close());

let n = 0;
async function tryGoal(locale: Locale, fields: Record<string, string>) {
  const title = `Typed goal ${++n}`;
  const url = `/${locale}/organisations/${orgId}/plan/objectives/new`;
  await rep.get(`${url}?commitment=C4`);
  const res = await rep.post(url, { commitment: 'C4', title, indicator: 'People', ...fields });
  const [row] = await t.deps.db.select().from(objectives).where(eq(objectives.title, title));
  return { res, row };
}

const STORED: [Locale, Record<string, string>, { baseline: number; target: number; deadline?: string }][] = [
  [
    'fr',
    { baseline: '1 500', target: '2\u202f500,5', deadline: '31/12/2030' },
    { baseline: 1500, target: 2500.5, deadline: '2030-12-31' },
  ],
  [
    'nl',
    { baseline: '1.234.567', target: '1.234,5', deadline: '2030-06-30' },
    { baseline: 1234567, target: 1234.5, deadline: '2030-06-30' },
  ],
  [
    'de',
    { baseline: '12,5', target: '10.000,25', deadline: '31.12.2030' },
    { baseline: 12.5, target: 10000.25, deadline: '2030-12-31' },
  ],
  [
    'en',
    { baseline: '12.5', target: '1,234.5', deadline: '1/3/2031' },
    { baseline: 12.5, target: 1234.5, deadline: '2031-03-01' },
  ],
];

describe('numbers and dates typed in a form', () => {
  for (const [locale, fields, want] of STORED)
    test(`${locale}: ${Object.values(fields).join(' · ')} is stored as meant`, async () => {
      const { res, row } = await tryGoal(locale, fields);
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      assert.ok(row);
      assert.equal(Number(row.baseline), want.baseline);
      assert.equal(Number(row.target), want.target);
      if (want.deadline) assert.equal(row.deadline, want.deadline);
    });

  for (const [locale, typed] of [
    ['fr', '1.500'],
    ['nl', '1.500'],
    ['de', '1.500'],
    ['en', '1,500'],
  ] as const)
    test(`${locale}: « ${typed} » is refused as ambiguous, in ${locale}, and nothing is stored`, async () => {
      const { res, row } = await tryGoal(locale, { baseline: typed, target: '10' });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, onPage(locale)('err.number.ambiguous'));
      assert.equal(row, undefined);
    });

  for (const locale of ['fr', 'nl', 'de', 'en'] as const)
    test(`${locale}: a date that does not exist gets an example in the reader’s format`, async () => {
      const { res, row } = await tryGoal(locale, { baseline: '1', target: '2', deadline: '31/02/2030' });
      assert.equal(res.statusCode, 422);
      assert.match(res.body, onPage(locale)('err.date.invalid'));
      assert.match(res.body, locale === 'de' ? /31\.12\.2026/ : /31\/12\/2026/);
      assert.equal(row, undefined);
    });
});

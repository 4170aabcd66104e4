import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { addHelper, sessionInput } from '../../../test/helpers/facilitation.ts';
import { makeOrg, makeUser, type Person } from '../../../test/helpers/services.ts';
import { organisations } from '../organisations/schema.ts';
import type { SessionInput } from './log.ts';
import * as q from './queries/stats.ts';
import { rebuild } from './queries/tallies.ts';
import { accompanimentTallies as tallies } from './schema.ts';
import { readCells, splitByMonths } from './statistics.ts';

// The figures of structures, networks and regions read running sums per month (the tallies) for whole months and
// the entries for the days at a period's ends. These tests hold the tallies to what the entries say after every
// kind of write, and the figures read that way to the figures counted from the entries alone.
let t: TestApp;
let helper: Person;
let a: string;
let b: string;

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-01-20T10:00:00Z');
  const managerA = await makeUser(t, 'manager-a@example.be');
  const managerB = await makeUser(t, 'manager-b@example.be');
  a = await makeOrg(t, managerA, 901, { legalName: 'CPAS de Tally', sector: 'public' });
  b = await makeOrg(t, managerB, 902, { legalName: 'EPN de Tally', sector: 'public' });
  helper = await makeUser(t, 'helper-tally@example.be');
  await addHelper(t, managerA, a, helper);
  await addHelper(t, managerB, b, helper);
});
after(() => t.close());

describe('a period as whole months and the days at its ends', () => {
  test('whole months are named by their first days; the rest are edge days', () => {
    assert.deepEqual(splitByMonths(), { months: {}, edges: [] });
    assert.deepEqual(splitByMonths('2026-01-01', '2026-03-31'), {
      months: { from: '2026-01-01', to: '2026-03-01' },
      edges: [],
    });
    assert.deepEqual(splitByMonths('2026-01-15', '2026-03-10'), {
      months: { from: '2026-02-01', to: '2026-02-01' },
      edges: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-03-01', to: '2026-03-10' },
      ],
    });
    assert.deepEqual(splitByMonths(undefined, '2026-03-10'), {
      months: { to: '2026-02-01' },
      edges: [{ from: '2026-03-01', to: '2026-03-10' }],
    });
    assert.deepEqual(splitByMonths('2025-12-10'), {
      months: { from: '2026-01-01' },
      edges: [{ from: '2025-12-10', to: '2025-12-31' }],
    });
    assert.deepEqual(splitByMonths('2024-01-01', '2024-02-29'), {
      months: { from: '2024-01-01', to: '2024-02-01' },
      edges: [],
    });
  });

  test('a period without a whole month is read from the entries', () => {
    assert.deepEqual(splitByMonths('2026-02-03', '2026-02-20'), {
      months: null,
      edges: [{ from: '2026-02-03', to: '2026-02-20' }],
    });
    assert.deepEqual(splitByMonths('2026-01-15', '2026-02-10'), {
      months: null,
      edges: [{ from: '2026-01-15', to: '2026-02-10' }],
    });
    assert.deepEqual(splitByMonths('2026-03-10', '2026-02-01').months, null, 'an empty period has none');
  });
});

/** The tallies as they stand, in key order. */
const snapshot = () =>
  t.deps.db
    .select()
    .from(tallies)
    .orderBy(
      asc(tallies.organisationId),
      asc(tallies.month),
      asc(tallies.kind),
      asc(tallies.dimension),
      asc(tallies.value),
    );

/** The tallies the log kept equal the tallies rebuilt from the entries, and none holds a zero. */
async function inStep(message: string) {
  const kept = await snapshot();
  assert.ok(kept.length > 0, message);
  assert.ok(
    kept.every((r) => r.sessions !== 0 || r.people !== 0),
    `${message}: no empty tally`,
  );
  await rebuild(t.deps.db);
  assert.deepEqual(await snapshot(), kept, message);
}

/** Cells summed per dimension and value, without the empty ones. */
function summed(cells: q.Cell[]) {
  const m = new Map<string, { sessions: number; people: number }>();
  for (const c of cells) {
    const key = `${c.dimension}:${c.value}`;
    const v = m.get(key) ?? { sessions: 0, people: 0 };
    m.set(key, { sessions: v.sessions + c.sessions, people: v.people + c.people });
  }
  return Object.fromEntries(
    [...m].filter(([, v]) => v.sessions || v.people).sort(([x], [y]) => x.localeCompare(y)),
  );
}

const group = (org: string, day: string, over: Partial<SessionInput> = {}) =>
  sessionInput(org, day, {
    kind: 'collective',
    title: 'Atelier courriel',
    level: 'beginner',
    participants: 9,
    themes: ['email', 'safety'],
    counts: { age: { '65_74': 4, '75_plus': 2 }, situation: { retired: 5 } },
    ...over,
  });

describe('the tallies follow the log', () => {
  test('logging, correcting and deleting keep them equal to the entries; the figures read from them are right', async () => {
    const log = t.services.facilitation.log;
    await log.log(helper, sessionInput(a, '2026-01-05'));
    await log.log(helper, sessionInput(a, '2026-01-20', { durationMin: 90, themes: ['eid', 'email'] }));
    await log.log(helper, group(a, '2026-01-10'));
    await log.log(helper, sessionInput(b, '2026-01-12', { ageBand: '25_39' }));
    await inStep('after logging in January');

    // A resend of the same entry (its key) counts once.
    const again = sessionInput(b, '2026-01-13');
    await log.log(helper, again);
    await log.log(helper, again);
    await inStep('after a resend');

    t.clock.set('2026-02-25T10:00:00Z');
    const { id: moved } = await log.log(helper, sessionInput(a, '2026-02-01', { visit: 'returning' }));
    const { id: regrouped } = await log.log(helper, group(b, '2026-02-14'));
    const { id: removed } = await log.log(helper, sessionInput(b, '2026-02-25', { place: 'remote' }));
    await inStep('after logging in February');

    // Another month, another structure, other attributes: it leaves its old tallies for its new ones.
    await log.update(helper, moved, sessionInput(b, '2026-01-31', { ageBand: '25_39', themes: ['email'] }));
    await inStep('after moving an entry to another month and structure');
    await log.update(helper, regrouped, group(b, '2026-02-14', { participants: 15, counts: {} }));
    await inStep('after changing a group’s counts');
    // B's only individual session in February: its tallies go, none left at zero.
    await log.remove(helper, removed);
    await inStep('after deleting an entry');

    const [org] = await t.deps.db.select().from(organisations).where(eq(organisations.id, a));
    const scopes: q.StatsWhere[] = [
      {},
      { organisationIds: [a] },
      { organisationIds: [a, b], kind: 'collective' },
      ...(org?.region ? [{ region: org.region }] : []),
    ];
    const periods: [string?, string?][] = [
      [],
      ['2026-01-01', '2026-02-28'],
      ['2026-01-06', '2026-02-20'],
      ['2026-01-10', '2026-01-20'],
      ['2026-01-31'],
      [undefined, '2026-02-10'],
      ['2026-02-01', '2026-02-28'],
    ];
    for (const scope of scopes)
      for (const [from, to] of periods) {
        const where = { ...scope, ...(from ? { from } : {}), ...(to ? { to } : {}) };
        assert.deepEqual(
          summed(await readCells(t.deps.db, where)),
          summed(await q.cells(t.deps.db, where)),
          JSON.stringify(where),
        );
      }
    const all = summed(await readCells(t.deps.db, {}));
    assert.deepEqual(all['kind:individual'], { sessions: 5, people: 5 });
    assert.deepEqual(all['kind:collective'], { sessions: 2, people: 24 });
    assert.deepEqual(all['month:2026-01'], { sessions: 6, people: 14 });
    assert.deepEqual(all['theme:email'], { sessions: 4, people: 26 });
  });
});

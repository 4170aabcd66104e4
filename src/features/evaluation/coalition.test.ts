import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scores } from '../assessments/scoring.ts';
import type { ReportContent } from '../reports/content.ts';
import { type CoalitionInputs, coalitionEvaluation } from './coalition.ts';

const scores = (overall: number): Scores =>
  ({
    overall,
    pillars: { access: overall, skills: overall, trust: overall, services: overall, governance: overall },
    audiences: { employees: overall, clients: overall, community: overall },
    cells: {},
  }) as Scores;
const plan = (c4: number | null): ReportContent['plan'] => ({
  commitments: [
    { code: 'C4', objectives: c4 === null ? 0 : 1, progress: c4, late: 0 },
    { code: 'C8', objectives: 1, progress: 20, late: 0 },
  ],
  objectives: 2,
  actions: 0,
  actionsDone: 0,
});

function inputs(n: number): CoalitionInputs {
  const ids = Array.from({ length: n }, (_, i) => `org-${i}`);
  return {
    today: '2026-06-30',
    // Seven private in Brussels, the rest public in Wallonia; one withdrew in 2025.
    signatures: ids.map((id, i) => ({
      organisationId: id,
      verifiedAt: new Date(i < 3 ? '2023-05-01' : '2024-02-01'),
      endedAt: i === 0 ? new Date('2025-01-10') : null,
      sector: i < 7 ? 'private' : 'public',
      region: i < 7 ? 'brussels' : 'wallonia',
    })),
    assessments: ids.flatMap((id, i) => [
      { organisationId: id, overall: 30 + i, scores: scores(30 + i), submittedAt: new Date('2024-06-01') },
      {
        organisationId: id,
        overall: 40 + i * 2,
        scores: scores(40 + i * 2),
        submittedAt: new Date('2025-06-01'),
      },
    ]),
    reports: ids.map((id, i) => ({
      organisationId: id,
      year: 2025,
      content: { plan: plan(i < 6 ? 60 : null) } as ReportContent,
    })),
    training: [
      { year: 2024, organisations: 3, sessions: 4, staff: 30, personHours: 60 },
      { year: 2025, organisations: 8, sessions: 20, staff: 200, personHours: 700.5 },
    ],
    practices: [{ year: 2025, published: 9, organisations: 6, adoptions: 4 }],
    jointActions: [
      { status: 'running', actions: 2, organisations: 7 },
      { status: 'completed', actions: 1, organisations: 2 },
    ],
    campaigns: [{ year: 2025, campaigns: 2, supports: 9, organisations: 4 }],
  };
}

test('signatories over time, by sector and region, with small groups hidden', () => {
  const e = coalitionEvaluation(inputs(10));
  assert.deepEqual(e.years, [2023, 2024, 2025, 2026]);
  const [y2023, y2024, y2025] = e.signatories;
  assert.equal(y2023?.total, null, 'three signatories in 2023: fewer than five');
  assert.equal(y2024?.total, 10);
  // Three public are hidden; so are the seven private, or the total would give the three away.
  assert.deepEqual(y2024?.bySector, { private: null, public: null, associative: 0 });
  assert.equal(y2025?.total, 9, 'the one that withdrew no longer counts');
  assert.deepEqual(y2025?.bySector, { private: null, public: null, associative: 0 });
  assert.deepEqual(y2025?.byRegion, { brussels: null, flanders: 0, wallonia: null });
  const larger = coalitionEvaluation(inputs(20)).signatories[1];
  assert.deepEqual(
    larger?.bySector,
    { private: 7, public: 13, associative: 0 },
    'groups of five or more show',
  );
});

test('the index: spread, bands, movement; the commitments from the latest reports; other figures guarded', () => {
  const e = coalitionEvaluation(inputs(10));
  assert.equal(e.index.current.organisations, 10);
  assert.equal(e.index.current.median, 49, 'latest scores 40, 42, … 58');
  assert.deepEqual(e.index.bands, { starting: 0, developing: 10, established: 0, leading: 0 });
  assert.deepEqual(
    [
      e.index.movement.organisations,
      e.index.movement.improved,
      e.index.movement.same,
      e.index.movement.declined,
    ],
    [10, 10, 0, 0],
  );
  assert.equal(e.index.movement.medianChange, 15);
  assert.equal(e.index.byYear.find((y) => y.year === 2023)?.organisations, null);
  const c4 = e.commitments.find((c) => c.code === 'C4');
  assert.deepEqual([c4?.organisations, c4?.median], [6, 60]);
  assert.equal(e.commitments[0]?.code, 'C4', 'the most advanced first');
  assert.deepEqual(e.ranking, { most: ['C4'], least: ['C8'] }, 'two commitments: one on each side');
  assert.deepEqual(e.training[0], {
    year: 2024,
    organisations: null,
    sessions: null,
    staff: null,
    personHours: null,
  });
  assert.equal(e.training[1]?.staff, 200);
  assert.equal(e.jointActions.find((j) => j.status === 'completed')?.organisations, null);
  assert.deepEqual(e.campaigns[0], { year: 2025, campaigns: 2, supports: null, organisations: null });
});

test('a coalition of four: every figure about organisations is hidden', () => {
  const e = coalitionEvaluation(inputs(4));
  assert.ok(e.signatories.every((s) => s.total === null));
  assert.equal(e.index.current.median, null);
  assert.equal(e.index.movement.medianChange, null);
  assert.ok(e.commitments.every((c) => c.median === null));
  assert.equal(e.reportsReceived, null);
});

test('the most and least advanced never share a commitment, and fewer than two ranked say so', () => {
  // Only C8 is described by five reports or more: nothing to compare it with.
  const one = inputs(10);
  one.reports = one.reports.map((r, k) => ({
    ...r,
    content: { plan: plan(k < 4 ? 60 : null) } as ReportContent,
  }));
  assert.equal(coalitionEvaluation(one).ranking, null);
  // C4 and C8 at the same median: a tie is not a most and a least.
  const tie = inputs(10);
  tie.reports = tie.reports.map((r) => ({ ...r, content: { plan: plan(20) } as ReportContent }));
  assert.equal(coalitionEvaluation(tie).ranking, null);
  assert.equal(coalitionEvaluation(inputs(4)).ranking, null);
});

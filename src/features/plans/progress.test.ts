import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionIsLate, averageProgress, objectiveIsLate, objectiveProgress } from './progress.ts';

const base = { baseline: null, target: null, deadline: null, latest: null, actions: [] };

test('with an indicator, progress is how far the latest value went from baseline to target', () => {
  assert.equal(objectiveProgress({ ...base, baseline: 10, target: 60, latest: 35 }), 50);
  assert.equal(objectiveProgress({ ...base, baseline: 10, target: 60, latest: null }), 0);
  assert.equal(objectiveProgress({ ...base, baseline: 10, target: 60, latest: 90 }), 100, 'capped at 100');
  assert.equal(
    objectiveProgress({ ...base, baseline: 100, target: 20, latest: 60 }),
    50,
    'a target below the baseline',
  );
  assert.equal(objectiveProgress({ ...base, baseline: 10, target: 60, latest: 0 }), 0, 'never below 0');
});

test('without an indicator, progress is the share of actions done; dropped actions do not count', () => {
  const a = (status: 'planned' | 'in_progress' | 'done' | 'dropped') => ({ status, dueDate: null });
  assert.equal(
    objectiveProgress({ ...base, actions: [a('done'), a('planned'), a('dropped'), a('in_progress')] }),
    33,
  );
  assert.equal(objectiveProgress({ ...base, actions: [a('dropped')] }), null);
  assert.equal(objectiveProgress(base), null);
});

test('averages ignore objectives that nothing measures; late means past its date and not finished', () => {
  assert.equal(averageProgress([50, null, 100]), 75);
  assert.equal(averageProgress([null]), null);
  assert.equal(objectiveIsLate({ ...base, deadline: '2026-01-01' }, '2026-02-01', 40), true);
  assert.equal(objectiveIsLate({ ...base, deadline: '2026-01-01' }, '2026-02-01', 100), false);
  assert.equal(objectiveIsLate({ ...base, deadline: '2026-03-01' }, '2026-02-01', 0), false);
  assert.equal(actionIsLate({ status: 'in_progress', dueDate: '2026-01-01' }, '2026-01-02'), true);
  assert.equal(actionIsLate({ status: 'done', dueDate: '2026-01-01' }, '2026-01-02'), false);
});

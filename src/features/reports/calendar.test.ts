import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, currentObligation, firstYear, reminderFor, standing } from './calendar.ts';

const rules = { dueDate: '03-31', graceMonths: 12 };

test('the first report is the first due at least six months after verification', () => {
  assert.equal(firstYear('2025-06-10', rules), 2026, 'verified in June: due 31 March next year');
  assert.equal(firstYear('2025-11-01', rules), 2027, 'verified in November: five months is too short');
  assert.equal(firstYear('2025-09-30', rules), 2026, 'exactly six months is enough');
  assert.equal(firstYear('2025-01-10', { ...rules, dueDate: '12-15' }), 2025);
});

test('the report owed is the oldest not submitted, covering the time since the previous due date', () => {
  assert.deepEqual(currentObligation('2025-06-10', [], rules), {
    year: 2026,
    dueOn: '2026-03-31',
    periodFrom: '2025-06-10',
  });
  assert.deepEqual(currentObligation('2025-06-10', [2026], rules), {
    year: 2027,
    dueOn: '2027-03-31',
    periodFrom: '2026-03-31',
  });
  assert.equal(currentObligation('2025-06-10', [2026, 2028], rules).year, 2027, 'a gap is still owed');
});

test('on time until the due date, late after it, lapsed after the grace period', () => {
  const o = currentObligation('2025-06-10', [], rules);
  assert.equal(standing('2026-03-31', o, rules), 'on_time');
  assert.equal(standing('2026-04-01', o, rules), 'late');
  assert.equal(standing('2027-03-31', o, rules), 'late');
  assert.equal(standing('2027-04-01', o, rules), 'lapsed');
  assert.equal(standing('2026-05-01', o, { ...rules, graceMonths: 0 }), 'lapsed');
});

test('reminders 30 and 7 days before, and on the day', () => {
  const due = '2026-03-31';
  assert.equal(reminderFor('2026-02-28', due), null);
  assert.equal(reminderFor('2026-03-01', due), 'due_30');
  assert.equal(reminderFor('2026-03-23', due), 'due_30');
  assert.equal(reminderFor('2026-03-24', due), 'due_7');
  assert.equal(reminderFor('2026-03-31', due), 'due_0');
  assert.equal(reminderFor('2026-04-01', due), null);
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  type HoursForm,
  hoursForm,
  nextExceptions,
  openAt,
  readHours,
  statusAt,
  toSyntax,
  weekOf,
} from './hours.ts';

const none = { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] };
const am = { from: '09:00', to: '12:00' };
const pm = { from: '13:00', to: '16:30' };
/** A town-hall desk: weekdays morning and afternoon, Saturday morning, closed on holidays. */
const desk: HoursForm = {
  week: { ...none, Mo: [am, pm], Tu: [am, pm], We: [am], Th: [am, pm], Fr: [am, pm], Sa: [am] },
  holidaysClosed: true,
  exceptions: [
    { date: '2026-12-31', slots: [am] },
    { date: '2026-12-24', slots: [] },
  ],
};
const hours = () => readHours(toSyntax(desk));
/** Instants are written in UTC: Brussels is UTC+1 in winter, UTC+2 in summer. */
const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  test('the form becomes opening_hours syntax: same days grouped, holidays, then dated exceptions in order', () => {
    assert.equal(
      toSyntax(desk),
      'Mo-Tu 09:00-12:00,13:00-16:30; We 09:00-12:00; Th-Fr 09:00-12:00,13:00-16:30; Sa 09:00-12:00; PH off; ' +
        '2026 Dec 24 off; 2026 Dec 31 09:00-12:00',
    );
    assert.equal(toSyntax({ week: none, holidaysClosed: false, exceptions: [] }), 'off');
  });

  test('a string that does not parse, or none, means hours unknown; it never throws', () => {
    for (const bad of [
      '',
      '   ',
      'Mo-Fr 09:00-',
      'Mo-Zz 09:00-12:00',
      'open when we are here',
      'Mo 25:00-26:00',
      null,
      undefined,
    ])
      assert.deepEqual(statusAt(readHours(bad), at('2026-12-01T09:00Z')), { state: 'unknown' }, String(bad));
    assert.equal(openAt(readHours('nonsense'), at('2026-12-01T09:00Z')), false);
  });

  test('open now and until when; closed at lunch and when it opens again', () => {
    assert.deepEqual(statusAt(hours(), at('2026-12-01T09:00Z')), {
      state: 'open',
      until: at('2026-12-01T11:00Z'),
    });
    assert.deepEqual(statusAt(hours(), at('2026-12-01T11:30Z')), {
      state: 'closed',
      opens: at('2026-12-01T12:00Z'),
    });
    // Wednesday afternoon is closed: Thursday at 9:00.
    assert.deepEqual(statusAt(hours(), at('2026-12-02T13:00Z')), {
      state: 'closed',
      opens: at('2026-12-03T08:00Z'),
    });
  });

  test('Belgian public holidays close it: Christmas on a Friday, then Saturday morning', () => {
    // Thursday 24 December is a dated closing, Friday 25 is Christmas: from Wednesday evening, Saturday at 9:00.
    assert.deepEqual(statusAt(hours(), at('2026-12-23T17:00Z')), {
      state: 'closed',
      opens: at('2026-12-26T08:00Z'),
    });
    assert.equal(openAt(hours(), at('2026-12-25T10:00Z')), false);
    // 21 July, Easter Monday and 11 November too.
    for (const day of ['2027-07-21T09:00Z', '2027-03-29T09:00Z', '2026-11-11T09:00Z'])
      assert.equal(openAt(hours(), at(day)), false, day);
    // Not closed on holidays: open on Christmas like any Friday.
    const open = readHours(toSyntax({ ...desk, holidaysClosed: false }));
    assert.equal(openAt(open, at('2026-12-25T10:00Z')), true);
  });

  test('across the change of time: the next opening is at 9:00 Brussels time on both sides', () => {
    // Summer time ends on Sunday 25 October 2026: Saturday 13:00 CEST, Monday 9:00 CET.
    assert.deepEqual(statusAt(hours(), at('2026-10-24T11:00Z')), {
      state: 'closed',
      opens: at('2026-10-26T08:00Z'),
    });
    // It starts on Sunday 28 March 2027, and Monday 29 is Easter Monday: Tuesday 9:00 CEST.
    assert.deepEqual(statusAt(hours(), at('2027-03-27T12:00Z')), {
      state: 'closed',
      opens: at('2027-03-30T07:00Z'),
    });
  });

  test('open until midnight: the evening slot ends at 24:00 and the next day starts closed', () => {
    const late = readHours(
      toSyntax({
        week: { ...none, Sa: [{ from: '18:00', to: '24:00' }] },
        holidaysClosed: false,
        exceptions: [],
      }),
    );
    assert.deepEqual(statusAt(late, at('2026-12-05T22:30Z')), {
      state: 'open',
      until: at('2026-12-05T23:00Z'),
    });
    assert.equal(openAt(late, at('2026-12-05T23:30Z')), false, 'Sunday 0:30');
    const saturday = weekOf(late as NonNullable<typeof late>, at('2026-12-05T12:00Z')).find(
      (d) => d.day === 'Sa',
    );
    assert.deepEqual(saturday?.slots, [{ from: '18:00', to: '24:00' }]);
  });

  test('the week table: Monday to Sunday, today marked, holidays and dated exceptions applied', () => {
    const week = weekOf(hours() as NonNullable<ReturnType<typeof hours>>, at('2026-12-23T10:00Z'));
    assert.deepEqual(
      week.map((d) => [d.date, d.today, d.holiday, d.slots.map((s) => `${s.from}-${s.to}`).join(',')]),
      [
        ['2026-12-21', false, false, '09:00-12:00,13:00-16:30'],
        ['2026-12-22', false, false, '09:00-12:00,13:00-16:30'],
        ['2026-12-23', true, false, '09:00-12:00'],
        ['2026-12-24', false, false, ''],
        ['2026-12-25', false, true, ''],
        ['2026-12-26', false, false, '09:00-12:00'],
        ['2026-12-27', false, false, ''],
      ],
    );
  });

  test('the next exceptions: dated ones and the holidays that fall on an open day, in order', () => {
    const next = nextExceptions(desk, at('2026-12-20T10:00Z'), 20);
    assert.deepEqual(
      next.map((e) => [e.date, e.slots.length, !!e.holiday]),
      [
        ['2026-12-24', 0, false],
        ['2026-12-25', 0, true],
        ['2026-12-31', 1, false],
        ['2027-01-01', 0, true],
      ],
    );
    assert.match(next[1]?.holiday ?? '', /Noël/);
    assert.deepEqual(nextExceptions({ ...desk, holidaysClosed: false }, at('2027-01-01T10:00Z'), 20), []);
  });

  test('the form refuses times out of order, overlapping slots, impossible dates and a date given twice', () => {
    const bad: unknown[] = [
      { ...desk, week: { ...desk.week, Mo: [{ from: '12:00', to: '09:00' }] } },
      { ...desk, week: { ...desk.week, Mo: [am, { from: '11:00', to: '14:00' }] } },
      { ...desk, week: { ...desk.week, Mo: [am, pm, { from: '17:00', to: '18:00' }] } },
      { ...desk, week: { ...desk.week, Mo: [{ from: '9:00', to: '12:00' }] } },
      { ...desk, exceptions: [{ date: '2027-02-30', slots: [] }] },
      { ...desk, exceptions: [{ date: '2027-13-45', slots: [] }] },
      { ...desk, exceptions: [...desk.exceptions, { date: '2026-12-24', slots: [am] }] },
    ];
    for (const form of bad) assert.equal(hoursForm.safeParse(form).success, false, JSON.stringify(form));
    assert.equal(hoursForm.safeParse(desk).success, true);
  });

  test('the same answer whatever the host’s time zone', () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const script =
      "import { readHours, statusAt } from './hours.ts';" +
      "console.log(JSON.stringify(statusAt(readHours('Mo-Fr 09:00-12:00; PH off'), new Date('2026-12-24T12:00Z'))));";
    const answers = ['UTC', 'Pacific/Auckland', 'America/New_York'].map((TZ) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: here,
        env: { ...process.env, TZ },
        encoding: 'utf8',
        timeout: 120_000,
      });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim();
    });
    // Thursday 24 December 13:00 in Brussels: Christmas is next, so Monday 28 at 9:00 (8:00 UTC).
    assert.deepEqual(
      answers,
      Array(3).fill(JSON.stringify({ state: 'closed', opens: '2026-12-28T08:00:00.000Z' })),
    );
  });
});

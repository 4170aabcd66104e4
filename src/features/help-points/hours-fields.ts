import { z } from 'zod';
import { blankIsAbsent, checkbox, optionalDate } from '../../platform/http/fields.ts';
import type { ErrorCode } from '../../platform/i18n/index.ts';
import { DAYS, type HoursForm, type Slot } from './hours.ts';

/**
 * The opening hours as a manager fills them in, one flat field per box: each day's morning (1) and afternoon (2)
 * from and to, whether public holidays close the point, and dated exceptions (a date, with times when the
 * point opens that day, without when it is closed). Read into the HoursForm that hours.ts turns into syntax.
 */

/** How many dated exceptions the form can hold at once; the form shows those saved and three empty rows. */
export const EXCEPTION_ROWS = 12;
export const SLOTS = [1, 2] as const;

const time = blankIsAbsent(
  z.string('hours.time_invalid').regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'hours.time_invalid'),
);
const rows = Array.from({ length: EXCEPTION_ROWS }, (_, i) => i);

export const hoursShape = {
  ...Object.fromEntries(
    DAYS.flatMap((d) =>
      SLOTS.flatMap((n) => [[`${d}_${n}_from`, time] as const, [`${d}_${n}_to`, time] as const]),
    ),
  ),
  holidaysClosed: checkbox(),
  ...Object.fromEntries(
    rows.flatMap((i) => [
      [`ex${i}_date`, optionalDate()] as const,
      [`ex${i}_from`, time] as const,
      [`ex${i}_to`, time] as const,
    ]),
  ),
} as Record<string, z.ZodType<string | undefined> | z.ZodType<boolean>>;

type Issue = (field: string, code: ErrorCode) => void;
type Values = Record<string, unknown>;
const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);

/** One slot from its two boxes: both empty is no slot; one alone, or an end before the start, is an error. */
function slotOf(v: Values, from: string, to: string, issue: Issue): Slot | null {
  const a = str(v, from);
  const b = str(v, to);
  if (!a && !b) return null;
  const problem: [string, ErrorCode] | null = !a
    ? [from, 'hours.half_slot']
    : !b
      ? [to, 'hours.half_slot']
      : a >= b
        ? [to, 'hours.order']
        : null;
  if (problem) issue(...problem);
  return problem || !a || !b ? null : { from: a, to: b };
}

/**
 * The boxes read into an HoursForm; undefined when nothing is filled in ("hours unknown", not "always closed").
 * Each problem is reported on the box to fix.
 */
export function readHoursFields(v: Values, issue: Issue): HoursForm | undefined {
  const week = Object.fromEntries(
    DAYS.map((d) => {
      const [am, pm] = SLOTS.map((n) => slotOf(v, `${d}_${n}_from`, `${d}_${n}_to`, issue));
      if (am && pm && am.to >= pm.from) issue(`${d}_2_from`, 'hours.overlap');
      return [d, [am, pm].filter((s): s is Slot => !!s)];
    }),
  ) as HoursForm['week'];
  const seen = new Set<string>();
  const exceptions: HoursForm['exceptions'] = [];
  for (const i of rows) {
    const date = str(v, `ex${i}_date`);
    const slot = slotOf(v, `ex${i}_from`, `ex${i}_to`, issue);
    if (!date) {
      if (slot) issue(`ex${i}_date`, 'required');
      continue;
    }
    if (seen.has(date)) issue(`ex${i}_date`, 'hours.date_twice');
    seen.add(date);
    exceptions.push({ date, slots: slot ? [slot] : [] });
  }
  const empty = Object.values(week).every((s) => !s.length) && !exceptions.length;
  return empty ? undefined : { week, holidaysClosed: v.holidaysClosed === true, exceptions };
}

/** A saved HoursForm as the boxes show it when the manager edits the point. */
export function hoursValues(form: HoursForm | null): Record<string, string> {
  if (!form) return { holidaysClosed: 'yes' };
  const out: Record<string, string> = form.holidaysClosed ? { holidaysClosed: 'yes' } : {};
  for (const d of DAYS)
    form.week[d].forEach((s, i) => {
      out[`${d}_${i + 1}_from`] = s.from;
      out[`${d}_${i + 1}_to`] = s.to;
    });
  form.exceptions.slice(0, EXCEPTION_ROWS).forEach((e, i) => {
    out[`ex${i}_date`] = e.date;
    if (e.slots[0]) {
      out[`ex${i}_from`] = e.slots[0].from;
      out[`ex${i}_to`] = e.slots[0].to;
    }
  });
  return out;
}

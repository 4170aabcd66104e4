/**
 * When yearly reports are due, from the coalition's rules: the report named Y is due on the configured day of
 * year Y; a signatory's first one is the first due at least six months after its signature was verified.
 * Pure functions on calendar days (YYYY-MM-DD, Brussels), so that tests can walk through years.
 */

export interface ReportingRules {
  /** MM-DD */
  dueDate: string;
  graceMonths: number;
}

/** A new signatory has at least this long before its first report. */
export const FIRST_REPORT_AFTER_MONTHS = 6;

export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // The same day of the month, or the month's last day (31 January + 1 month = 28 or 29 February).
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const dueOn = (year: number, rules: ReportingRules) => `${year}-${rules.dueDate}`;

/** The first year a signature verified on `verifiedOn` owes a report. */
export function firstYear(verifiedOn: string, rules: ReportingRules): number {
  const earliest = addMonths(verifiedOn, FIRST_REPORT_AFTER_MONTHS);
  const y = Number(earliest.slice(0, 4));
  return dueOn(y, rules) >= earliest ? y : y + 1;
}

export interface Obligation {
  year: number;
  dueOn: string;
  /** The first day the report covers: the signature's verification, or the previous report's due date. */
  periodFrom: string;
}

/** The report a signatory owes now: the oldest year since its first that it has not submitted. */
export function currentObligation(
  verifiedOn: string,
  submitted: Iterable<number>,
  rules: ReportingRules,
): Obligation {
  const done = new Set(submitted);
  const first = firstYear(verifiedOn, rules);
  let year = first;
  while (done.has(year)) year++;
  return {
    year,
    dueOn: dueOn(year, rules),
    periodFrom: year === first ? verifiedOn : dueOn(year - 1, rules),
  };
}

/** Where a signatory stands on `today`: on time, late (non-reporting), or late past the grace period (lapsed). */
export function standing(today: string, o: Obligation, rules: ReportingRules): 'on_time' | 'late' | 'lapsed' {
  if (today <= o.dueOn) return 'on_time';
  return today > addMonths(o.dueOn, rules.graceMonths) ? 'lapsed' : 'late';
}

/** The reminder due on `today`: 30 days before, 7 days before, and on the day; null otherwise. */
export function reminderFor(today: string, due: string): 'due_30' | 'due_7' | 'due_0' | null {
  if (today === due) return 'due_0';
  if (today > due) return null;
  if (today >= addDays(due, -7)) return 'due_7';
  if (today >= addDays(due, -30)) return 'due_30';
  return null;
}

import OpeningHours from 'opening_hours';
import { z } from 'zod';
import { todayIn } from '../../platform/clock.ts';

// The package reads a Date's local fields. Help points keep Belgian hours whatever the host's zone, and the
// platform's own dates always name their zone (clock.ts, i18n), so setting it here changes nothing else.
process.env.TZ = 'Europe/Brussels';

/**
 * Opening hours: managers fill in a week of morning and afternoon slots, whether public holidays close the
 * point, and dated exceptions. That form is turned into OpenStreetMap `opening_hours` syntax, which is what is
 * stored, exported and read back. A string that does not parse (an import, an old row) means "hours unknown",
 * never an error.
 */

export const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Day = (typeof DAYS)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'hours.time_invalid');
const slot = z.strictObject({ from: time, to: time }).refine((s) => s.from < s.to, 'hours.order');
export type Slot = z.infer<typeof slot>;

/** At most two slots a day (morning, afternoon), in order and not overlapping. */
const daySlots = z
  .array(slot)
  .max(2, 'hours.too_many')
  .refine((s) => s.every((x, i) => i === 0 || (s[i - 1] as Slot).to < x.from), 'hours.overlap');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date.invalid')
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d);
  }, 'date.invalid');

export const hoursForm = z.strictObject({
  week: z.strictObject(Object.fromEntries(DAYS.map((d) => [d, daySlots])) as Record<Day, typeof daySlots>),
  holidaysClosed: z.boolean(),
  /** A day with no slots is closed that day; with slots, open at those times only. */
  exceptions: z
    .array(z.strictObject({ date: isoDate, slots: daySlots }))
    .max(60, 'hours.too_many')
    .refine((e) => new Set(e.map((x) => x.date)).size === e.length, 'hours.date_twice'),
});
export type HoursForm = z.infer<typeof hoursForm>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const slotsSyntax = (s: Slot[]) => (s.length ? s.map((x) => `${x.from}-${x.to}`).join(',') : 'off');

/** The form as `opening_hours` syntax. Later rules win, so the week comes first, then holidays, then dates. */
export function toSyntax(form: HoursForm): string {
  const rules: string[] = [];
  // Consecutive days with the same slots share one rule: "Mo-Fr 09:00-12:00,13:00-16:30".
  let start = 0;
  for (let i = 1; i <= DAYS.length; i++) {
    const same =
      i < DAYS.length &&
      slotsSyntax(form.week[DAYS[i] as Day]) === slotsSyntax(form.week[DAYS[start] as Day]);
    if (same) continue;
    const slots = form.week[DAYS[start] as Day];
    if (slots.length)
      rules.push(`${DAYS[start]}${i - 1 > start ? `-${DAYS[i - 1]}` : ''} ${slotsSyntax(slots)}`);
    start = i;
  }
  if (form.holidaysClosed) rules.push('PH off');
  for (const e of [...form.exceptions].sort((a, b) => a.date.localeCompare(b.date))) {
    const [y, m, d] = e.date.split('-');
    rules.push(`${y} ${MONTHS[Number(m) - 1]} ${d} ${slotsSyntax(e.slots)}`);
  }
  return rules.join('; ') || 'off';
}

/** Where public holidays are looked up: Belgium's national ones (the package's `be` list). */
const BELGIUM = { lat: 50.85, lon: 4.35, address: { country_code: 'be', state: '' } };

export type Hours = InstanceType<typeof OpeningHours>;

/** The stored syntax read back, or null when it is empty or does not parse: "hours unknown". */
export function readHours(syntax: string | null | undefined): Hours | null {
  if (!syntax?.trim()) return null;
  const cached = parsed.get(syntax);
  if (cached !== undefined) return cached;
  let hours: Hours | null;
  try {
    hours = new OpeningHours(syntax, BELGIUM);
  } catch {
    hours = null;
  }
  // Parsing is the costly part, and many points share their hours ("Mo-Fr 09:00-12:00; PH off"): kept, the
  // oldest dropped first. The object is only ever asked questions, never changed, so it is safe to share.
  if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value as string);
  parsed.set(syntax, hours);
  return hours;
}
const PARSED_MAX = 5000;
const parsed = new Map<string, Hours | null>();

export type Status =
  | { state: 'open'; until?: Date }
  | { state: 'closed'; opens?: Date }
  | { state: 'unknown' };

/** Looks this far ahead for the next opening: a point closed longer than that says "closed" only. */
const HORIZON_DAYS = 62;

/** Open now and until when, or closed and when it opens next. */
export function statusAt(hours: Hours | null, now: Date): Status {
  if (!hours || hours.getUnknown(now)) return { state: 'unknown' };
  const horizon = new Date(now.getTime() + HORIZON_DAYS * 86_400_000);
  const change = hours.getNextChange(now, horizon);
  if (hours.getState(now)) return change ? { state: 'open', until: change } : { state: 'open' };
  return change ? { state: 'closed', opens: change } : { state: 'closed' };
}

/** Open at that moment: the "open on a given day and time" filter. Unknown hours are not open. */
export function openAt(hours: Hours | null, at: Date): boolean {
  return !!hours && !hours.getUnknown(at) && hours.getState(at);
}

const hhmm = (d: Date, dayEnd: Date) =>
  d.getTime() >= dayEnd.getTime()
    ? '24:00'
    : `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

export interface DayHours {
  date: string;
  day: Day;
  today: boolean;
  holiday: boolean;
  slots: Slot[];
}

/** The seven days from Monday of now's week, with their slots as they will be (holidays and dates applied). */
export function weekOf(hours: Hours, now: Date): DayHours[] {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  const today = todayIn(now);
  return DAYS.map((day, i) => {
    const start = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
    const end = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i + 1);
    const slots = hours
      .getOpenIntervals(start, end)
      .map(([from, to]) => ({ from: hhmm(from, end), to: hhmm(to, end) }));
    const noon = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 12);
    return {
      date: todayIn(noon),
      day,
      today: todayIn(noon) === today,
      holiday: hours.getPublicHolidayContext(noon).isHoliday,
      slots,
    };
  });
}

export interface Exception {
  date: string;
  slots: Slot[];
  /** The holiday's name as the package gives it (in Dutch and French), when it is one. */
  holiday?: string;
}

/** The coming days that differ from the usual week: dated exceptions, and holidays when they close the point. */
export function nextExceptions(form: HoursForm, now: Date, days = 60): Exception[] {
  const today = todayIn(now);
  const last = todayIn(new Date(now.getTime() + days * 86_400_000));
  const dated = form.exceptions.filter((e) => e.date >= today && e.date <= last);
  const holidays: Exception[] = [];
  if (form.holidaysClosed) {
    const hours = readHours('PH off') as Hours;
    for (let i = 0; i <= days; i++) {
      const noon = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i, 12);
      const date = todayIn(noon);
      const usual = form.week[DAYS[(noon.getDay() + 6) % 7] as Day];
      if (!usual.length || dated.some((e) => e.date === date)) continue;
      if (hours.getPublicHolidayContext(noon).isHoliday)
        holidays.push({ date, slots: [], holiday: hours.getComment(noon) ?? undefined });
    }
  }
  return [...dated, ...holidays].sort((a, b) => a.date.localeCompare(b.date));
}

/** The next moment, from today on, that falls on this day of the week at this Brussels time ("Saturday 10:00"). */
export function nextAt(day: Day, time: string, now: Date): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const ahead = (DAYS.indexOf(day) - ((now.getDay() + 6) % 7) + 7) % 7;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead, h, m);
}

import { todayIn } from '../../../platform/clock.ts';
import { FORMAT_LOCALE, type Locale, type T } from '../../../platform/i18n/index.ts';
import type { Labelled } from '../../../platform/i18n/labelled-lists.ts';
import { labelOf } from '../../../platform/i18n/labelled-lists.ts';
import type { Status } from '../hours.ts';

// One formatter per language, made once: a results page formats twenty times.
const formats = <O extends Intl.DateTimeFormatOptions>(options: O) =>
  Object.fromEntries(
    Object.entries(FORMAT_LOCALE).map(([l, tag]) => [
      l,
      new Intl.DateTimeFormat(tag, { ...options, timeZone: 'Europe/Brussels' }),
    ]),
  ) as Record<Locale, Intl.DateTimeFormat>;
const times = formats({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const weekdays = formats({ weekday: 'long' });
const time = (locale: Locale, d: Date) => times[locale].format(d);
const weekday = (locale: Locale, d: Date) => weekdays[locale].format(d);

/** "Open now, until 12:00", "Closed. Opens Tuesday at 09:00", "Hours unknown": words, never a colour alone. */
export function statusWords(status: Status, t: T, locale: Locale, now: Date): string {
  if (status.state === 'unknown') return t('helppoints.hours_unknown');
  if (status.state === 'open')
    return status.until
      ? t('helppoints.open_until', { time: time(locale, status.until) })
      : t('helppoints.open_now');
  if (!status.opens) return t('helppoints.closed');
  const day = todayIn(status.opens) === todayIn(now) ? t('helppoints.today') : weekday(locale, status.opens);
  return t('helppoints.opens', { day, time: time(locale, status.opens) });
}

/** A day's name in the reader's language, from a YYYY-MM-DD date. */
export const dayName = (locale: Locale, date: string) => weekday(locale, new Date(`${date}T12:00:00Z`));

/** The labels of a point's codes, in the list's order. */
export const labels = (list: readonly Labelled[], codes: readonly string[], locale: Locale) =>
  list.filter((x) => codes.includes(x.code)).map((x) => labelOf(list, x.code, locale));

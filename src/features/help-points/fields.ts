import { z } from 'zod';
import {
  blankIsAbsent,
  checkbox,
  email,
  nameText,
  optionalNumber,
  optionalText,
  optionalWebLink,
  page,
  postcode,
  text,
  tickedList,
} from '../../platform/http/fields.ts';
import type { ErrorCode } from '../../platform/i18n/index.ts';
import { ACCESS_MODES } from './finder.ts';
import { DAYS, hoursForm } from './hours.ts';
import { hoursShape, hoursValues, readHoursFields } from './hours-fields.ts';
import type { HelpPointLists } from './lists.ts';
import type { HelpPoint } from './queries/points.ts';

/** Digits as people write them, with spaces, dots, slashes or a leading +: at least 8 digits, at most 15. */
const phone = () =>
  optionalText(30).refine(
    (v) => v === undefined || (/^\+?[\d\s./()-]+$/.test(v) && /^(\D*\d){8,15}\D*$/.test(v)),
    'helppoint.phone_invalid',
  );
const url = () => optionalWebLink('helppoint.url_invalid');
/** One of a list's codes. */
const code = (list: { code: string }[], error: ErrorCode = 'helppoint.choice_unknown') => {
  const codes = new Set(list.map((x) => x.code));
  return z.string(error).refine((c) => codes.has(c), error);
};

/** What a manager fills in. The lists' codes come from content, so the schema is made from them. */
export function helpPointFields(lists: HelpPointLists) {
  return z.object({
    name: nameText(120),
    kind: code(lists.kinds, 'helppoint.kind_unknown'),
    summary: optionalText(280),
    description: optionalText(4000),
    street: text(200),
    postcode: postcode(),
    commune: text(100),
    lat: optionalNumber(),
    lon: optionalNumber(),
    phone: phone(),
    email: blankIsAbsent(email()),
    website: url(),
    services: tickedList(code(lists.services)),
    access: z.enum(ACCESS_MODES, 'invalid'),
    bookingUrl: url(),
    free: checkbox(),
    languages: tickedList(code(lists.languages)),
    accessibility: tickedList(code(lists.accessibility)),
    audiences: tickedList(code(lists.audiences)),
    hours: hoursForm.optional(),
  });
}
export type HelpPointInput = z.infer<ReturnType<typeof helpPointFields>>;

/**
 * The manager's page form: the same fields, with the hours as boxes (hours-fields.ts) instead of one object.
 * Its output is what the service takes.
 */
export function managerForm(lists: HelpPointLists) {
  const { hours: _, ...shape } = helpPointFields(lists).shape;
  const names = Object.keys(shape);
  return z.object({ ...shape, ...hoursShape }).transform((v, ctx): HelpPointInput => {
    const hours = readHoursFields(v, (field, message) =>
      ctx.addIssue({ code: 'custom', message, path: [field] }),
    );
    const own = Object.fromEntries(names.map((k) => [k, (v as Record<string, unknown>)[k]]));
    return { ...(own as Omit<HelpPointInput, 'hours'>), hours };
  });
}

/** A saved point as its form shows it: strings, ticked lists comma-separated (as echoValues sends them back). */
export function pointValues(p: HelpPoint): Record<string, string> {
  const out: Record<string, string> = {
    name: p.name,
    kind: p.kind,
    summary: p.summary,
    description: p.description,
    street: p.street,
    postcode: p.postcode,
    commune: p.commune,
    access: p.access,
    services: p.services.join(','),
    languages: p.languages.join(','),
    accessibility: p.accessibility.join(','),
    audiences: p.audiences.join(','),
    ...hoursValues(p.hoursForm ?? null),
  };
  for (const k of ['phone', 'email', 'website', 'bookingUrl'] as const) if (p[k]) out[k] = p[k] as string;
  if (p.free) out.free = 'yes';
  // Six decimals (10 cm): "4.375" alone would read as ambiguous (four thousand, or four and a bit).
  if (p.placed) Object.assign(out, { lat: p.lat.toFixed(6), lon: p.lon.toFixed(6) });
  return out;
}

const optionalCode = (list: { code: string }[]) => blankIsAbsent(code(list));

/**
 * The finder's query string. Where: a postcode or a commune. Open: any time, now, or on a day at a time. A
 * filter left empty is no filter.
 */
export function finderQuery(lists: HelpPointLists) {
  return z.object({
    where: optionalText(100),
    // "Use my location": latitude,longitude, rounded by the page's script to about 100 m.
    near: blankIsAbsent(
      z
        .string('helppoint.near_invalid')
        .regex(/^-?\d{1,2}(\.\d{1,6})?,-?\d{1,3}(\.\d{1,6})?$/, 'helppoint.near_invalid')
        .transform((v) => {
          const [lat, lon] = v.split(',').map(Number) as [number, number];
          return { lat, lon };
        }),
    ),
    service: optionalCode(lists.services),
    kind: optionalCode(lists.kinds),
    language: optionalCode(lists.languages),
    accessibility: optionalCode(lists.accessibility),
    audience: optionalCode(lists.audiences),
    walkIn: checkbox(),
    open: blankIsAbsent(z.enum(['now', 'at'], 'invalid')),
    day: blankIsAbsent(z.enum(DAYS, 'invalid')),
    time: blankIsAbsent(
      z.string('hours.time_invalid').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'hours.time_invalid'),
    ),
    page: page(),
  });
}
export type FinderQuery = z.infer<ReturnType<typeof finderQuery>>;

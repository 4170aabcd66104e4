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
import type { HelpPointLists } from './lists.ts';

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

const optionalCode = (list: { code: string }[]) => blankIsAbsent(code(list));

/**
 * The finder's query string. Where: a postcode or a commune. Open: any time, now, or on a day at a time. A
 * filter left empty is no filter.
 */
export function finderQuery(lists: HelpPointLists) {
  return z.object({
    where: optionalText(100),
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

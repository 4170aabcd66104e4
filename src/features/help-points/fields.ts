import { z } from 'zod';
import {
  checkbox,
  email,
  nameText,
  optionalNumber,
  optionalText,
  page,
  postcode,
  text,
  tickedList,
} from '../../platform/http/fields.ts';
import { ACCESS_MODES } from './finder.ts';
import { DAYS, hoursForm } from './hours.ts';
import type { HelpPointLists } from './lists.ts';

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());

/** Digits as people write them, with spaces, dots, slashes or a leading +: at least 8 digits, at most 15. */
const phone = () =>
  optionalText(30).refine(
    (v) => v === undefined || (/^\+?[\d\s./()-]+$/.test(v) && /^(\D*\d){8,15}\D*$/.test(v)),
    'helppoint.phone_invalid',
  );
const url = () =>
  optionalText(500).refine(
    (v) => v === undefined || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v),
    'helppoint.url_invalid',
  );
const code = (list: { code: string }[]) => {
  const codes = new Set(list.map((x) => x.code));
  return z.string('helppoint.choice_unknown').refine((c) => codes.has(c), 'helppoint.choice_unknown');
};

/** What a manager fills in. The lists' codes come from content, so the schema is made from them. */
export function helpPointFields(lists: HelpPointLists) {
  return z.object({
    name: nameText(120),
    kind: z
      .string('helppoint.kind_unknown')
      .refine((k) => lists.kinds.some((x) => x.code === k), 'helppoint.kind_unknown'),
    summary: optionalText(280),
    description: optionalText(4000),
    street: text(200),
    postcode: postcode(),
    commune: text(100),
    lat: optionalNumber(),
    lon: optionalNumber(),
    phone: phone(),
    email: optional(email()),
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

const optionalCode = (list: { code: string }[]) => optional(code(list));

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
    open: optional(z.enum(['now', 'at'], 'invalid')),
    day: optional(z.enum(DAYS, 'invalid')),
    time: optional(z.string('hours.time_invalid').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'hours.time_invalid')),
    page: page(),
  });
}
export type FinderQuery = z.infer<ReturnType<typeof finderQuery>>;

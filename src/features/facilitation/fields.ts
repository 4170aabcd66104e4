import { z } from 'zod';
import {
  email,
  isoDate,
  nameText,
  blankIsAbsent as optional,
  optionalNumber,
  optionalPostcode,
  optionalText,
  tickedList,
} from '../../platform/http/fields.ts';
import {
  AGE_BANDS,
  AUTONOMY,
  EQUIPMENT,
  GENDERS,
  GROUP_DIMENSIONS,
  type GroupDimension,
  LEVELS,
  PLACES,
  REFERRALS,
  SITUATIONS,
  VISITS,
} from './taxonomy.ts';

/** A whole number in range, typed or picked; absent is undefined. */
const wholeNumber = (min: number, max: number, code: 'log.duration_invalid' | 'log.participants_invalid') =>
  optionalNumber().refine((n) => n === undefined || (Number.isInteger(n) && n >= min && n <= max), code);

/**
 * A choice of minutes (the presets, 15 … 120, and the helper's own usual lengths) or "other", with the minutes
 * typed beside it.
 */
const duration = {
  duration: z
    .string('log.duration_required')
    .regex(/^(\d{1,3}|other)$/, 'log.duration_required')
    .refine((v) => v === 'other' || (Number(v) >= 1 && Number(v) <= 720), 'log.duration_invalid'),
  durationOther: wholeNumber(1, 720, 'log.duration_invalid'),
};

/** What every session has, one person or a group. */
const common = {
  clientKey: z.uuid('invalid'),
  organisationId: z.uuid('log.structure_required'),
  happenedOn: isoDate(),
  ...duration,
  place: z.enum(PLACES, 'log.place_required'),
  placePostcode: optionalPostcode(),
  helpPointId: optional(z.uuid('log.help_point_invalid')),
  themes: tickedList(z.string().regex(/^[a-z_]{1,40}$/, 'invalid'), 1, 'log.theme_required'),
  equipment: z.enum(EQUIPMENT, 'log.equipment_required'),
  autonomy: z.enum(AUTONOMY, 'log.autonomy_required'),
  referral: z.enum(REFERRALS, 'log.referral_required'),
  note: optionalText(1000),
  /** Which submit button: back to the list, or a fresh form for the next person. */
  next: optional(z.enum(['done', 'another'], 'invalid')),
};

export const individualSchema = z.object({
  kind: z.literal('individual', 'invalid'),
  ...common,
  ageBand: z.enum(AGE_BANDS, 'log.age_required'),
  gender: optional(z.enum(GENDERS, 'invalid')),
  situation: z.enum(SITUATIONS, 'log.situation_required'),
  visit: z.enum(VISITS, 'log.visit_required'),
  residencePostcode: optionalPostcode(),
});

/** The form's name of one count: `count_age_65_74`. */
export const countField = (d: GroupDimension, value: string) => `count_${d}_${value}`;
const countFields = Object.fromEntries(
  Object.entries(GROUP_DIMENSIONS).flatMap(([d, values]) =>
    values
      .filter((v) => v !== 'unknown')
      .map((v) => [countField(d as GroupDimension, v), wholeNumber(0, 500, 'log.participants_invalid')]),
  ),
) as Record<string, ReturnType<typeof wholeNumber>>;

export const collectiveSchema = z.object({
  kind: z.literal('collective', 'invalid'),
  ...common,
  title: nameText(200),
  level: z.enum(LEVELS, 'log.level_required'),
  participants: optionalNumber().refine(
    (n) => n !== undefined && Number.isInteger(n) && n >= 1 && n <= 500,
    'log.participants_invalid',
  ),
  ...countFields,
});

/** The form's kind decides which of the two it is; anything else is the individual form's error. */
export const logSchemaFor = (body: unknown) =>
  (body as { kind?: unknown } | null)?.kind === 'collective' ? collectiveSchema : individualSchema;

export const inviteSchema = z.object({ email: email() });
export const signSchema = z.object({
  organisationId: z.uuid('log.structure_required'),
  read: z.literal('yes', 'ethics.read_required'),
});
export const networkSchema = z.object({ name: nameText(200) });
export const networkChangeSchema = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.enum(['add_structure', 'remove_structure']), organisationId: z.uuid('invalid') }),
    z.object({ op: z.enum(['add_coordinator', 'remove_coordinator']), email: email() }),
  ],
  'invalid',
);

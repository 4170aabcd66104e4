import { z } from 'zod';
import {
  checkbox,
  isoDate,
  nameText,
  optionalDate,
  optionalNumber,
  optionalText,
  text,
  webLinks,
} from '../../platform/http/fields.ts';
import {
  ACTION_STATUSES,
  COMMITMENT_CODES,
  SAFETY_MEASURES,
  SAFETY_STATUSES,
  TRAINING_AUDIENCES,
} from './schema.ts';

export const objectiveSchema = z.object({
  commitment: z.enum(COMMITMENT_CODES, 'invalid'),
  title: nameText(200),
  description: optionalText(2000),
  indicator: optionalText(200),
  unit: optionalText(30),
  baseline: optionalNumber(),
  target: optionalNumber(),
  deadline: optionalDate(),
  isPublic: checkbox(),
});

export const actionSchema = z.object({
  title: nameText(200),
  description: optionalText(2000),
  owner: optionalText(100),
  startDate: optionalDate(),
  dueDate: optionalDate(),
  status: z.enum(ACTION_STATUSES, 'invalid'),
  evidence: webLinks(),
  isPublic: checkbox(),
});

export const progressSchema = z.object({ on: isoDate(), note: text(1000), value: optionalNumber() });

const required = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

export const trainingSchema = z.object({
  on: isoDate(),
  topic: text(200),
  hours: required(
    optionalNumber().pipe(z.number('required').positive('number.invalid').max(10_000, 'number.invalid')),
  ),
  staffTrained: required(
    optionalNumber().pipe(
      z.number('required').int('number.invalid').positive('number.invalid').max(1_000_000, 'number.invalid'),
    ),
  ),
  audience: z.enum(TRAINING_AUDIENCES, 'training.audience_required'),
});

/** One status (and an optional note) per measure; the form's fields are named `<measure>` and `<measure>_note`. */
export const safetySchema = z
  .object(
    Object.fromEntries(
      SAFETY_MEASURES.flatMap((m) => [
        [m, z.enum(SAFETY_STATUSES, 'safety.status_required')],
        [`${m}_note`, optionalText(500)],
      ]),
    ) as Record<string, z.ZodType<string | undefined>>,
  )
  .transform(
    (v) =>
      Object.fromEntries(SAFETY_MEASURES.map((m) => [m, { status: v[m], note: v[`${m}_note`] }])) as Record<
        (typeof SAFETY_MEASURES)[number],
        { status: (typeof SAFETY_STATUSES)[number]; note?: string }
      >,
  );

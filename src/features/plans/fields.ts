import { z } from 'zod';
import {
  checkbox,
  isoDate,
  optionalDate,
  optionalNumber,
  optionalText,
  text,
} from '../../platform/http/fields.ts';
import { ACTION_STATUSES, COMMITMENT_CODES, TRAINING_AUDIENCES } from './schema.ts';

export const objectiveSchema = z.object({
  commitment: z.enum(COMMITMENT_CODES, 'invalid'),
  title: text(200),
  description: optionalText(2000),
  indicator: optionalText(200),
  unit: optionalText(30),
  baseline: optionalNumber(),
  target: optionalNumber(),
  deadline: optionalDate(),
  isPublic: checkbox(),
});

/** Evidence: web links, one per line, at most ten. */
const evidence = () =>
  optionalText(3000).transform((v, ctx) => {
    const links = (v ?? '')
      .split(/\s+/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (links.length > 10 || links.some((l) => !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(l) || l.length > 500)) {
      ctx.addIssue({ code: 'custom', message: 'plan.evidence_invalid' });
      return z.NEVER;
    }
    return links;
  });

export const actionSchema = z.object({
  title: text(200),
  description: optionalText(2000),
  owner: optionalText(100),
  startDate: optionalDate(),
  dueDate: optionalDate(),
  status: z.enum(ACTION_STATUSES, 'invalid'),
  evidence: evidence(),
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

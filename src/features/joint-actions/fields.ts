import { z } from 'zod';
import { isoDate, nameText, optionalText, text, tickedList } from '../../platform/http/fields.ts';
import { JOINT_ACTION_STATUSES } from './schema.ts';

const details = {
  title: nameText(200),
  goal: text(2000),
  plan: text(5000),
  needs: optionalText(2000),
  startsOn: isoDate(),
  endsOn: isoDate(),
  obstacles: tickedList(z.uuid('invalid'), 1, 'joint.obstacle_required'),
};

export const detailsSchema = z.object(details);

/** Proposing also says what the proposer brings, as every member does. */
export const proposeSchema = z.object({ ...details, contribution: text(1000) });

export const joinSchema = z.object({
  organisationId: z.uuid('joint.organisation_required'),
  contribution: text(1000),
});

export const postSchema = z.object({
  organisationId: z.uuid('joint.organisation_required'),
  body: text(4000),
});

export const leaveSchema = z.object({ organisationId: z.uuid('invalid') });

export const statusSchema = z.object({ status: z.enum(JOINT_ACTION_STATUSES, 'joint.bad_transition') });

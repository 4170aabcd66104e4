import { z } from 'zod';
import {
  gatherLocalized,
  isoDate,
  localizedFields,
  oneLanguageAtLeast,
  optionalText,
  text,
  tickedList,
} from '../../platform/http/fields.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';

/** Resources: one per line, a web link then, after a space, its name (the link itself when no name is given). */
const resources = () =>
  optionalText(5000).transform((v, ctx) => {
    const lines = (v ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const parsed = lines.map((l) => {
      const [url = '', ...rest] = l.split(/\s+/);
      return { url, label: rest.join(' ') || url };
    });
    if (
      parsed.length > 10 ||
      parsed.some(
        (r) => !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(r.url) || r.url.length > 500 || r.label.length > 200,
      )
    ) {
      ctx.addIssue({ code: 'custom', message: 'campaign.resources_invalid' });
      return z.NEVER;
    }
    return parsed;
  });

export const campaignSchema = z
  .object({
    ...localizedFields('title', 200, 'name'),
    ...localizedFields('description', 4000),
    startsOn: isoDate(),
    endsOn: isoDate(),
    commitments: tickedList(z.enum(COMMITMENT_CODES, 'invalid'), 1, 'campaign.commitment_required'),
    resources: resources(),
  })
  .refine(...oneLanguageAtLeast('title'))
  .refine(...oneLanguageAtLeast('description'))
  .transform((v) => ({
    title: gatherLocalized(v, 'title'),
    description: gatherLocalized(v, 'description'),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    commitments: v.commitments,
    resources: v.resources,
  }));

export const supportSchema = z.object({
  organisationId: z.uuid('campaign.organisation_required'),
  contribution: text(1000),
});

export const withdrawSchema = z.object({ organisationId: z.uuid('invalid') });

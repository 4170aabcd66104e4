import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { helpPointFields } from './fields.ts';
import { readHelpPointLists } from './lists.ts';
import { messages } from './messages.ts';
import { createHelpPointsService } from './points.ts';

/**
 * Help points (issue 17): places where someone helps, kept by their host structure, found by anyone. This part
 * holds the points, their hours, lists and the finder's rule; the pages come next.
 */
export function helpPointsFeature(deps: Deps, needs: { organisations: OrganisationsService }) {
  const lists = readHelpPointLists();
  const points = createHelpPointsService(deps, needs.organisations);
  const service = { lists, fields: helpPointFields(lists), points };
  return defineFeature({ name: 'helpPoints', service, messages });
}
export type HelpPointsFeatureService = ReturnType<typeof helpPointsFeature>['service'];

declare module '../../platform/i18n/index.ts' {
  interface Register {
    helpPoints: typeof messages;
  }
}

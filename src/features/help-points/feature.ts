import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { helpPointFields } from './fields.ts';
import { readHelpPointLists } from './lists.ts';
import { messages } from './messages.ts';
import { createHelpPointsService } from './points.ts';
import { helpPointsPages } from './routes.tsx';

/**
 * Help points (issue 17): places where someone helps, kept by their host structure, found by anyone. The public
 * finder and each point's page; the managers' pages come next.
 */
export function helpPointsFeature(deps: Deps, needs: { organisations: OrganisationsService }) {
  const lists = readHelpPointLists();
  const points = createHelpPointsService(deps, needs.organisations);
  const service = { lists, fields: helpPointFields(lists), points };
  return defineFeature({
    name: 'helpPoints',
    service,
    messages,
    pages: (scope) => helpPointsPages(scope, deps, service),
    menu: [{ path: '/help-points', label: 'helppoints.nav', audience: 'everyone', order: 15 }],
  });
}
export type HelpPointsFeatureService = ReturnType<typeof helpPointsFeature>['service'];

declare module '../../platform/i18n/index.ts' {
  interface Register {
    helpPoints: typeof messages;
  }
}

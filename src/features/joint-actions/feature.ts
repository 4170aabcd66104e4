import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { messages } from './messages.ts';
import { jointActionApi, jointActionPages, jointActionsOnProfile } from './routes.tsx';
import { createJointActionsService } from './service.ts';

/** Joint actions: signatories joining forces against an obstacle. */
export function jointActionsFeature(
  deps: Deps,
  needs: { organisations: OrganisationsService; obstacles: ObstaclesService },
) {
  const service = createJointActionsService(deps, needs.organisations, needs.obstacles);
  return defineFeature({
    name: 'jointActions',
    service,
    messages,
    pages: (scope) => jointActionPages(scope, service, needs.organisations, needs.obstacles),
    routes: (app) => jointActionApi(app, service, needs.obstacles),
    menu: [{ path: '/joint-actions', label: 'nav.joint_actions', audience: 'everyone', order: 60 }],
    profile: jointActionsOnProfile(service),
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    jointActions: typeof messages;
  }
}

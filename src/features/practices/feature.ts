import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { messages } from './messages.ts';
import { practiceApi, practicePages, practicesOnProfile } from './routes.tsx';
import { createPracticesService } from './service.ts';

/** Practices that work, shared, published by the secretariat and adopted by others. */
export function practicesFeature(
  deps: Deps,
  needs: { organisations: OrganisationsService; obstacles: ObstaclesService },
) {
  const service = createPracticesService(deps, needs.organisations, needs.obstacles);
  return defineFeature({
    name: 'practices',
    service,
    messages,
    pages: (scope) => practicePages(scope, service, needs.obstacles),
    routes: (app) => practiceApi(app, deps, service),
    menu: [
      { path: '/practices', label: 'nav.practices', audience: 'everyone', order: 40 },
      { path: '/admin/practices', label: 'nav.admin_practices', audience: 'admin', order: 50 },
    ],
    profile: practicesOnProfile(service),
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    practices: typeof messages;
  }
}

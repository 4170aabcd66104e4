import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { PlansService } from '../plans/service.ts';
import { messages } from './messages.ts';
import { templatePages } from './routes.tsx';
import { createTemplatesService } from './service.ts';

/** The secretariat's suggested objectives, offered in plans and after the index. */
export function templatesFeature(
  deps: Deps,
  needs: { organisations: OrganisationsService; plans: PlansService },
) {
  const service = createTemplatesService(deps, needs.organisations, needs.plans);
  return defineFeature({
    name: 'templates',
    service,
    messages,
    pages: (scope) => templatePages(scope, service),
    menu: [{ path: '/admin/templates', label: 'nav.admin_templates', audience: 'admin', order: 60 }],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    templates: typeof messages;
  }
}

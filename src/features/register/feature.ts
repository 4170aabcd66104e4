import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { registerApi, registerPages } from './routes.tsx';
import { createRegisterService } from './service.ts';

/**
 * The public register of signatories and their profiles. Each profile shows the sections other features
 * declare (the site gathers them); how many organisations one brought in comes from referrals, built later.
 */
export function registerFeature(
  deps: Deps,
  needs: { broughtIn: (organisationId: string) => Promise<number> },
) {
  const service = createRegisterService(deps);
  return defineFeature({
    name: 'register',
    service,
    messages,
    pages: (scope, site) =>
      registerPages(scope, service, { broughtIn: needs.broughtIn, sections: [...site.profileSections] }),
    routes: (app) => registerApi(app, deps, service),
    menu: [{ path: '/signatories', label: 'nav.signatories', audience: 'everyone', order: 30 }],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    register: typeof messages;
  }
}

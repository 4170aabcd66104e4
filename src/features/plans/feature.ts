import type { Actor } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { SignaturesService } from '../signatures/service.ts';
import type { Template } from '../templates/index.ts';
import { messages } from './messages.ts';
import {
  gridCsv,
  gridPages,
  planApi,
  planOnProfile,
  planPages,
  safetyPages,
  trainingPages,
} from './routes.tsx';
import { createPlansService } from './service.ts';

/** Action plans per commitment, training and online-safety records, and the secretariat's grid. */
export function plansFeature(
  deps: Deps,
  needs: {
    organisations: OrganisationsService;
    signatures: SignaturesService;
    isListed: (organisationId: string) => Promise<boolean>;
    /** From templates, which is built on plans. */
    suggestions: (actor: Actor, organisationId: string) => Promise<Template[]>;
  },
) {
  const service = createPlansService(deps, needs.organisations, needs.signatures);
  return defineFeature({
    name: 'plans',
    service,
    messages,
    pages: (scope) => {
      planPages(scope, service, needs.suggestions);
      gridPages(scope, service);
      trainingPages(scope, service, needs.organisations);
      safetyPages(scope, service, needs.organisations);
    },
    routes: (app) => {
      planApi(app, service, needs.isListed);
      gridCsv(app, service);
    },
    menu: [{ path: '/admin/plans', label: 'nav.admin_plans', audience: 'admin', order: 20 }],
    profile: planOnProfile(service),
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    plans: typeof messages;
  }
}

import type { Actor } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { Template } from '../templates/index.ts';
import { messages } from './messages.ts';
import { assessmentApi, assessmentPages } from './routes.tsx';
import { createAssessmentsService } from './service.ts';

export const auditActions = ['assessment.submitted'] as const;

/** The Digital Inclusion Index: the questionnaire, its scores and the suggestions it leads to. */
export function assessmentsFeature(
  deps: Deps,
  needs: {
    organisations: OrganisationsService;
    obstacles: ObstaclesService;
    suggestions: (actor: Actor, organisationId: string) => Promise<Template[]>;
  },
) {
  const service = createAssessmentsService(deps, needs.organisations);
  return defineFeature({
    name: 'assessments',
    service,
    messages,
    auditActions,
    pages: (scope) =>
      assessmentPages(scope, service, needs.organisations, needs.obstacles, needs.suggestions),
    routes: (app) => assessmentApi(app, service),
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    assessments: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    assessments: (typeof auditActions)[number];
  }
}

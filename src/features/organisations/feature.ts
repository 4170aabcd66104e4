import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { type IdentityHooks, logoRoute, organisationPages, type ReferralHooks } from './routes.tsx';
import { createOrganisationsService } from './service.ts';

export const auditActions = [
  'organisation.created',
  'organisation.updated',
  'organisation.invitation_sent',
  'organisation.member_joined',
] as const;

/**
 * Organisations, their members and invitations. Their pages also show a signature's status, take referrals
 * and send identity changes to the secretariat: features built on this one answer those, per request.
 */
export function organisationsFeature(
  deps: Deps,
  needs: {
    signatureStatus: (organisationId: string) => Promise<string | null>;
    referrals: ReferralHooks;
    identity: IdentityHooks;
  },
) {
  const service = createOrganisationsService(deps);
  return defineFeature({
    name: 'organisations',
    service,
    messages,
    auditActions,
    pages: (scope) =>
      organisationPages(scope, deps, service, needs.signatureStatus, needs.referrals, needs.identity),
    routes: (app) => logoRoute(app, service),
    menu: [{ path: '/organisations', label: 'nav.organisations', audience: 'member', order: 10 }],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    organisations: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    organisations: (typeof auditActions)[number];
  }
}

import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { messages } from './messages.ts';
import { referralPages } from './routes.tsx';
import { createReferralsService } from './service.ts';

export const auditActions = ['referral.sent'] as const;

/** Signatories inviting other organisations to sign (commitment C5). */
export function referralsFeature(deps: Deps, needs: { organisations: OrganisationsService }) {
  const service = createReferralsService(deps, needs.organisations);
  return defineFeature({
    name: 'referrals',
    service,
    messages,
    auditActions,
    pages: (scope) => referralPages(scope, deps, service, needs.organisations),
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    referrals: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    referrals: (typeof auditActions)[number];
  }
}

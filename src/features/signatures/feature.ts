import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { CharterService } from '../charter/service.ts';
import type { LedgerService } from '../ledger/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { messages } from './messages.ts';
import { signaturePages } from './routes.tsx';
import { createSignaturesService } from './service.ts';

export const auditActions = [
  'signature.signed',
  'signature.info_requested',
  'signature.info_provided',
  'signature.verified',
  'signature.rejected',
  'signature.withdrawn',
  'signature.lapsed',
  'signature.non_reporting',
  'signature.reinstated',
  'signature.identity_changed',
  'signature.suspended',
  'signature.suspension_lifted',
  'signature.revoked',
  'organisation.change_proposed',
  'organisation.change_rejected',
  'kbo.disputed',
  'kbo.dispute_closed',
] as const;

/** Signing the Charter, the secretariat's verification, and what keeps the register true afterwards. */
export function signaturesFeature(
  deps: Deps,
  needs: { charter: CharterService; organisations: OrganisationsService; ledger: LedgerService },
) {
  const service = createSignaturesService(deps, needs);
  return defineFeature({
    name: 'signatures',
    service,
    messages,
    auditActions,
    pages: (scope) => signaturePages(scope, deps, service),
    menu: [{ path: '/admin/signatures', label: 'nav.admin_signatures', audience: 'admin', order: 10 }],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    signatures: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    signatures: (typeof auditActions)[number];
  }
}

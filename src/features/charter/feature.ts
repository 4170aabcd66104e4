import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { charterPages } from './routes.tsx';
import { createCharterService } from './service.ts';

export const auditActions = ['charter.published'] as const;

/** The Charter's text, its versions and its nine commitments. */
export function charterFeature(deps: Deps) {
  const service = createCharterService(deps);
  return defineFeature({
    name: 'charter',
    service,
    messages,
    auditActions,
    pages: (scope) => charterPages(scope, service),
    menu: [
      { path: '/charter', label: 'nav.charter', audience: 'everyone', order: 20 },
      { path: '/admin/charter', label: 'nav.admin_charter', audience: 'admin', order: 70 },
    ],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    charter: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    charter: (typeof auditActions)[number];
  }
}

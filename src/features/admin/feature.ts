import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { adminPages } from './routes.tsx';
import { createAdminService } from './service.ts';

export const auditActions = ['user.role.changed', 'user.deactivated', 'user.reactivated'] as const;

/** The secretariat's people and audit trail. */
export function adminFeature(deps: Deps) {
  const service = createAdminService(deps);
  return defineFeature({
    name: 'admin',
    service,
    messages,
    auditActions,
    pages: (scope) => adminPages(scope, deps, service),
    menu: [
      { path: '/admin/users', label: 'nav.admin_users', audience: 'admin', order: 80 },
      { path: '/admin/audit', label: 'nav.admin_audit', audience: 'admin', order: 90 },
    ],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    admin: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    admin: (typeof auditActions)[number];
  }
}

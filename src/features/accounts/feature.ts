import type { Actor } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { accountPages } from './routes.tsx';
import { createAccountsService } from './service.ts';

export const auditActions = [
  'auth.sign_in.success',
  'auth.sign_in.failure',
  'auth.sign_up',
  'auth.email_verified',
  'auth.password.changed',
  'auth.password.reset',
  'auth.sign_out_everywhere',
  'user.created',
] as const;

/** Sign-up, sign-in, the account page; `landing` is where a person goes once signed in. */
export function accountsFeature(deps: Deps, needs: { landing: (actor: Actor) => Promise<string> }) {
  const service = createAccountsService(deps);
  return defineFeature({
    name: 'accounts',
    service,
    messages,
    auditActions,
    pages: (scope) => accountPages(scope, deps, service, needs.landing),
    menu: [
      { path: '/account', label: 'nav.account', audience: 'account', order: 10 },
      { path: '/sign-out', label: 'nav.sign_out', audience: 'account', order: 20, post: true },
      { path: '/sign-in', label: 'nav.sign_in', audience: 'guest', order: 10 },
      { path: '/sign-up', label: 'nav.sign_up', audience: 'guest', order: 20 },
    ],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    accounts: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    accounts: (typeof auditActions)[number];
  }
}

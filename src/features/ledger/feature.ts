import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { RegisterService } from '../register/service.ts';
import { messages } from './messages.ts';
import { ledgerApi, ledgerPages } from './routes.tsx';
import { createLedgerService } from './service.ts';

/** The public, hash-chained ledger of signatures. */
export function ledgerFeature(deps: Deps, needs: { listedSlugs: RegisterService['listedSlugs'] }) {
  const service = createLedgerService(deps);
  return defineFeature({
    name: 'ledger',
    service,
    messages,
    pages: (scope) => ledgerPages(scope, service, needs.listedSlugs),
    routes: (app) => ledgerApi(app, service),
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    ledger: typeof messages;
  }
}

import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { LedgerService } from '../ledger/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { readEthicsVersions } from './content.ts';
import { figuresApi } from './figures-routes.tsx';
import { createLogService, type PointNames } from './log.ts';
import { messages } from './messages.ts';
import { facilitationPages } from './routes.tsx';
import { createSigningService } from './signing.ts';
import { createStatisticsService } from './statistics.ts';
import { createStructuresService } from './structures.ts';
import { readThemes } from './themes.ts';

export const auditActions = [
  'facilitation.helper_invited',
  'facilitation.helper_joined',
  'facilitation.helper_removed',
  'facilitation.ethics_signed',
  'facilitation.ethics_countersigned',
  'facilitation.network_changed',
] as const;

/**
 * What digital helpers use (issue 16): their code of ethics (content/ethics), public and printable; host
 * structures and networks; signing the code; the support-session log and its statistics.
 */
export function facilitationFeature(
  deps: Deps,
  needs: { organisations: OrganisationsService; ledger: LedgerService; points: PointNames },
) {
  const current = readEthicsVersions().at(-1);
  if (!current) throw new Error('No code of ethics under content/ethics/');
  const themes = readThemes();
  const codes = themes.themes.map((t) => t.code);
  const structures = createStructuresService(deps, needs.organisations);
  const signing = createSigningService(deps, structures, needs.ledger, current);
  const log = createLogService(deps, structures, new Set(codes), needs.points);
  const statistics = createStatisticsService(deps, structures, codes, needs.points);
  const service = { ethics: () => current, themes, structures, signing, log, statistics };
  return defineFeature({
    name: 'facilitation',
    service,
    messages,
    auditActions,
    pages: (scope) => facilitationPages(scope, deps, service),
    routes: (app) => figuresApi(app, statistics),
    menu: [
      { path: '/facilitation', label: 'facilitation.nav', audience: 'member', order: 70 },
      { path: '/facilitation/figures', label: 'figures.nav', audience: 'footer', order: 36 },
      { path: '/ethics', label: 'ethics.nav', audience: 'footer', order: 35 },
    ],
  });
}
export type FacilitationService = ReturnType<typeof facilitationFeature>['service'];

declare module '../../platform/i18n/index.ts' {
  interface Register {
    facilitation: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    facilitation: (typeof auditActions)[number];
  }
}

import type { Deps } from '../../platform/deps.ts';
import { count, defineFeature } from '../../platform/feature.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { helpPointFields } from './fields.ts';
import { createImportService } from './import.ts';
import { readHelpPointLists } from './lists.ts';
import { messages } from './messages.ts';
import { helpPointsOpenData } from './open-data.ts';
import type { Helpers } from './pages/point.tsx';
import { createHelpPointsService } from './points.ts';
import { helpPointsPages, leafletAssets } from './routes.tsx';
import { createUpkeepService } from './upkeep.ts';

/** The out-of-date notice goes once per point and check: a daily run is on time. */
const STALE_EVERY_MS = 24 * 3600_000;

/**
 * Help points (issue 17): places where someone helps, kept by their host structure, found by anyone. The public
 * finder and each point's page; the managers' pages, visitors' reports and the secretariat's queue.
 */
type Needs = { organisations: OrganisationsService; helpers: (organisationId: string) => Promise<Helpers> };

/** The feature's services, typed on their own so that its routes can name them. */
function services(deps: Deps, needs: Needs) {
  const lists = readHelpPointLists();
  const points = createHelpPointsService(deps, needs.organisations);
  const upkeep = createUpkeepService(deps, needs.organisations, points);
  const imports = createImportService(deps, needs.organisations, points, lists);
  return { lists, fields: helpPointFields(lists), points, upkeep, imports, helpers: needs.helpers };
}
export type HelpPointsFeatureService = ReturnType<typeof services>;

export function helpPointsFeature(deps: Deps, needs: Needs) {
  const service = services(deps, needs);
  const { upkeep } = service;
  return defineFeature({
    name: 'helpPoints',
    service,
    messages,
    pages: (scope) => helpPointsPages(scope, deps, service),
    routes: (app) => {
      helpPointsOpenData(app, deps, service);
      if (deps.config.mapTiles) leafletAssets(app);
    },
    menu: [
      { path: '/help-points', label: 'helppoints.nav', audience: 'everyone', order: 15 },
      { path: '/admin/help-points', label: 'hpadmin.nav', audience: 'admin', order: 45 },
    ],
    jobs: [
      {
        name: 'help-points',
        help: 'tell managers which of their help points have gone a year without a check (once per check)',
        everyMs: STALE_EVERY_MS,
        async run() {
          return `${count(await upkeep.notifyStale(), 'help point')} out of date, managers told.`;
        },
      },
    ],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    helpPoints: typeof messages;
  }
}

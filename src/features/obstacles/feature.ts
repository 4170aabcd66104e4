import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { type AddressedBy, type IsFollowing, obstacleApi, obstaclePages } from './routes.tsx';
import { createObstaclesService } from './service.ts';

/**
 * The catalogue of obstacles to digital inclusion. Its pages show what addresses each one and whether the
 * reader follows it: those come from features built after it, so they are functions, called per request.
 */
export function obstaclesFeature(deps: Deps, needs: { addressedBy: AddressedBy; isFollowing: IsFollowing }) {
  const service = createObstaclesService(deps);
  return defineFeature({
    name: 'obstacles',
    service,
    messages,
    pages: (scope) => obstaclePages(scope, service, needs.addressedBy, needs.isFollowing),
    routes: (app) => obstacleApi(app, service),
    menu: [{ path: '/obstacles', label: 'nav.obstacles', audience: 'everyone', order: 50 }],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    obstacles: typeof messages;
  }
}

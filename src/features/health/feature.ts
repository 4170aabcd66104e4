import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { healthRoutes } from './routes.ts';

/** Liveness and readiness probes. */
export function healthFeature(deps: Deps) {
  return defineFeature({
    name: 'health',
    service: undefined,
    messages: {},
    routes: (app) => healthRoutes(app, deps),
  });
}

import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { startPages } from './routes.tsx';
import { createStartService } from './service.ts';

/** The newcomer's task list, and where a person lands after signing in. */
export function startFeature(needs: Parameters<typeof createStartService>[0]) {
  const service = createStartService(needs);
  return defineFeature({
    name: 'start',
    service,
    messages,
    pages: (scope) => startPages(scope, service),
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    start: typeof messages;
  }
}

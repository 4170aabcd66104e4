import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { readEthicsVersions } from './content.ts';
import { messages } from './messages.ts';
import { ethicsPages } from './routes.tsx';

/**
 * What digital-inclusion facilitators use (issue 16). This first part is their code of ethics (content/ethics),
 * public and printable; host structures, signing the code and the accompaniment log come next.
 */
export function facilitationFeature(deps: Deps) {
  const versions = readEthicsVersions();
  const current = versions.at(-1);
  if (!current) throw new Error('No code of ethics under content/ethics/');
  return defineFeature({
    name: 'facilitation',
    service: { ethics: () => current },
    messages,
    pages: (scope) => ethicsPages(scope, deps, current),
    menu: [{ path: '/ethics', label: 'ethics.nav', audience: 'footer', order: 35 }],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    facilitation: typeof messages;
  }
}

import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { sitePagePages } from './routes.tsx';
import { createSitePagesService } from './service.ts';

/** The footer's pages (accessibility, privacy, legal notice, contact), which the secretariat edits. */
export function sitePagesFeature(deps: Deps) {
  const service = createSitePagesService(deps);
  return defineFeature({
    name: 'sitePages',
    service,
    messages,
    pages: (scope) => sitePagePages(scope, service),
    menu: [
      { path: '/admin/site-pages', label: 'site.admin_title', audience: 'admin', order: 100 },
      { path: '/accessibility', label: 'site.accessibility', audience: 'footer', order: 10 },
      { path: '/privacy', label: 'site.privacy', audience: 'footer', order: 20 },
      { path: '/legal', label: 'site.legal', audience: 'footer', order: 30 },
      { path: '/contact', label: 'site.contact', audience: 'footer', order: 40 },
    ],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    sitePages: typeof messages;
  }
}

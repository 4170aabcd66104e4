import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { messages } from './messages.ts';
import { campaignPages, campaignsOnProfile } from './routes.tsx';
import { createCampaignsService } from './service.ts';

/** Campaigns that signatories support. */
export function campaignsFeature(deps: Deps, needs: { organisations: OrganisationsService }) {
  const service = createCampaignsService(deps, needs.organisations);
  return defineFeature({
    name: 'campaigns',
    service,
    messages,
    pages: (scope) => campaignPages(scope, service),
    menu: [{ path: '/campaigns', label: 'nav.campaigns', audience: 'everyone', order: 70 }],
    profile: campaignsOnProfile(service),
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    campaigns: typeof messages;
  }
}

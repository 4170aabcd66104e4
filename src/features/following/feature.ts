import type { Deps } from '../../platform/deps.ts';
import { count, defineFeature } from '../../platform/feature.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import { messages } from './messages.ts';
import { followingPages } from './routes.tsx';
import { createFollowingService } from './service.ts';

const WEEK_CHECK_MS = 3600_000;

/** Following obstacles and commitments, and the weekly digest about them. */
export function followingFeature(deps: Deps, needs: { obstacles: ObstaclesService }) {
  const service = createFollowingService(deps, needs.obstacles);
  return defineFeature({
    name: 'following',
    service,
    messages,
    pages: (scope) => followingPages(scope, service, needs.obstacles),
    menu: [{ path: '/following', label: 'nav.following', audience: 'member', order: 20 }],
    jobs: [
      {
        name: 'weekly-digest',
        help: "queue this week's digest for followers, unless already sent (claimed once per week across instances; checking hourly sends it early on Monday)",
        everyMs: WEEK_CHECK_MS,
        async run() {
          const r = await service.sendWeeklyDigest();
          return r
            ? `Digest for the week of ${r.week}: ${count(r.sent, 'message')} queued.`
            : 'This week’s digest was already sent.';
        },
      },
    ],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    following: typeof messages;
  }
}

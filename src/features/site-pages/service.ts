import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Localized } from '../../platform/i18n/index.ts';
import { DEFAULT_TEXTS } from './content.ts';
import * as q from './queries.ts';
import { SITE_PAGES, type SitePage } from './schema.ts';

export interface SitePageView {
  slug: SitePage;
  body: Localized;
  /** Still the text Inclusio ships with: the secretariat has not written its own yet. */
  isDefault: boolean;
  updatedAt: Date | null;
}

/**
 * The footer's pages (accessibility statement, privacy notice, legal notice, contact): anyone reads them, only
 * the secretariat writes them. Until it does, each shows the default text written from the platform's facts.
 */
export function createSitePagesService(deps: Deps) {
  const { db, clock } = deps;
  const view = (slug: SitePage, row: q.SitePageRow | undefined): SitePageView =>
    row
      ? { slug, body: row.body, isDefault: false, updatedAt: row.updatedAt }
      : { slug, body: DEFAULT_TEXTS[slug], isDefault: true, updatedAt: null };

  return {
    requireSecretariat(actor: Actor) {
      requireAdmin(actor);
    },

    async read(slug: SitePage): Promise<SitePageView> {
      return view(slug, await q.bySlug(db, slug));
    },

    async list(actor: Actor): Promise<SitePageView[]> {
      requireAdmin(actor);
      const rows = await q.all(db);
      return SITE_PAGES.map((slug) =>
        view(
          slug,
          rows.find((r) => r.slug === slug),
        ),
      );
    },

    async get(actor: Actor, slug: SitePage): Promise<SitePageView> {
      requireAdmin(actor);
      return this.read(slug);
    },

    async save(actor: Actor, slug: SitePage, body: Localized) {
      requireAdmin(actor);
      await q.save(db, { slug, body, updatedBy: actor.id, updatedAt: clock.now() });
    },
  };
}
export type SitePagesService = ReturnType<typeof createSitePagesService>;

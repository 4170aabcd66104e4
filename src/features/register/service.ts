import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { MIN_GROUP } from '../../platform/stats.ts';
import { SECTORS } from '../organisations/schema.ts';
import * as q from './queries.ts';

export const REGISTER_PAGE_SIZE = 20;

/** The public register: search, profiles, counters and open data. Everything here is public by design. */
export function createRegisterService(deps: Deps) {
  const { db, clock } = deps;
  // The list of signing years only offers choices in a filter: a minute-old list is fine, and saves a scan per page.
  let years: { at: number; list: number[] } | undefined;
  return {
    search: (f: q.RegisterFilter, page: number) => q.search(db, f, page, REGISTER_PAGE_SIZE),
    async years() {
      const now = clock.now().getTime();
      if (!years || now - years.at > 60_000)
        years = { at: now, list: (await q.signingYears(db)).map((r) => Number(r.year)) };
      return years.list;
    },

    /** Whether the organisation appears in the public register (its public pages and data exist). */
    isListed: (organisationId: string) => q.isListed(db, organisationId),

    /** Profile slugs of the listed ones among these organisations, to link their names (the ledger's pages). */
    listedSlugs: (organisationIds: string[]) => q.listedSlugs(db, [...new Set(organisationIds)]),

    async profile(slug: string) {
      const p = await q.profile(db, slug);
      if (!p) throw notFound();
      return p;
    },

    /** Active signatories per sector; a sector with fewer than 5 shows as "fewer than 5" (null). */
    async counters() {
      const rows = await q.activeBySector(db);
      const total = rows.reduce((a, r) => a + r.n, 0);
      return {
        total: total >= MIN_GROUP ? total : null,
        bySector: SECTORS.map((sector) => {
          const n = rows.find((r) => r.sector === sector)?.n ?? 0;
          return { sector, n: n >= MIN_GROUP ? n : null };
        }),
      };
    },

    /** Yields every public signatory in batches of 500. */
    async *all() {
      for (let offset = 0; ; offset += 500) {
        const rows = await q.batch(db, offset, 500);
        yield* rows;
        if (rows.length < 500) return;
      }
    },
  };
}
export type RegisterService = ReturnType<typeof createRegisterService>;

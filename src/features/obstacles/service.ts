import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { Localized } from '../../platform/i18n/index.ts';
import { readCatalogue } from './content.ts';
import * as q from './queries.ts';

export interface ObstacleInput {
  slug: string;
  name: Localized;
  description: Localized;
}

/**
 * The obstacle catalogue (commitment C2). It starts from content/obstacles on first use, like the charter;
 * then the secretariat keeps it, in the four languages.
 */
export function createObstaclesService(deps: Deps) {
  const { db, clock } = deps;

  return {
    async list() {
      const rows = await q.all(db);
      if (rows.length) return rows;
      const now = clock.now();
      await q.insertMissing(
        db,
        readCatalogue().map((o, i) => ({ ...o, position: i + 1, createdAt: now, updatedAt: now })),
      );
      return q.all(db);
    },

    async bySlug(slug: string) {
      let o = await q.bySlug(db, slug);
      if (!o) {
        await this.list(); // the catalogue may not be loaded yet
        o = await q.bySlug(db, slug);
      }
      if (!o) throw notFound();
      return o;
    },

    requireSecretariat(actor: Actor) {
      requireAdmin(actor);
    },

    async get(actor: Actor, id: string) {
      requireAdmin(actor);
      const o = await q.byId(db, id);
      if (!o) throw notFound();
      return o;
    },

    async create(actor: Actor, input: ObstacleInput) {
      requireAdmin(actor);
      await this.list();
      const now = clock.now();
      const created = await q.insert(db, {
        ...input,
        position: await q.nextPosition(db),
        createdAt: now,
        updatedAt: now,
      });
      if (!created) throw new AppError('obstacle.slug_taken', 422, { slug: 'obstacle.slug_taken' });
      return created;
    },

    async update(actor: Actor, id: string, input: ObstacleInput) {
      const o = await this.get(actor, id);
      const same = await q.bySlug(db, input.slug);
      if (same && same.id !== o.id)
        throw new AppError('obstacle.slug_taken', 422, { slug: 'obstacle.slug_taken' });
      await q.update(db, id, { ...input, updatedAt: clock.now() });
    },
  };
}
export type ObstaclesService = ReturnType<typeof createObstaclesService>;

import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { readCharterVersions } from './content.ts';
import * as q from './queries.ts';

/**
 * The charter's versions. Texts are written under content/charter/v<N>/ and reviewed like code; the
 * secretariat publishes a version, which stores its texts and hash: a signature keeps the version it signed.
 */
export function createCharterService(deps: Deps, contentDir?: string) {
  const { db, clock, audit } = deps;
  const onDisk = () => readCharterVersions(contentDir);

  return {
    /** The version in force. The first version on disk is published by itself on first use. */
    async current(): Promise<q.CharterVersion> {
      const latest = await q.latest(db);
      if (latest) return latest;
      const first = onDisk()[0];
      if (!first) throw new Error('No charter text under content/charter/');
      await q.insert(db, {
        version: first.version,
        texts: first.texts,
        contentHash: first.hash,
        publishedAt: clock.now(),
        publishedBy: null,
      });
      return (await q.latest(db)) as q.CharterVersion;
    },

    async version(v: number) {
      const row = await q.byVersion(db, v);
      if (!row) throw new AppError('not_found', 404);
      return row;
    },

    /** For the secretariat: published versions, and versions on disk that could be published. */
    async overview(actor: Actor) {
      requireAdmin(actor);
      await this.current();
      const published = await q.all(db);
      const known = new Set(published.map((p) => p.version));
      const latest = published[0]?.version ?? 0;
      const publishable = onDisk()
        .filter((v) => !known.has(v.version) && v.version > latest)
        .map((v) => ({ version: v.version, hash: v.hash }));
      return { published, publishable };
    },

    async publish(actor: Actor, version: number, ip: string) {
      requireAdmin(actor);
      await this.current();
      const candidate = onDisk().find((v) => v.version === version);
      const latest = await q.latest(db);
      if (!candidate || (latest && candidate.version <= latest.version))
        throw new AppError('charter.not_publishable', 409);
      await db.transaction(async (tx) => {
        const inserted = await q.insert(tx, {
          version: candidate.version,
          texts: candidate.texts,
          contentHash: candidate.hash,
          publishedAt: clock.now(),
          publishedBy: actor.id,
        });
        if (!inserted) throw new AppError('charter.not_publishable', 409);
        await audit.record(tx, {
          action: 'charter.published',
          actorId: actor.id,
          ip,
          subjectType: 'charter',
          subjectId: String(candidate.version),
          details: { hash: candidate.hash },
        });
      });
    },
  };
}
export type CharterService = ReturnType<typeof createCharterService>;

import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import type { Region, Sector } from '../organisations/schema.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import * as q from './queries.ts';
import type { TargetGroup } from './schema.ts';

export const PRACTICES_PAGE_SIZE = 20;

export interface PracticeInput {
  title: string;
  summary: string;
  body: string;
  lang: Locale;
  commitments: CommitmentCode[];
  obstacles: string[];
  targetGroups: TargetGroup[];
  sector: Sector;
  region: Region;
  results?: string;
  contact?: string;
  links: string[];
}

/**
 * The library of good practices (commitment C1): members of a signatory submit, the secretariat publishes or
 * returns with a comment, everyone searches what is published.
 */
export function createPracticesService(
  deps: Deps,
  organisations: OrganisationsService,
  obstacles: ObstaclesService,
) {
  const { db, clock } = deps;

  async function checkObstacles(ids: string[]) {
    const known = new Set((await obstacles.list()).map((o) => o.id));
    if (ids.some((id) => !known.has(id))) throw new AppError('invalid', 422, { obstacles: 'invalid' });
  }

  async function practiceOrThrow(id: string) {
    const p = await q.byId(db, id);
    if (!p) throw notFound();
    return p;
  }

  const values = (input: PracticeInput) => {
    const { obstacles: _o, ...rest } = input;
    return { ...rest, results: input.results ?? null, contact: input.contact ?? null };
  };

  return {
    search: (f: q.PracticeFilter, page: number, pageSize = PRACTICES_PAGE_SIZE) =>
      q.search(db, f, pageSize, (page - 1) * pageSize),

    /** Published practices are public; the others only for their organisation's members and the secretariat. */
    async view(actor: Actor, id: string) {
      const p = await practiceOrThrow(id);
      if (p.practice.status === 'published')
        return { ...p, canEdit: await organisations.isMember(actor, p.practice.organisationId) };
      if (!actor) throw notFound();
      const access = await organisations.requireAccess(actor, p.practice.organisationId);
      return { ...p, canEdit: access !== 'admin' };
    },

    async submit(actor: Actor, organisationId: string, input: PracticeInput) {
      await organisations.requireMember(actor, organisationId);
      await checkObstacles(input.obstacles);
      const now = clock.now();
      return db.transaction((tx) =>
        q.insert(
          tx,
          {
            ...values(input),
            organisationId,
            status: 'submitted',
            createdBy: actor?.id ?? null,
            createdAt: now,
            updatedAt: now,
          },
          input.obstacles,
        ),
      );
    },

    /** For the edit form: the practice, to its members only. */
    async editable(actor: Actor, id: string) {
      const p = await practiceOrThrow(id);
      await organisations.requireMember(actor, p.practice.organisationId);
      return p;
    },

    /** An edit goes back to the secretariat before it is public again. */
    async update(actor: Actor, id: string, input: PracticeInput) {
      await this.editable(actor, id);
      await checkObstacles(input.obstacles);
      await db.transaction((tx) =>
        q.update(tx, id, { ...values(input), status: 'submitted', updatedAt: clock.now() }, input.obstacles),
      );
    },

    requireSecretariat(actor: Actor) {
      requireAdmin(actor);
    },

    async queue(actor: Actor, page: number) {
      requireAdmin(actor);
      return q.queue(db, PRACTICES_PAGE_SIZE, (page - 1) * PRACTICES_PAGE_SIZE);
    },

    async publish(actor: Actor, id: string) {
      requireAdmin(actor);
      const p = await practiceOrThrow(id);
      if (p.practice.status !== 'submitted') throw new AppError('practice.not_submitted', 409);
      await q.update(db, id, { status: 'published', moderationComment: null, publishedAt: clock.now() });
    },

    async returnToAuthor(actor: Actor, id: string, comment: string) {
      requireAdmin(actor);
      const p = await practiceOrThrow(id);
      if (p.practice.status !== 'submitted') throw new AppError('practice.not_submitted', 409);
      await q.update(db, id, { status: 'returned', moderationComment: comment, updatedAt: clock.now() });
    },

    ofOrganisation: (organisationId: string) => q.ofOrganisation(db, organisationId, true),
  };
}
export type PracticesService = ReturnType<typeof createPracticesService>;

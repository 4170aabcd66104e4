import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type Locale, type Localized, pickLocalized } from '../../platform/i18n/index.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { PlansService } from '../plans/service.ts';
import * as q from './queries.ts';

export const TEMPLATES_PAGE_SIZE = 50;

export interface TemplateInput {
  commitment: CommitmentCode;
  title: Localized;
  description: Localized;
  indicator: Localized;
  unit?: string;
  target?: number;
  published: boolean;
}

/**
 * Suggested objectives: the secretariat writes and publishes them per commitment; a signatory's member adopts one
 * in a click, which copies it into the plan (private, in the member's language) to be adapted there.
 */
export function createTemplatesService(deps: Deps, organisations: OrganisationsService, plans: PlansService) {
  const { db, clock } = deps;

  const values = (input: TemplateInput) => ({
    ...input,
    unit: input.unit ?? null,
    target: input.target ?? null,
    updatedAt: clock.now(),
  });

  return {
    /** For the form pages, before anything is read. */
    requireSecretariat(actor: Actor) {
      requireAdmin(actor);
    },

    async list(actor: Actor, page: number) {
      requireAdmin(actor);
      return q.page(db, TEMPLATES_PAGE_SIZE, (page - 1) * TEMPLATES_PAGE_SIZE);
    },

    async get(actor: Actor, id: string) {
      requireAdmin(actor);
      const template = await q.byId(db, id);
      if (!template) throw notFound();
      return template;
    },

    async create(actor: Actor, input: TemplateInput) {
      requireAdmin(actor);
      return q.insert(db, { ...values(input), createdBy: actor.id, createdAt: clock.now() });
    },

    async update(actor: Actor, id: string, input: TemplateInput) {
      await this.get(actor, id);
      await q.update(db, id, values(input));
    },

    /** For a member: the published suggestions, without those the organisation already adopted. */
    async suggestions(actor: Actor, organisationId: string) {
      const access = await organisations.requireAccess(actor, organisationId);
      if (access === 'admin') return [];
      const [all, adopted] = await Promise.all([q.published(db), q.adoptedBy(db, organisationId)]);
      return all.filter((t) => !adopted.has(t.id));
    },

    /** Copies a published suggestion into the plan; the new objective is private until the member says otherwise. */
    async adopt(actor: Actor, organisationId: string, templateId: string, locale: Locale) {
      await organisations.requireMember(actor, organisationId);
      const t = await q.byId(db, templateId);
      if (!t?.published) throw notFound();
      const text = (l: Localized) => pickLocalized(l, locale)?.text;
      return plans.createObjective(actor, organisationId, {
        commitment: t.commitment,
        title: text(t.title) ?? '',
        description: text(t.description),
        indicator: text(t.indicator),
        unit: t.unit ?? undefined,
        target: t.target ?? undefined,
        isPublic: false,
        templateId: t.id,
      });
    },
  };
}
export type TemplatesService = ReturnType<typeof createTemplatesService>;

import { type Actor, requireAdmin, requireUser } from '../../platform/auth/authorize.ts';
import { todayIn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { Localized } from '../../platform/i18n/index.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import * as q from './queries.ts';
import type { Resource } from './schema.ts';

export const CAMPAIGNS_PAGE_SIZE = 20;
export const SUPPORTERS_PAGE_SIZE = 50;

export interface CampaignInput {
  title: Localized;
  description: Localized;
  startsOn: string;
  endsOn: string;
  commitments: CommitmentCode[];
  resources: Resource[];
}

/**
 * Awareness campaigns (commitments C6 and C8): the secretariat runs them; signatories declare their support and
 * what they do; the public sees each campaign with its supporters.
 */
export function createCampaignsService(deps: Deps, organisations: OrganisationsService) {
  const { db, clock } = deps;

  function checkPeriod(input: CampaignInput) {
    if (input.endsOn < input.startsOn) {
      throw new AppError('campaign.ends_before_start', 422, { endsOn: 'campaign.ends_before_start' });
    }
  }

  async function campaignOrThrow(id: string) {
    const c = await q.byId(db, id);
    if (!c) throw notFound();
    return c;
  }

  return {
    requireSecretariat(actor: Actor) {
      requireAdmin(actor);
    },

    list(when: 'current' | 'past', page: number) {
      return q.page(db, when, todayIn(clock.now()), CAMPAIGNS_PAGE_SIZE, (page - 1) * CAMPAIGNS_PAGE_SIZE);
    },

    /** A campaign as the public sees it: its supporters a page at a time. */
    async view(id: string, page: number) {
      const campaign = await campaignOrThrow(id);
      const supporters = await q.supporters(db, id, SUPPORTERS_PAGE_SIZE, (page - 1) * SUPPORTERS_PAGE_SIZE);
      return { campaign, supporters, over: campaign.endsOn < todayIn(clock.now()) };
    },

    /** The signed-in person's organisations: which may support, and what each already declared. */
    async mine(actor: Actor, campaignId: string) {
      const orgs = await organisations.mineAsSignatories(actor);
      const supports = await q.supportsOf(
        db,
        campaignId,
        orgs.map((o) => o.id),
      );
      return orgs.map((o) => ({
        id: o.id,
        name: o.legalName,
        canSupport: o.live,
        contribution: supports.find((s) => s.organisationId === o.id)?.contribution ?? null,
      }));
    },

    async get(actor: Actor, id: string) {
      requireAdmin(actor);
      return campaignOrThrow(id);
    },

    async create(actor: Actor, input: CampaignInput) {
      requireAdmin(actor);
      checkPeriod(input);
      const now = clock.now();
      return q.insert(db, { ...input, createdBy: actor.id, createdAt: now, updatedAt: now });
    },

    async update(actor: Actor, id: string, input: CampaignInput) {
      requireAdmin(actor);
      await campaignOrThrow(id);
      checkPeriod(input);
      await q.update(db, id, { ...input, updatedAt: clock.now() });
    },

    /** A member declares (or rewrites) the organisation's support, while the campaign is not over. */
    async support(actor: Actor, campaignId: string, organisationId: string, contribution: string) {
      requireUser(actor);
      const campaign = await campaignOrThrow(campaignId);
      await organisations.requireLiveSignatory(actor, organisationId, 'campaign.signatories_only');
      if (campaign.endsOn < todayIn(clock.now())) throw new AppError('campaign.over', 422);
      const now = clock.now();
      await q.upsertSupport(db, {
        campaignId,
        organisationId,
        contribution,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      });
    },

    async withdraw(actor: Actor, campaignId: string, organisationId: string) {
      await organisations.requireMember(actor, organisationId);
      const deleted = await q.deleteSupport(db, campaignId, organisationId);
      if (!deleted.length) throw notFound();
    },

    /** For the public profile: the campaigns the organisation supports. */
    supportedBy: (organisationId: string) => q.supportedBy(db, organisationId, 50),
    /** Campaigns and their support across the coalition, per year, for the three-year evaluation. */
    byYear: () => q.byYear(db),
  };
}
export type CampaignsService = ReturnType<typeof createCampaignsService>;

import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import { randomToken, sha256 } from '../../platform/auth/crypto.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import * as q from './queries.ts';

export const REFERRALS_PAGE_SIZE = 25;
/** A link stays valid 60 days: organisations take time to decide. */
const REFERRAL_TTL = 60 * 24 * 3600 * 1000;
/** Enough for a real campaign of invitations, too few to turn the platform into a mailer. */
export const REFERRALS_PER_DAY = 20;

export interface ReferralInput {
  email: string;
  invitedName?: string;
  message?: string;
  lang: Locale;
}

/**
 * Commitment C5: members invite other organisations to sign. The email's link pre-fills registration; the
 * organisation registered through it is linked, and the inviter's profile counts those that became active.
 */
export function createReferralsService(deps: Deps, organisations: OrganisationsService) {
  const { db, clock, mail, audit, config } = deps;

  return {
    /**
     * The organisation's invitations, for its members and the secretariat. Shown again with the form's errors
     * (`sending`), they are for those who may send one, as `send` is.
     */
    async sent(actor: Actor, organisationId: string, page: number, sending?: 'referral') {
      const access = sending
        ? await organisations.requireMember(actor, organisationId)
        : await organisations.requireAccess(actor, organisationId);
      const list = await q.sent(db, organisationId, REFERRALS_PAGE_SIZE, (page - 1) * REFERRALS_PAGE_SIZE);
      return { access, ...list, broughtIn: await q.broughtIn(db, organisationId), now: clock.now() };
    },

    async send(actor: Actor, organisationId: string, input: ReferralInput, ip: string) {
      await organisations.requireMember(actor, organisationId);
      requireUser(actor);
      const now = clock.now();
      if (
        (await q.sentSince(db, organisationId, new Date(now.getTime() - 24 * 3600 * 1000))) >=
        REFERRALS_PER_DAY
      ) {
        throw new AppError('referral.too_many', 429);
      }
      if (await q.openTo(db, organisationId, input.email, now)) {
        throw new AppError('referral.already_invited', 422, { email: 'referral.already_invited' });
      }
      const org = await organisations.byId(organisationId);
      const token = randomToken();
      await db.transaction(async (tx) => {
        await q.insert(tx, {
          organisationId,
          email: input.email,
          invitedName: input.invitedName ?? null,
          message: input.message ?? null,
          lang: input.lang,
          tokenHash: sha256(token),
          invitedBy: actor.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + REFERRAL_TTL),
        });
        const t = translator(input.lang);
        await mail.enqueue(tx, {
          to: input.email,
          lang: input.lang,
          subject: t('mail.referral.subject', { organisation: org?.legalName ?? '' }),
          text: [
            t('mail.referral.body', {
              organisation: org?.legalName ?? '',
              link: `${config.baseUrl}/${input.lang}/join/${token}`,
            }),
            input.message ? `\n\n${t('mail.referral.their_message')}\n\n${input.message}` : '',
          ].join(''),
        });
        await audit.record(tx, {
          action: 'referral.sent',
          actorId: actor.id,
          ip,
          subjectType: 'organisation',
          subjectId: organisationId,
        });
      });
    },

    /** What the invitation link shows and pre-fills; a used or expired link is refused. */
    async lookup(token: string) {
      const r = await q.live(db, sha256(token), clock.now());
      if (!r) throw new AppError('referral.link_invalid', 400);
      return r;
    },

    /**
     * Links a newly registered organisation to the invitation it came through. Best effort: a link that expired
     * meanwhile, or was used already, does not stop the registration; it just counts for no one.
     */
    async claim(actor: Actor, token: string, organisationId: string) {
      requireUser(actor);
      const r = await q.live(db, sha256(token), clock.now());
      if (!r || r.organisationId === organisationId) return false;
      await q.markJoined(db, r.id, organisationId, clock.now());
      return true;
    },

    broughtIn: (organisationId: string) => q.broughtIn(db, organisationId),
  };
}
export type ReferralsService = ReturnType<typeof createReferralsService>;

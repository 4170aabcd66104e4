import { type Actor, requireAdmin, requireUser } from '../../platform/auth/authorize.ts';
import { randomToken, sha256 } from '../../platform/auth/crypto.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound } from '../../platform/http/errors.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import * as q from './queries/structures.ts';

const INVITATION_TTL = 14 * 24 * 3600_000;
export const NETWORKS_PAGE_SIZE = 20;

/**
 * Host structures and networks. Any organisation can host digital helpers: its members (representatives and
 * editors) manage it, invite helpers and countersign their code of ethics. The secretariat makes networks, puts
 * structures in them and names their coordinators, who see the network's figures and nothing finer.
 */
export function createStructuresService(deps: Deps, organisations: OrganisationsService) {
  const { db, clock, audit, mail, config } = deps;

  async function structureOrThrow(id: string) {
    const s = await q.structure(db, id);
    if (!s) throw notFound();
    return s;
  }

  const service = {
    /** A manager of the structure: one of its representatives or editors. */
    async requireManager(actor: Actor, organisationId: string) {
      await organisations.requireMember(actor, organisationId);
      requireUser(actor);
      return actor;
    },
    isManager: (actor: Actor, organisationId: string) => organisations.isMember(actor, organisationId),

    async requireFacilitator(actor: Actor, organisationId: string) {
      requireUser(actor);
      await structureOrThrow(organisationId);
      if (!(await q.isFacilitator(db, organisationId, actor.id)))
        throw new AppError('facilitation.not_facilitator', 403);
      return actor;
    },

    /** Whether the actor coordinates the network (the secretariat counts as one). */
    async requireCoordinator(actor: Actor, networkId: string) {
      requireUser(actor);
      const n = await q.network(db, networkId);
      if (!n) throw notFound();
      if (actor.role !== 'admin' && !(await q.coordinates(db, actor.id)).some((c) => c.id === networkId))
        throw forbidden();
      return n;
    },

    /** What the person does here: where they help, what they manage, which networks they coordinate. */
    async roles(actor: Actor) {
      requireUser(actor);
      const [helpsAt, manages, coordinates] = await Promise.all([
        q.helpsAt(db, actor.id),
        q.manages(db, actor.id),
        q.coordinates(db, actor.id),
      ]);
      return { helpsAt, manages, coordinates };
    },

    /** Whether the person helps at a structure or coordinates a network (their landing page is then this space). */
    async hasRole(actor: Actor) {
      if (!actor) return false;
      const r = await service.roles(actor);
      return r.helpsAt.length > 0 || r.coordinates.length > 0;
    },

    /** A structure's team, for its managers: helpers with their signature of the given version, open invitations. */
    async team(actor: Actor, organisationId: string, version: number) {
      await service.requireManager(actor, organisationId);
      const [structure, team, invitations] = await Promise.all([
        structureOrThrow(organisationId),
        q.team(db, organisationId, version),
        q.openInvitations(db, organisationId, clock.now()),
      ]);
      return { structure, team, invitations };
    },

    async invite(actor: Actor, organisationId: string, email: string, locale: Locale, ip: string) {
      const manager = await service.requireManager(actor, organisationId);
      const structure = await structureOrThrow(organisationId);
      const token = randomToken();
      await db.transaction(async (tx) => {
        const now = clock.now();
        await q.insertInvitation(tx, {
          organisationId,
          email,
          tokenHash: sha256(token),
          invitedBy: manager.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_TTL),
        });
        const t = translator(locale);
        await mail.enqueue(tx, {
          to: email,
          lang: locale,
          subject: t('mail.helper_invitation.subject', { structure: structure.name }),
          text: t('mail.helper_invitation.body', {
            structure: structure.name,
            link: `${config.baseUrl}/${locale}/facilitation/invitations/${token}`,
          }),
        });
        await audit.record(tx, {
          action: 'facilitation.helper_invited',
          actorId: manager.id,
          ip,
          subjectType: 'organisation',
          subjectId: organisationId,
        });
      });
    },

    async invitation(token: string) {
      const row = await q.liveInvitation(db, sha256(token), clock.now());
      if (!row) throw new AppError('token.invalid', 400);
      return row;
    },

    /** The invited person joins, signed in with the invited address (a forwarded link does not work). */
    async acceptInvitation(actor: Actor, token: string, email: string, ip: string) {
      requireUser(actor);
      const { invitation } = await service.invitation(token);
      if (invitation.email !== email) throw new AppError('invitation.other_email', 403);
      return db.transaction(async (tx) => {
        const now = clock.now();
        if (!(await q.markAccepted(tx, invitation.id, now)).length) throw new AppError('token.invalid', 400);
        await q.addFacilitator(tx, invitation.organisationId, actor.id, now);
        await audit.record(tx, {
          action: 'facilitation.helper_joined',
          actorId: actor.id,
          ip,
          subjectType: 'organisation',
          subjectId: invitation.organisationId,
        });
        return invitation.organisationId;
      });
    },

    /** A manager takes a helper off the team, or a helper leaves; their past entries stay in the figures. */
    async removeFacilitator(actor: Actor, organisationId: string, userId: string, ip: string) {
      requireUser(actor);
      if (actor.id !== userId) await service.requireManager(actor, organisationId);
      await db.transaction(async (tx) => {
        if (!(await q.removeFacilitator(tx, organisationId, userId)).length) throw notFound();
        await audit.record(tx, {
          action: 'facilitation.helper_removed',
          actorId: actor.id,
          ip,
          subjectType: 'organisation',
          subjectId: organisationId,
        });
      });
    },

    /** What anyone may read about a structure: its name, team size and signatures per version of the code. */
    async publicStructure(organisationId: string) {
      const [structure, size, signed] = await Promise.all([
        structureOrThrow(organisationId),
        q.teamSize(db, organisationId),
        q.signedByVersion(db, organisationId),
      ]);
      return { structure, size, signed };
    },

    // Networks: the secretariat sets them up.

    async networks(actor: Actor, page: number) {
      requireAdmin(actor);
      return q.networkPage(db, NETWORKS_PAGE_SIZE, (page - 1) * NETWORKS_PAGE_SIZE);
    },

    async createNetwork(actor: Actor, name: string, ip: string) {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        const n = await q.insertNetwork(tx, { name, createdBy: actor.id, createdAt: clock.now() });
        await audit.record(tx, {
          action: 'facilitation.network_changed',
          actorId: actor.id,
          ip,
          subjectType: 'network',
          subjectId: n.id,
          details: { change: 'created' },
        });
        return n;
      });
    },

    /** A network as its coordinators and the secretariat see it: its structures and coordinators. */
    async network(actor: Actor, id: string) {
      const n = await service.requireCoordinator(actor, id);
      const [structures, coordinators] = await Promise.all([
        q.networkMembers(db, id),
        q.coordinators(db, id),
      ]);
      return { network: n, structures, coordinators };
    },

    /** The secretariat adds or removes a structure, or a coordinator by their account's email. */
    async changeNetwork(
      actor: Actor,
      id: string,
      change:
        | { op: 'add_structure' | 'remove_structure'; organisationId: string }
        | { op: 'add_coordinator' | 'remove_coordinator'; email: string },
      ip: string,
    ) {
      requireAdmin(actor);
      if (!(await q.network(db, id))) throw notFound();
      await db.transaction(async (tx) => {
        const now = clock.now();
        if ('organisationId' in change) {
          if (!(await q.structure(tx, change.organisationId)))
            throw new AppError('invalid', 422, { organisationId: 'invalid' });
          if (change.op === 'add_structure') await q.addStructure(tx, id, change.organisationId, now);
          else await q.removeStructure(tx, id, change.organisationId);
        } else {
          const user = await q.userByEmail(tx, change.email);
          if (!user) throw new AppError('facilitation.no_account', 422, { email: 'facilitation.no_account' });
          if (change.op === 'add_coordinator') await q.addCoordinator(tx, id, user.id, now);
          else await q.removeCoordinator(tx, id, user.id);
        }
        await audit.record(tx, {
          action: 'facilitation.network_changed',
          actorId: actor.id,
          ip,
          subjectType: 'network',
          subjectId: id,
          details: { change: change.op },
        });
      });
    },

    /** A network and its structures without an access check, for services that made their own. */
    async networkMembers(networkId: string) {
      const n = await q.network(db, networkId);
      if (!n) throw notFound();
      return { network: n, structures: await q.networkMembers(db, networkId) };
    },
    structure: structureOrThrow,
  };
  return service;
}
export type StructuresService = ReturnType<typeof createStructuresService>;

import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound } from '../../platform/http/errors.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import * as q from './queries.ts';
import type { JointActionStatus } from './schema.ts';

export const JOINT_ACTIONS_PAGE_SIZE = 20;
export const UPDATES_PAGE_SIZE = 20;

export interface JointActionInput {
  title: string;
  goal: string;
  plan: string;
  needs?: string;
  startsOn: string;
  endsOn: string;
  obstacles: string[];
}

/** Where each status may go next: proposed → running → completed, or abandoned before completion. */
const NEXT: Record<JointActionStatus, JointActionStatus[]> = {
  proposed: ['running', 'abandoned'],
  running: ['completed', 'abandoned'],
  completed: [],
  abandoned: [],
};
export const nextStatuses = (s: JointActionStatus) => NEXT[s];
const isOpen = (s: JointActionStatus) => NEXT[s].length > 0;

/**
 * Joint actions (commitment C2): a signatory proposes one against obstacles; other signatories join and say
 * what they bring; members post updates; the proposer's members move it along its statuses.
 */
export function createJointActionsService(
  deps: Deps,
  organisations: OrganisationsService,
  obstacles: ObstaclesService,
) {
  const { db, clock } = deps;

  async function actionOrThrow(id: string) {
    const a = await q.byId(db, id);
    if (!a) throw notFound();
    return a;
  }

  function check(input: JointActionInput, known: Set<string>) {
    if (input.endsOn < input.startsOn)
      throw new AppError('joint.ends_before_start', 422, { endsOn: 'joint.ends_before_start' });
    if (input.obstacles.some((id) => !known.has(id)))
      throw new AppError('invalid', 422, { obstacles: 'invalid' });
  }
  const knownObstacles = async () => new Set((await obstacles.list()).map((o) => o.id));

  const row = (input: JointActionInput) => {
    const { obstacles: _o, ...rest } = input;
    return { ...rest, needs: input.needs ?? null };
  };

  /** The proposer's members steer the action; the secretariat may too (e.g. to close an abandoned one). */
  async function requireSteering(actor: Actor, a: q.JointAction) {
    requireUser(actor);
    if (actor.role === 'admin') return;
    await organisations.requireMember(actor, a.organisationId);
  }

  return {
    list: (f: q.JointActionFilter, page: number, pageSize = JOINT_ACTIONS_PAGE_SIZE) =>
      q.page(db, f, pageSize, (page - 1) * pageSize),

    /** What the public sees, plus what the signed-in person may do with it. */
    async view(actor: Actor, id: string, page: number) {
      const a = await actionOrThrow(id);
      const [members, updates, mine] = await Promise.all([
        q.members(db, id),
        q.updates(db, id, UPDATES_PAGE_SIZE, (page - 1) * UPDATES_PAGE_SIZE),
        organisations.mineAsSignatories(actor),
      ]);
      const memberIds = new Set(members.map((m) => m.id));
      const steering = actor?.role === 'admin' || mine.some((o) => o.id === a.action.organisationId);
      return {
        ...a,
        members: members.filter((m) => m.listed),
        updates,
        steering,
        next: steering ? nextStatuses(a.action.status) : [],
        /** The person's organisations already in the action (may post, change what they bring, or leave). */
        inAction: mine
          .filter((o) => memberIds.has(o.id))
          .map((o) => ({
            id: o.id,
            name: o.legalName,
            proposer: o.id === a.action.organisationId,
            contribution: members.find((m) => m.id === o.id)?.contribution ?? '',
          })),
        /** The person's signatories that may still join. */
        canJoin: isOpen(a.action.status)
          ? mine.filter((o) => o.live && !memberIds.has(o.id)).map((o) => ({ id: o.id, name: o.legalName }))
          : [],
      };
    },

    /** For the proposal form (an empty one first): the proposing organisation, to its members only. */
    async proposer(actor: Actor, organisationId: string) {
      await organisations.requireMember(actor, organisationId);
      const o = await organisations.byId(organisationId);
      return { id: organisationId, legalName: o?.legalName ?? '' };
    },

    async propose(actor: Actor, organisationId: string, input: JointActionInput, contribution: string) {
      requireUser(actor);
      await organisations.requireLiveSignatory(actor, organisationId, 'joint.signatories_only');
      check(input, await knownObstacles());
      const now = clock.now();
      return db.transaction((tx) =>
        q.insert(
          tx,
          {
            ...row(input),
            organisationId,
            status: 'proposed',
            createdBy: actor.id,
            createdAt: now,
            updatedAt: now,
          },
          input.obstacles,
          contribution,
        ),
      );
    },

    /** For the edit form: the proposer's members, while the action is open. */
    async editable(actor: Actor, id: string) {
      const a = await actionOrThrow(id);
      await requireSteering(actor, a.action);
      if (!isOpen(a.action.status)) throw new AppError('joint.closed', 409);
      return a;
    },

    async update(actor: Actor, id: string, input: JointActionInput) {
      await this.editable(actor, id);
      check(input, await knownObstacles());
      await db.transaction((tx) =>
        q.update(tx, id, { ...row(input), updatedAt: clock.now() }, input.obstacles),
      );
    },

    async setStatus(actor: Actor, id: string, status: JointActionStatus) {
      const a = await actionOrThrow(id);
      await requireSteering(actor, a.action);
      if (!NEXT[a.action.status].includes(status))
        throw new AppError('joint.bad_transition', 409, { status: 'joint.bad_transition' });
      await q.update(db, id, { status, updatedAt: clock.now() });
    },

    /** A live signatory joins (or rewrites what it brings) while the action is open. */
    async join(actor: Actor, id: string, organisationId: string, contribution: string) {
      requireUser(actor);
      const a = await actionOrThrow(id);
      await organisations.requireLiveSignatory(actor, organisationId, 'joint.signatories_only');
      if (!isOpen(a.action.status)) throw new AppError('joint.closed', 409);
      await q.upsertMember(db, {
        jointActionId: id,
        organisationId,
        contribution,
        createdBy: actor.id,
        joinedAt: clock.now(),
      });
    },

    /** Any member but the proposer may leave; the proposer abandons instead. */
    async leave(actor: Actor, id: string, organisationId: string) {
      const a = await actionOrThrow(id);
      await organisations.requireMember(actor, organisationId);
      if (organisationId === a.action.organisationId) throw new AppError('joint.proposer_stays', 409);
      const deleted = await q.deleteMember(db, id, organisationId);
      if (!deleted.length) throw notFound();
    },

    /** A member organisation posts news; updates stay public with the action, whatever its status. */
    async post(actor: Actor, id: string, organisationId: string, body: string) {
      requireUser(actor);
      await actionOrThrow(id);
      await organisations.requireMember(actor, organisationId);
      const [m] = await q.memberships(db, id, [organisationId]);
      if (!m) throw forbidden();
      await q.insertUpdate(db, {
        jointActionId: id,
        organisationId,
        body,
        createdBy: actor.id,
        createdAt: clock.now(),
      });
    },

    ofOrganisation: (organisationId: string) => q.ofOrganisation(db, organisationId),
    /** Joint actions by status across the coalition, for the three-year evaluation. */
    byStatus: () => q.byStatus(db),
  };
}
export type JointActionsService = ReturnType<typeof createJointActionsService>;

import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import { todayIn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { VERIFIED_STATUSES } from '../signatures/schema.ts';
import type { SignaturesService } from '../signatures/service.ts';
import { actionIsLate, averageProgress, objectiveIsLate, objectiveProgress } from './progress.ts';
import * as q from './queries.ts';
import {
  type ActionStatus,
  COMMITMENT_CODES,
  SAFETY_MEASURES,
  type SAFETY_STATUSES,
  type TRAINING_AUDIENCES,
} from './schema.ts';

export const GRID_PAGE_SIZE = 25;
export const TRAINING_PAGE_SIZE = 50;

export type SafetyInput = Record<
  (typeof SAFETY_MEASURES)[number],
  { status: (typeof SAFETY_STATUSES)[number]; note?: string }
>;

export interface TrainingInput {
  on: string;
  topic: string;
  hours: number;
  staffTrained: number;
  audience: (typeof TRAINING_AUDIENCES)[number];
}

export interface ObjectiveInput {
  commitment: (typeof COMMITMENT_CODES)[number];
  title: string;
  description?: string;
  indicator?: string;
  unit?: string;
  baseline?: number;
  target?: number;
  deadline?: string;
  isPublic: boolean;
  /** Set when the objective is adopted from a suggested one. */
  templateId?: string;
}

export interface ActionInput {
  title: string;
  description?: string;
  owner?: string;
  startDate?: string;
  dueDate?: string;
  status: ActionStatus;
  evidence: string[];
  isPublic: boolean;
}

/**
 * Each signatory's action plan: objectives under the nine commitments, actions, and dated progress.
 * Members (representatives and editors) write it; the secretariat reads it; the public sees what is marked public.
 */
export function createPlansService(
  deps: Deps,
  organisations: OrganisationsService,
  signatures: SignaturesService,
) {
  const { db, clock } = deps;

  /** Objectives with their actions, updates and computed progress; per commitment, the average and what is late. */
  function assemble(raw: Awaited<ReturnType<typeof q.plan>>) {
    const today = todayIn(clock.now());
    const objectives = raw.objectives.map((o) => {
      const acts = raw.actions.filter((a) => a.objectiveId === o.id);
      const updates = raw.updates.filter((u) => u.objectiveId === o.id);
      const latest = [...updates].reverse().find((u) => u.value !== null)?.value ?? null;
      const facts = { baseline: o.baseline, target: o.target, deadline: o.deadline, latest, actions: acts };
      const progress = objectiveProgress(facts);
      return {
        ...o,
        actions: acts.map((a) => ({ ...a, late: actionIsLate(a, today) })),
        updates,
        latest,
        progress,
        late: objectiveIsLate(facts, today, progress),
      };
    });
    const commitments = COMMITMENT_CODES.map((code) => {
      const mine = objectives.filter((o) => o.commitment === code);
      return {
        code,
        objectives: mine.length,
        progress: averageProgress(mine.map((o) => o.progress)),
        late: mine.filter((o) => o.late).length + mine.flatMap((o) => o.actions).filter((a) => a.late).length,
      };
    });
    return { objectives, commitments, today };
  }

  async function objectiveOrThrow(organisationId: string, id: string) {
    const o = await q.objective(db, organisationId, id);
    if (!o) throw notFound();
    return o;
  }

  async function organisationOrThrow(id: string) {
    const o = await organisations.byId(id);
    if (!o) throw notFound();
    return { id: o.id, legalName: o.legalName };
  }

  function checkDates(input: ActionInput) {
    if (input.startDate && input.dueDate && input.dueDate < input.startDate) {
      throw new AppError('plan.due_before_start', 422, { dueDate: 'plan.due_before_start' });
    }
  }

  return {
    /** The whole plan and whose it is, for its members and the secretariat. */
    async view(actor: Actor, organisationId: string) {
      const access = await organisations.requireAccess(actor, organisationId);
      const organisation = await organisationOrThrow(organisationId);
      return { access, organisation, ...assemble(await q.plan(db, organisationId, false)) };
    },

    /** Whose plan it is, for its members and the secretariat. */
    async organisation(actor: Actor, organisationId: string) {
      await organisations.requireAccess(actor, organisationId);
      return organisationOrThrow(organisationId);
    },

    /** For the forms that write the plan (an empty one first): the organisation, to its members only. */
    async writable(actor: Actor, organisationId: string) {
      await organisations.requireMember(actor, organisationId);
      return organisationOrThrow(organisationId);
    },

    /** The secretariat's grid: each signatory against the nine commitments, a page at a time. */
    async grid(actor: Actor, f: q.GridFilter, page: number, pageSize = GRID_PAGE_SIZE) {
      requireAdmin(actor);
      const { rows, total } = await signatures.signatories(
        { ...f, statuses: [...VERIFIED_STATUSES] },
        pageSize,
        (page - 1) * pageSize,
      );
      const raw = await q.plans(
        db,
        rows.map((r) => r.id),
        false,
      );
      return {
        total,
        rows: rows.map((r) => ({
          ...r,
          commitments: assemble({
            objectives: raw.objectives.filter((o) => o.organisationId === r.id),
            actions: raw.actions.filter((a) => a.organisationId === r.id),
            updates: raw.updates.filter((u) =>
              raw.objectives.some((o) => o.id === u.objectiveId && o.organisationId === r.id),
            ),
          }).commitments,
        })),
      };
    },

    /** Internal training (C4): sessions, newest first, and totals per year. */
    async training(actor: Actor, organisationId: string, page: number) {
      const access = await organisations.requireAccess(actor, organisationId);
      const [list, totals] = await Promise.all([
        q.trainingPage(db, organisationId, TRAINING_PAGE_SIZE, (page - 1) * TRAINING_PAGE_SIZE),
        q.trainingTotals(db, organisationId),
      ]);
      return { access, ...list, totals };
    },

    async addTraining(actor: Actor, organisationId: string, input: TrainingInput) {
      await organisations.requireMember(actor, organisationId);
      if (input.on > todayIn(clock.now()))
        throw new AppError('plan.future_date', 422, { on: 'plan.future_date' });
      await q.insertTraining(db, {
        ...input,
        organisationId,
        createdBy: actor?.id ?? null,
        createdAt: clock.now(),
      });
    },

    /** The trust and safety checklist (C8): every measure with its status, "not started" when never set. */
    async safety(actor: Actor, organisationId: string) {
      const access = await organisations.requireAccess(actor, organisationId);
      const rows = await q.safety(db, organisationId);
      return {
        access,
        measures: SAFETY_MEASURES.map((m) => {
          const row = rows.find((r) => r.measure === m);
          return { measure: m, status: row?.status ?? ('not_started' as const), note: row?.note ?? null };
        }),
      };
    },

    async saveSafety(actor: Actor, organisationId: string, input: SafetyInput) {
      await organisations.requireMember(actor, organisationId);
      const now = clock.now();
      await q.saveSafety(
        db,
        SAFETY_MEASURES.map((m) => ({
          organisationId,
          measure: m,
          status: input[m].status,
          note: input[m].note ?? null,
          updatedAt: now,
        })),
      );
    },

    /**
     * The whole plan in figures, for the organisation's yearly report and evaluation (their services check who
     * asks): progress per commitment, and how many objectives and actions, done or not.
     */
    async summary(organisationId: string) {
      const { objectives, commitments } = assemble(await q.plan(db, organisationId, false));
      const acts = objectives.flatMap((o) => o.actions);
      return {
        commitments: commitments.map(({ code, objectives: n, progress, late }) => ({
          code,
          objectives: n,
          progress,
          late,
        })),
        objectives: objectives.length,
        actions: acts.length,
        actionsDone: acts.filter((a) => a.status === 'done').length,
      };
    },

    trainingBetween: (organisationId: string, from: string, to: string) =>
      q.trainingBetween(db, organisationId, from, to),
    trainingByYear: () => q.trainingByYear(db),

    /** Only what the organisation made public; progress is computed from public objectives only. */
    async publicPlan(organisationId: string) {
      return assemble(await q.plan(db, organisationId, true));
    },

    async objective(actor: Actor, organisationId: string, id: string) {
      await organisations.requireMember(actor, organisationId);
      return objectiveOrThrow(organisationId, id);
    },

    async action(actor: Actor, organisationId: string, id: string) {
      await organisations.requireMember(actor, organisationId);
      const a = await q.action(db, organisationId, id);
      if (!a) throw notFound();
      return a;
    },

    async createObjective(actor: Actor, organisationId: string, input: ObjectiveInput) {
      await organisations.requireMember(actor, organisationId);
      const now = clock.now();
      return q.insertObjective(db, {
        ...input,
        organisationId,
        createdBy: actor?.id ?? null,
        createdAt: now,
        updatedAt: now,
      });
    },

    async updateObjective(actor: Actor, organisationId: string, id: string, input: ObjectiveInput) {
      await organisations.requireMember(actor, organisationId);
      await objectiveOrThrow(organisationId, id);
      await q.updateObjective(db, organisationId, id, {
        ...input,
        description: input.description ?? null,
        indicator: input.indicator ?? null,
        unit: input.unit ?? null,
        baseline: input.baseline ?? null,
        target: input.target ?? null,
        deadline: input.deadline ?? null,
        updatedAt: clock.now(),
      });
    },

    async deleteObjective(actor: Actor, organisationId: string, id: string) {
      await organisations.requireMember(actor, organisationId);
      await objectiveOrThrow(organisationId, id);
      await q.deleteObjective(db, organisationId, id);
    },

    async addProgress(
      actor: Actor,
      organisationId: string,
      id: string,
      input: { on: string; note: string; value?: number },
    ) {
      await organisations.requireMember(actor, organisationId);
      await objectiveOrThrow(organisationId, id);
      if (input.on > todayIn(clock.now()))
        throw new AppError('plan.future_date', 422, { on: 'plan.future_date' });
      await q.insertUpdate(db, {
        objectiveId: id,
        on: input.on,
        note: input.note,
        value: input.value ?? null,
        createdBy: actor?.id ?? null,
        createdAt: clock.now(),
      });
    },

    async createAction(actor: Actor, organisationId: string, objectiveId: string, input: ActionInput) {
      await organisations.requireMember(actor, organisationId);
      await objectiveOrThrow(organisationId, objectiveId);
      checkDates(input);
      const now = clock.now();
      return q.insertAction(db, { ...input, organisationId, objectiveId, createdAt: now, updatedAt: now });
    },

    async updateAction(actor: Actor, organisationId: string, id: string, input: ActionInput) {
      const a = await this.action(actor, organisationId, id);
      checkDates(input);
      await q.updateAction(db, organisationId, a.id, {
        ...input,
        description: input.description ?? null,
        owner: input.owner ?? null,
        startDate: input.startDate ?? null,
        dueDate: input.dueDate ?? null,
        updatedAt: clock.now(),
      });
      return a;
    },
  };
}
export type PlansService = ReturnType<typeof createPlansService>;

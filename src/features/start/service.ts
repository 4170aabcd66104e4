import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { PlansService } from '../plans/service.ts';
import { VERIFIED_STATUSES } from '../signatures/schema.ts';
import type { SignaturesService } from '../signatures/service.ts';

export const TASKS = ['register', 'invite', 'sign', 'verification', 'plan'] as const;
export type TaskKey = (typeof TASKS)[number];
/** GOV.UK's task-list statuses: done, to do, under way (waiting for someone else), or not possible yet. */
export type TaskStatus = 'done' | 'todo' | 'waiting' | 'cannot_start';
export interface Task {
  key: TaskKey;
  status: TaskStatus;
  /** Where the task is done, when the person may do it now. */
  href?: string;
}
export interface TaskList {
  organisation: { id: string; legalName: string } | null;
  tasks: Task[];
  /** The task to do now, or null once everything is done. */
  next: Task | null;
  done: number;
}

/** Statuses the secretariat has verified: the "wait for verification" task is done. */
const VERIFIED = new Set<string>(VERIFIED_STATUSES);

/**
 * The newcomer's way to a verified signature, as a task list: each task's status comes from what the person's
 * organisation really did (members and invitations, its signature, its plan), never from ticks of its own.
 */
export function createStartService(s: {
  organisations: OrganisationsService;
  signatures: SignaturesService;
  plans: PlansService;
}) {
  /** A representative signs themselves, so inviting colleagues is never "the next step" for them. */
  function nextOf(tasks: Task[], role: string | null): Task | null {
    const open = tasks.filter((t) => t.status === 'todo' || t.status === 'waiting');
    return open.find((t) => !(t.key === 'invite' && role === 'representative')) ?? open[0] ?? null;
  }

  async function forOrganisation(actor: Actor, org: { id: string; legalName: string }): Promise<TaskList> {
    const [{ role, members, invitations }, live, plan] = await Promise.all([
      s.organisations.view(actor, org.id),
      s.signatures.liveSignature(org.id),
      s.plans.summary(org.id),
    ]);
    const base = `/organisations/${org.id}`;
    const verified = !!live && VERIFIED.has(live.status);
    const tasks: Task[] = [
      { key: 'register', status: 'done', href: base },
      {
        key: 'invite',
        status: members.length > 1 || invitations.length > 0 ? 'done' : 'todo',
        href: `${base}#members-title`,
      },
      live
        ? { key: 'sign', status: 'done', href: `${base}/signature` }
        : role === 'representative'
          ? { key: 'sign', status: 'todo', href: `${base}/sign` }
          : { key: 'sign', status: 'cannot_start' },
      verified
        ? { key: 'verification', status: 'done', href: `${base}/signature` }
        : live
          ? { key: 'verification', status: 'waiting', href: `${base}/signature` }
          : { key: 'verification', status: 'cannot_start' },
      { key: 'plan', status: plan.objectives > 0 ? 'done' : 'todo', href: `${base}/plan` },
    ];
    return {
      organisation: { id: org.id, legalName: org.legalName },
      tasks,
      next: nextOf(tasks, role),
      done: tasks.filter((t) => t.status === 'done').length,
    };
  }

  return {
    /** One task list per organisation of the person; with none, the list that starts by registering one. */
    async tasks(actor: Actor): Promise<TaskList[]> {
      requireUser(actor);
      const mine = await s.organisations.listMine(actor);
      if (!mine.length) {
        const tasks: Task[] = TASKS.map((key) =>
          key === 'register'
            ? { key, status: 'todo', href: '/organisations/new' }
            : { key, status: 'cannot_start' },
        );
        return [{ organisation: null, tasks, next: tasks[0] ?? null, done: 0 }];
      }
      return Promise.all(mine.map((o) => forOrganisation(actor, o)));
    },

    /**
     * Where a person lands after signing in: the task list while they belong to no organisation (a
     * newcomer), else their account. The secretariat signs nothing, so it never lands on the task list.
     */
    async landing(actor: Actor): Promise<'/start' | '/account'> {
      if (!actor || actor.role === 'admin') return '/account';
      return (await s.organisations.listMine(actor)).length ? '/account' : '/start';
    },
  };
}
export type StartService = ReturnType<typeof createStartService>;

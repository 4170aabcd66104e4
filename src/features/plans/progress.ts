import type { ActionStatus } from './schema.ts';

export interface ObjectiveFacts {
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  /** The indicator's latest value, if any update gave one. */
  latest: number | null;
  actions: { status: ActionStatus; dueDate: string | null }[];
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/**
 * An objective's progress, 0–100: from its indicator when it has a baseline, a target and a value;
 * otherwise the share of its actions that are done (dropped ones do not count); null when nothing measures it.
 */
export function objectiveProgress(o: ObjectiveFacts): number | null {
  if (o.baseline !== null && o.target !== null && o.target !== o.baseline) {
    if (o.latest === null) return 0;
    return clamp(((o.latest - o.baseline) / (o.target - o.baseline)) * 100);
  }
  const counted = o.actions.filter((a) => a.status !== 'dropped');
  if (!counted.length) return null;
  return clamp((counted.filter((a) => a.status === 'done').length / counted.length) * 100);
}

/** The average of the objectives that have a progress; null when none has. */
export function averageProgress(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : null;
}

export const objectiveIsLate = (o: ObjectiveFacts, today: string, progress: number | null) =>
  !!o.deadline && o.deadline < today && (progress ?? 0) < 100;

export const actionIsLate = (a: { status: ActionStatus; dueDate: string | null }, today: string) =>
  !!a.dueDate && a.dueDate < today && a.status !== 'done' && a.status !== 'dropped';

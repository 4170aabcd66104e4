import { AUDIENCES, type Audience, PILLARS, type Pillar, type Question } from './content.ts';

/**
 * One answer: yes / partly / no for a choice, the step of a scale (0 = lowest), a number, or "not applicable"
 * for any question. The scoring method is docs/index-methodology.md.
 */
export type Answer = 'yes' | 'partly' | 'no' | 'na' | number;
export type Answers = Record<string, Answer>;

export type Cell = `${Pillar}.${Audience}`;
export interface Scores {
  /** The mean of the pillar scores; null when every question is "not applicable". */
  overall: number | null;
  pillars: Record<Pillar, number | null>;
  audiences: Record<Audience, number | null>;
  cells: Record<Cell, number | null>;
}

export const BANDS = ['starting', 'developing', 'established', 'leading'] as const;
export type Band = (typeof BANDS)[number];

/** starting < 40 ≤ developing < 60 ≤ established < 80 ≤ leading. */
export function bandOf(score: number): Band {
  return score >= 80 ? 'leading' : score >= 60 ? 'established' : score >= 40 ? 'developing' : 'starting';
}

const CHOICE = { yes: 1, partly: 0.5, no: 0 } as const;

/**
 * What an answer is worth, from 0 to 1; null for "not applicable", which then leaves the question out.
 * An unanswered question is worth 0 (a draft's preview; a submitted assessment answers every question).
 */
export function answerValue(q: Question, a: Answer | undefined): number | null {
  if (a === 'na') return null;
  if (a === undefined) return 0;
  if (q.type === 'choice') return typeof a === 'string' ? CHOICE[a] : 0;
  if (typeof a !== 'number' || !Number.isFinite(a)) return 0;
  if (q.type === 'scale') return Math.min(Math.max(a, 0), q.points - 1) / (q.points - 1);
  return Math.min(Math.max(a, 0), q.target) / q.target;
}

/** The mean of what applies; null when nothing does. */
function mean(values: (number | null)[]): number | null {
  const applicable = values.filter((v): v is number => v !== null);
  return applicable.length ? applicable.reduce((s, v) => s + v, 0) / applicable.length : null;
}
const round = (v: number | null) => (v === null ? null : Math.round(v));

/**
 * Scores 0–100 for each pillar × audience cell, each pillar, each audience and the whole. Every question weighs
 * the same within a pillar or an audience; the overall score weighs the five pillars the same.
 */
export function score(questions: Question[], answers: Answers): Scores {
  const valued = questions.map((q) => {
    const v = answerValue(q, answers[q.id]);
    return { q, v: v === null ? null : 100 * v };
  });
  const of = (keep: (q: Question) => boolean) => mean(valued.filter((x) => keep(x.q)).map((x) => x.v));
  const pillars = Object.fromEntries(PILLARS.map((p) => [p, of((q) => q.pillar === p)])) as Record<
    Pillar,
    number | null
  >;
  const cells = Object.fromEntries(
    PILLARS.flatMap((p) =>
      AUDIENCES.map((a) => [`${p}.${a}`, round(of((q) => q.pillar === p && q.audience === a))]),
    ),
  ) as Record<Cell, number | null>;
  return {
    overall: round(mean(PILLARS.map((p) => pillars[p]))),
    pillars: Object.fromEntries(PILLARS.map((p) => [p, round(pillars[p])])) as Record<Pillar, number | null>,
    audiences: Object.fromEntries(AUDIENCES.map((a) => [a, round(of((q) => q.audience === a))])) as Record<
      Audience,
      number | null
    >,
    cells,
  };
}

/** The questions with no answer yet, in questionnaire order. */
export const unanswered = (questions: Question[], answers: Answers) =>
  questions.filter((q) => answers[q.id] === undefined);

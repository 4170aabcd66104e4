import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../platform/i18n/index.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';

export const PILLARS = ['access', 'skills', 'trust', 'services', 'governance'] as const;
export type Pillar = (typeof PILLARS)[number];
export const AUDIENCES = ['employees', 'clients', 'community'] as const;
export type Audience = (typeof AUDIENCES)[number];
const SCALES = ['frequency', 'coverage'] as const;
const UNITS = ['percent', 'hours', 'days'] as const;
export type Unit = (typeof UNITS)[number];

const id = z.string().regex(/^[a-z]{3}-[a-z]{3}-[a-z]+$/);
const base = { id, pillar: z.enum(PILLARS), audience: z.enum(AUDIENCES) };
const structure = z.object({
  version: z.number().int().positive(),
  secondsPerAnswer: z.object({ choice: z.number(), scale: z.number(), number: z.number() }),
  audiences: z.array(z.enum(AUDIENCES)),
  pillars: z.record(
    z.enum(PILLARS),
    z.object({ commitments: z.array(z.enum(COMMITMENT_CODES)), obstacles: z.array(z.string()) }),
  ),
  scales: z.record(z.enum(SCALES), z.number().int().min(2).max(7)),
  units: z.record(z.enum(UNITS), z.object({ max: z.number().positive(), step: z.number().positive() })),
  questions: z.array(
    z.discriminatedUnion('type', [
      z.object({ ...base, type: z.literal('choice') }),
      z.object({ ...base, type: z.literal('scale'), scale: z.enum(SCALES) }),
      z.object({ ...base, type: z.literal('number'), unit: z.enum(UNITS), target: z.number().positive() }),
    ]),
  ),
});

const line = z.string().min(1);
const texts = z.object({
  title: line,
  intro: line,
  pillars: z.record(z.enum(PILLARS), z.object({ name: line, description: line })),
  audiences: z.record(z.enum(AUDIENCES), line),
  scales: z.record(z.enum(SCALES), z.array(line)),
  units: z.record(z.enum(UNITS), line),
  questions: z.record(id, z.object({ text: line, hint: z.string() })),
});
export type QuestionnaireTexts = z.infer<typeof texts>;

/** A question as the scoring and the forms use it: how many points a scale has, how far a number goes. */
export type Question =
  | { id: string; pillar: Pillar; audience: Audience; type: 'choice' }
  | {
      id: string;
      pillar: Pillar;
      audience: Audience;
      type: 'scale';
      points: number;
      scale: 'frequency' | 'coverage';
    }
  | {
      id: string;
      pillar: Pillar;
      audience: Audience;
      type: 'number';
      unit: Unit;
      target: number;
      max: number;
      step: number;
    };

export interface Questionnaire {
  version: number;
  questions: Question[];
  /** What each pillar's recommendations point to: commitments and obstacles (by slug). */
  pillars: Record<Pillar, { commitments: (typeof COMMITMENT_CODES)[number][]; obstacles: string[] }>;
  texts: Record<Locale, QuestionnaireTexts>;
  /** How long answering every question takes, roughly. */
  minutes: number;
}

export const questionnaireDir = path.resolve(import.meta.dirname, '../../../content/index');

/**
 * Reads content/index/v<N>/: questionnaire.json (the questions, their pillar, audience and answer type) and one
 * text file per language. Every language must name every pillar, audience, scale step and question.
 */
export function readQuestionnaire(dir: string): Questionnaire {
  const s = structure.parse(JSON.parse(fs.readFileSync(path.join(dir, 'questionnaire.json'), 'utf8')));
  const ids = s.questions.map((q) => q.id);
  if (new Set(ids).size !== ids.length) throw new Error(`${dir}: a question id appears twice`);
  const all = Object.fromEntries(
    LOCALES.map((l) => {
      const file = path.join(dir, `${l}.json`);
      const t = texts.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
      const missing = ids.filter((i) => !t.questions[i]);
      const extra = Object.keys(t.questions).filter((i) => !ids.includes(i));
      if (missing.length || extra.length)
        throw new Error(
          `${file}: questions missing (${missing.join(', ')}) or unknown (${extra.join(', ')})`,
        );
      for (const [scale, points] of Object.entries(s.scales))
        if (t.scales[scale as 'frequency']?.length !== points)
          throw new Error(`${file}: the ${scale} scale needs ${points} labels`);
      return [l, t];
    }),
  ) as Record<Locale, QuestionnaireTexts>;
  const questions: Question[] = s.questions.map((q) =>
    q.type === 'scale'
      ? { ...q, points: s.scales[q.scale] ?? 5 }
      : q.type === 'number'
        ? { ...q, max: s.units[q.unit]?.max ?? 100, step: s.units[q.unit]?.step ?? 1 }
        : q,
  );
  const seconds = questions.reduce((sum, q) => sum + s.secondsPerAnswer[q.type], 0);
  return {
    version: s.version,
    questions,
    pillars: s.pillars as Questionnaire['pillars'],
    texts: all,
    minutes: Math.ceil(seconds / 60),
  };
}

/** Every version under content/index, oldest first; the last one is what new assessments use. */
export function readQuestionnaires(dir = questionnaireDir): Questionnaire[] {
  return fs
    .readdirSync(dir)
    .filter((d) => /^v\d+$/.test(d))
    .map((d) => readQuestionnaire(path.join(dir, d)))
    .sort((a, b) => a.version - b.version);
}

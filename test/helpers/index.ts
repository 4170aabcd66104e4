import assert from 'node:assert/strict';
import { PILLARS, type Question, readQuestionnaires } from '../../src/features/assessments/content.ts';
import type { Agent } from './app.ts';

export const questionnaire = readQuestionnaires().at(-1) ?? assert.fail('no questionnaire');

/** A form value for each question: the best answer, a middle one, or "not applicable". */
export function answerAll(level: 'best' | 'middle' | 'worst', q: Question): Record<string, string> {
  if (q.type === 'number') {
    const v = level === 'best' ? q.target : level === 'middle' ? q.target / 2 : 0;
    return { [q.id]: String(v) };
  }
  if (q.type === 'scale')
    return {
      [q.id]: String(
        level === 'best' ? q.points - 1 : level === 'middle' ? Math.floor((q.points - 1) / 2) : 0,
      ),
    };
  return { [q.id]: level === 'best' ? 'yes' : level === 'middle' ? 'partly' : 'no' };
}

/** Answers every section through the forms, then submits; returns the score card's path. */
export async function fillIndex(
  agent: Agent,
  orgId: string,
  level: 'best' | 'middle' | 'worst' | ((q: Question) => Record<string, string>) = 'middle',
) {
  await agent.get(`/fr/organisations/${orgId}/index`);
  const start = await agent.post(`/fr/organisations/${orgId}/index/start`, {});
  assert.equal(start.statusCode, 303, start.body.slice(0, 300));
  const first = String(start.headers.location);
  const base = first.replace(/\/access$/, '');
  for (const p of PILLARS) {
    await agent.get(`${base}/${p}`);
    const form = Object.assign(
      { go: 'next' },
      ...questionnaire.questions
        .filter((q) => q.pillar === p)
        .map((q) => (typeof level === 'function' ? level(q) : answerAll(level, q))),
    );
    const res = await agent.post(`${base}/${p}`, form);
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
  }
  await agent.get(`${base}/check`);
  const sent = await agent.post(`${base}/submit`, {});
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 500));
  return String(sent.headers.location);
}

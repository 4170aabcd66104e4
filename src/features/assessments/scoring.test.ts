import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { AUDIENCES, type Question, readQuestionnaires } from './content.ts';
import { type Answer, type Answers, answerValue, bandOf, type Scores, score } from './scoring.ts';

const current = readQuestionnaires().at(-1);
if (!current) throw new Error('no questionnaire under content/index');
const questions = current.questions;

/** Any answer a question can get, "not applicable" included. */
const answerFor = (q: Question): fc.Arbitrary<Answer> =>
  q.type === 'choice'
    ? fc.constantFrom<Answer>('yes', 'partly', 'no', 'na')
    : q.type === 'scale'
      ? fc.oneof(fc.integer({ min: 0, max: q.points - 1 }), fc.constant<Answer>('na'))
      : fc.oneof(fc.double({ min: 0, max: q.max, noNaN: true }), fc.constant<Answer>('na'));

const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(questions.map((q) => [q.id, answerFor(q)])),
) as fc.Arbitrary<Answers>;

/** Every score of a result, flattened, so that two results compare number by number. */
const flat = (s: Scores) => [
  s.overall,
  ...Object.values(s.pillars),
  ...Object.values(s.audiences),
  ...Object.values(s.cells),
];

/** A better answer than `a` to `q`, when there is one ("not applicable" is not an answer to improve). */
function better(q: Question, a: Answer, step: number): Answer | null {
  if (a === 'na') return null;
  if (q.type === 'choice') return a === 'no' ? (step % 2 ? 'yes' : 'partly') : a === 'partly' ? 'yes' : null;
  if (typeof a !== 'number') return null;
  if (q.type === 'scale')
    return a < q.points - 1 ? Math.min(q.points - 1, a + 1 + (step % (q.points - 1))) : null;
  return a < q.max ? Math.min(q.max, a + 0.5 + step) : null;
}

describe('the Digital Inclusion Index scoring', () => {
  test('the questionnaire has 30 to 50 questions, covers every pillar × audience, and takes at most 20 minutes', () => {
    assert.ok(questions.length >= 30 && questions.length <= 50, `${questions.length} questions`);
    for (const p of ['access', 'skills', 'trust', 'services', 'governance'])
      for (const a of AUDIENCES)
        assert.ok(
          questions.some((q) => q.pillar === p && q.audience === a),
          `${p} × ${a}`,
        );
    assert.ok(current.minutes <= 20, `${current.minutes} minutes`);
    for (const t of ['choice', 'scale', 'number'])
      assert.ok(
        questions.some((q) => q.type === t),
        `has ${t} questions`,
      );
  });

  test('every score stays within 0–100', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const v of flat(score(questions, answers)))
          if (v !== null) assert.ok(Number.isInteger(v) && v >= 0 && v <= 100, String(v));
      }),
      { numRuns: 500 },
    );
  });

  test('improving an answer never lowers a score', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.integer({ min: 0, max: questions.length - 1 }),
        fc.nat(20),
        (answers, i, step) => {
          const q = questions[i] as Question;
          const next = better(q, answers[q.id] as Answer, step);
          fc.pre(next !== null);
          assert.ok((answerValue(q, next as Answer) ?? 0) >= (answerValue(q, answers[q.id]) ?? 0));
          const before = flat(score(questions, answers));
          const after = flat(score(questions, { ...answers, [q.id]: next as Answer }));
          before.forEach((b, k) => {
            if (b !== null) assert.ok((after[k] ?? -1) >= b, `score ${k}: ${b} → ${after[k]}`);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('"not applicable" is neutral: it scores as if the question did not exist', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: questions.length - 1 }), (answers, i) => {
        const q = questions[i] as Question;
        const withNa = score(questions, { ...answers, [q.id]: 'na' });
        const without = score(
          questions.filter((x) => x.id !== q.id),
          answers,
        );
        assert.deepEqual(withNa, without);
      }),
      { numRuns: 500 },
    );
  });

  test('the ends and the bands', () => {
    const all = (pick: (q: Question) => Answer) => Object.fromEntries(questions.map((q) => [q.id, pick(q)]));
    const best = score(
      questions,
      all((q) => (q.type === 'choice' ? 'yes' : q.type === 'scale' ? q.points - 1 : q.max)),
    );
    assert.ok(flat(best).every((v) => v === 100));
    const worst = score(
      questions,
      all((q) => (q.type === 'choice' ? 'no' : 0)),
    );
    assert.ok(flat(worst).every((v) => v === 0));
    const none = score(
      questions,
      all(() => 'na'),
    );
    assert.ok(
      flat(none).every((v) => v === null),
      'nothing applies: no score, not zero',
    );
    // A number counts up to its target, never beyond.
    const n = questions.find((q) => q.type === 'number') as Extract<Question, { type: 'number' }>;
    assert.equal(answerValue(n, n.target / 2), 0.5);
    assert.equal(answerValue(n, n.max), 1);
    assert.deepEqual([0, 39, 40, 59, 60, 79, 80, 100].map(bandOf), [
      'starting',
      'starting',
      'developing',
      'developing',
      'established',
      'established',
      'leading',
      'leading',
    ]);
  });
});

import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { FieldErrors } from '../../platform/http/validate.ts';
import { parseTypedNumber } from '../../platform/i18n/typed.ts';
import { countOrNull, MIN_GROUP, spread, suppressRow } from '../../platform/stats.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { PILLARS, type Pillar, type Question, type Questionnaire, readQuestionnaires } from './content.ts';
import * as q from './queries.ts';
import { type Answers, BANDS, type Band, bandOf, type Scores, score, unanswered } from './scoring.ts';

/** The weakest pillars get recommendations, as long as they are below "leading". */
const RECOMMENDED_PILLARS = 2;

/**
 * Reads one page's answers from the form: each question's field holds its answer ("yes", "partly", "no", "na",
 * the step of a scale, or a number); a number field's "not applicable" box is `<id>_na`. An empty field leaves
 * the question unanswered. Returns the answers and, per field, what is wrong.
 */
export function readAnswers(questions: Question[], body: Record<string, unknown>) {
  const answers: Answers = {};
  const errors: FieldErrors = {};
  for (const qn of questions) {
    const raw = body[qn.id];
    const value = typeof raw === 'string' ? raw.trim() : raw === undefined ? '' : null;
    if (value === null) {
      errors[qn.id] = 'invalid';
      continue;
    }
    if (qn.type === 'number') {
      const na = body[`${qn.id}_na`] === 'yes';
      if (na && value) errors[qn.id] = 'index.number_or_na';
      else if (na) answers[qn.id] = 'na';
      else if (value) {
        const n = parseTypedNumber(value);
        if (n === 'ambiguous') errors[qn.id] = 'number.ambiguous';
        else if (n === 'invalid' || n < 0) errors[qn.id] = 'number.invalid';
        else if (n > qn.max) errors[qn.id] = 'index.number_too_big';
        else answers[qn.id] = n;
      }
      continue;
    }
    if (!value) continue;
    if (value === 'na') answers[qn.id] = 'na';
    else if (qn.type === 'choice' && (value === 'yes' || value === 'partly' || value === 'no'))
      answers[qn.id] = value;
    else if (qn.type === 'scale' && /^\d$/.test(value) && Number(value) < qn.points)
      answers[qn.id] = Number(value);
    else errors[qn.id] = 'invalid';
  }
  return { answers, errors };
}

export function createAssessmentsService(deps: Deps, organisations: OrganisationsService) {
  const { db, clock } = deps;
  const versions = readQuestionnaires();
  const current = versions.at(-1) as Questionnaire;
  const questionnaire = (version: number) => {
    const v = versions.find((x) => x.version === version);
    if (!v) throw new Error(`questionnaire v${version} is missing from content/index`);
    return v;
  };

  async function assessmentOrThrow(organisationId: string, id: string) {
    const a = await q.byId(db, organisationId, id);
    if (!a) throw notFound();
    return a;
  }
  async function draftOrThrow(actor: Actor, organisationId: string, id: string) {
    await organisations.requireMember(actor, organisationId);
    const a = await assessmentOrThrow(organisationId, id);
    if (a.status !== 'draft') throw new AppError('index.already_submitted', 409);
    return { assessment: a, questionnaire: questionnaire(a.questionnaireVersion) };
  }

  /** The median overall score of organisations of the same sector and size; null below five of them. */
  async function peers(organisationId: string) {
    const org = await organisations.byId(organisationId);
    if (!org) throw notFound();
    const rows = await q.latestOfSignatories(db, { sector: org.sector, sizeBand: org.sizeBand });
    const s = spread(rows.map((r) => r.overall).filter((v): v is number => v !== null));
    return { sector: org.sector, sizeBand: org.sizeBand, n: s.n, median: s.median, min: MIN_GROUP };
  }

  return {
    current,
    questionnaire,

    /** The organisation's index page: its submitted assessments (oldest first) and the draft, if any. */
    async overview(actor: Actor, organisationId: string) {
      const access = await organisations.requireAccess(actor, organisationId);
      const [history, draft, org] = await Promise.all([
        q.history(db, organisationId),
        q.draftOf(db, organisationId),
        organisations.byId(organisationId),
      ]);
      const dq = draft && questionnaire(draft.questionnaireVersion);
      return {
        access,
        organisationName: org?.legalName ?? '',
        history,
        draft: draft &&
          dq && {
            ...draft,
            answered: dq.questions.length - unanswered(dq.questions, draft.answers).length,
            total: dq.questions.length,
          },
      };
    },

    /** Starts an assessment on the current questionnaire, or resumes the draft in progress. */
    async start(actor: Actor, organisationId: string) {
      await organisations.requireMember(actor, organisationId);
      requireUser(actor);
      const now = clock.now();
      const draft = await q.insertDraft(db, {
        organisationId,
        questionnaireVersion: current.version,
        status: 'draft',
        startedBy: actor.id,
        createdAt: now,
        updatedAt: now,
      });
      if (!draft) throw notFound();
      return draft;
    },

    /** One section (a pillar) of a draft, for its form. */
    async section(actor: Actor, organisationId: string, id: string, pillar: Pillar) {
      const d = await draftOrThrow(actor, organisationId, id);
      return { ...d, questions: d.questionnaire.questions.filter((x) => x.pillar === pillar) };
    },

    /** Saves one section's answers; nothing is written if any of them is wrong. */
    async saveSection(actor: Actor, organisationId: string, id: string, pillar: Pillar, body: unknown) {
      const d = await draftOrThrow(actor, organisationId, id);
      const questions = d.questionnaire.questions.filter((x) => x.pillar === pillar);
      const { answers, errors } = readAnswers(questions, (body ?? {}) as Record<string, unknown>);
      if (Object.keys(errors).length) throw new AppError('index.answers_invalid', 422, errors);
      const saved = await q.saveAnswers(
        db,
        id,
        questions.map((x) => x.id),
        answers,
        clock.now(),
      );
      if (!saved.length) throw new AppError('index.already_submitted', 409);
    },

    /** Every answer of a draft, for the check page. */
    async check(actor: Actor, organisationId: string, id: string) {
      const d = await draftOrThrow(actor, organisationId, id);
      return { ...d, missing: unanswered(d.questionnaire.questions, d.assessment.answers) };
    },

    /** Submits a draft whose every question has an answer; its scores are computed once, here. */
    async submit(actor: Actor, organisationId: string, id: string) {
      const d = await draftOrThrow(actor, organisationId, id);
      requireUser(actor);
      const missing = unanswered(d.questionnaire.questions, d.assessment.answers);
      if (missing.length)
        throw new AppError(
          'index.unanswered',
          422,
          Object.fromEntries(missing.map((m) => [m.id, 'index.unanswered'])),
        );
      const scores = score(d.questionnaire.questions, d.assessment.answers);
      const [done] = await q.submit(db, id, {
        scores,
        overall: scores.overall,
        submittedBy: actor.id,
        now: clock.now(),
      });
      if (!done) throw new AppError('index.already_submitted', 409);
      await deps.audit.record(db, {
        action: 'assessment.submitted',
        actorId: actor.id,
        ip: null,
        subjectType: 'assessment',
        subjectId: id,
        details: { organisation: organisationId, overall: scores.overall },
      });
      return done;
    },

    /**
     * A submitted assessment's score card: scores, band, the median of similar organisations (when at least
     * five), and the weakest pillars with what the questionnaire links them to.
     */
    async results(actor: Actor, organisationId: string, id: string) {
      const access = await organisations.requireAccess(actor, organisationId);
      const a = await assessmentOrThrow(organisationId, id);
      if (a.status !== 'submitted' || !a.scores) throw new AppError('index.not_submitted', 409);
      const qn = questionnaire(a.questionnaireVersion);
      const scores = a.scores as Scores;
      const weakest = PILLARS.filter((p) => scores.pillars[p] !== null && (scores.pillars[p] as number) < 80)
        .sort((x, y) => (scores.pillars[x] as number) - (scores.pillars[y] as number))
        .slice(0, RECOMMENDED_PILLARS)
        .map((p) => ({ pillar: p, score: scores.pillars[p] as number, ...qn.pillars[p] }));
      return {
        access,
        assessment: a,
        questionnaire: qn,
        scores,
        band: scores.overall === null ? null : bandOf(scores.overall),
        peers: await peers(organisationId),
        weakest,
      };
    },

    /** The latest submitted assessment, for the yearly report and the evaluation; no authorization here. */
    async latest(organisationId: string) {
      return (await q.history(db, organisationId)).at(-1) ?? null;
    },
    history: (organisationId: string) => q.history(db, organisationId),

    /**
     * The index across live signatories, for the public API and the evaluation: how many, the spread of overall
     * scores, the median of each pillar, and the same by sector and by size. Groups under five are suppressed.
     */
    async summary() {
      const rows = await q.latestOfSignatories(db);
      const overall = (rs: typeof rows) =>
        spread(rs.map((r) => r.overall).filter((v): v is number => v !== null));
      const bands = suppressRow(
        BANDS.map((b) => rows.filter((r) => r.overall !== null && bandOf(r.overall) === b).length),
      );
      // Each grouping's counts add up to the total shown: hidden together, so that none can be worked out.
      const group = <K extends 'sector' | 'sizeBand' | 'region'>(key: K) => {
        const values = [...new Set(rows.map((r) => r[key]))].sort();
        const spreads = values.map((value) => overall(rows.filter((r) => r[key] === value)));
        const counts = suppressRow(spreads.map((x) => x.n));
        return values.map((value, k) => ({
          [key]: value,
          organisations: counts[k] ?? null,
          median: counts[k] === null ? null : (spreads[k]?.median ?? null),
        }));
      };
      const all = overall(rows);
      return {
        organisations: countOrNull(all.n),
        overall: { median: all.median, q1: all.q1, q3: all.q3 },
        bands: Object.fromEntries(BANDS.map((b, k) => [b, bands[k] ?? null])) as Record<Band, number | null>,
        pillars: Object.fromEntries(
          PILLARS.map((p) => [
            p,
            spread(
              rows
                .map((r) => (r.scores as Scores | null)?.pillars[p])
                .filter((v): v is number => typeof v === 'number'),
            ).median,
          ]),
        ) as Record<Pillar, number | null>,
        bySector: group('sector'),
        bySize: group('sizeBand'),
        byRegion: group('region'),
      };
    },

    allSubmitted: () => q.allSubmitted(db),
  };
}
export type AssessmentsService = ReturnType<typeof createAssessmentsService>;

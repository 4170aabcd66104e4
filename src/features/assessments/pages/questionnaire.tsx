import type { ComponentChildren } from 'preact';
import { formatDateTime, formatNumber, type Locale } from '../../../platform/i18n/index.ts';
import { Notice } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  Radios,
  type Words,
} from '../../../platform/ui/form.tsx';
import { AUDIENCES, PILLARS, type Pillar, type Question, type Questionnaire } from '../content.ts';
import type { Assessment } from '../queries.ts';
import { AnswerList, useSectionHref } from './answers.tsx';

function Breadcrumb(props: { orgId: string; orgName: string }) {
  const { t } = useView();
  const href = useHref();
  return (
    <p class="breadcrumb">
      <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a> ·{' '}
      <a href={href(`/organisations/${props.orgId}/index`)}>{t('index.title')}</a>
    </p>
  );
}

/** The questions' fields, each labelled by its question, in the language of the page. */
const questionFields = (qn: Questionnaire, locale: Locale, questions: Question[]): FieldLabels =>
  Object.fromEntries(questions.map((q) => [q.id, { text: qn.texts[locale].questions[q.id]?.text ?? q.id }]));

/**
 * One question's field: radio buttons for a choice or a scale, a number with its unit otherwise. Its label,
 * the question, comes from its form's fields (questionFields).
 */
function QuestionField(props: { qn: Questionnaire; q: Question }) {
  const { t, locale } = useView();
  const texts = props.qn.texts[locale];
  const { q } = props;
  const hint: Words | undefined = texts.questions[q.id]?.hint
    ? { text: texts.questions[q.id]?.hint ?? '' }
    : undefined;
  const na = { value: 'na', label: t('index.answer.na') };
  if (q.type === 'number')
    return (
      <Field
        name={q.id}
        hint={hint}
        inputMode="numeric"
        width="third"
        maxLength={10}
        suffix={texts.units[q.unit]}
        after={<Checkbox name={`${q.id}_na`} label={t('index.answer.na')} />}
      />
    );
  const options =
    q.type === 'choice'
      ? (['yes', 'partly', 'no'] as const).map((v) => ({ value: v, label: t(`index.answer.${v}`) }))
      : texts.scales[q.scale].map((l, i) => ({ value: String(i), label: l }));
  return <Radios name={q.id} hint={hint} options={[...options, na]} />;
}

/** One section (a pillar) of the questionnaire: its questions grouped by audience, then save. */
export function SectionPage(props: {
  orgId: string;
  orgName: string;
  qn: Questionnaire;
  assessment: Assessment;
  pillar: Pillar;
  form: FormState;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const texts = props.qn.texts[locale];
  const questions = props.qn.questions.filter((q) => q.pillar === props.pillar);
  const fields = questionFields(props.qn, locale, questions);
  const n = PILLARS.indexOf(props.pillar);
  const prev = PILLARS[n - 1];
  const base = `/organisations/${props.orgId}/index/${props.assessment.id}`;
  return (
    <>
      <ErrorSummary form={props.form} fields={fields} />
      <Breadcrumb orgId={props.orgId} orgName={props.orgName} />
      <p class="hint">{t('index.section_of', { n: n + 1, total: PILLARS.length })}</p>
      <h1>{texts.pillars[props.pillar].name}</h1>
      <p class="lead">{texts.pillars[props.pillar].description}</p>
      <Form action={href(`${base}/${props.pillar}`)} form={props.form} fields={fields}>
        {AUDIENCES.filter((a) => questions.some((q) => q.audience === a)).map((a) => (
          <section key={a} aria-labelledby={`audience-${a}`}>
            <h2 id={`audience-${a}`}>{texts.audiences[a]}</h2>
            {questions
              .filter((q) => q.audience === a)
              .map((q) => (
                <div class="question" key={q.id}>
                  <QuestionField qn={props.qn} q={q} />
                </div>
              ))}
          </section>
        ))}
        <div class="button-row">
          <Button name="go" value="next">
            {t(n + 1 < PILLARS.length ? 'index.save_next' : 'index.save_check')}
          </Button>{' '}
          <Button name="go" value="later" variant="secondary">
            {t('index.save_later')}
          </Button>
        </div>
      </Form>
      {prev && (
        <p>
          <a href={href(`${base}/${prev}`)}>{t('index.previous', { name: texts.pillars[prev].name })}</a>
        </p>
      )}
    </>
  );
}

/** Check your answers, then submit. Unanswered questions are listed, with a link to each. */
export function CheckPage(props: {
  orgId: string;
  orgName: string;
  qn: Questionnaire;
  assessment: Assessment;
  missing: Question[];
  form: FormState;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const sectionHref = useSectionHref(props.orgId, props.assessment.id);
  return (
    <>
      <ErrorSummary form={props.form} fields={questionFields(props.qn, locale, props.missing)} />
      <Breadcrumb orgId={props.orgId} orgName={props.orgName} />
      <h1>{t('index.check_title')}</h1>
      <p class="lead">{t('index.check_intro')}</p>
      {props.missing.length > 0 && (
        <Notice kind="warning">{t('index.missing', { n: props.missing.length })}</Notice>
      )}
      <AnswerList qn={props.qn} answers={props.assessment.answers} sectionHref={sectionHref} />
      <h2>{t('index.submit_title')}</h2>
      <p>{t('index.submit_intro')}</p>
      <Form action={href(`/organisations/${props.orgId}/index/${props.assessment.id}/submit`)}>
        <Button>{t('index.submit')}</Button>
      </Form>
    </>
  );
}

/** The organisation's index: start or resume, what the questions cover, and the results so far. */
export function OverviewPage(props: {
  orgId: string;
  orgName: string;
  qn: Questionnaire;
  canAnswer: boolean;
  draft: (Assessment & { answered: number; total: number }) | null;
  results: ComponentChildren;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const texts = props.qn.texts[locale];
  const d = props.draft;
  const sectionHref = useSectionHref(props.orgId, d?.id ?? '');
  const base = `/organisations/${props.orgId}/index/${d?.id}`;
  // Resume where the first unanswered question is; once all are answered, at the check page.
  const resumeAt = props.qn.questions.find((q) => d && d.answers[q.id] === undefined)?.pillar;
  return (
    <>
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a>
      </p>
      <h1>{t('index.title')}</h1>
      <p class="lead">{texts.intro}</p>
      {props.canAnswer &&
        (d ? (
          <section aria-labelledby="draft-title">
            <h2 id="draft-title">{t('index.draft_title')}</h2>
            <p>
              {t('index.draft_progress', {
                date: formatDateTime(locale, d.createdAt, false),
                answered: d.answered,
                total: formatNumber(locale, d.total),
              })}
            </p>
            <p>
              <a class="button" href={resumeAt ? sectionHref(resumeAt) : href(`${base}/check`)}>
                {t('index.resume')}
              </a>{' '}
              <a href={href(`${base}/check`)}>{t('index.check_link')}</a>
            </p>
          </section>
        ) : (
          <Form action={href(`/organisations/${props.orgId}/index/start`)}>
            <p>{t('index.start_intro', { minutes: props.qn.minutes })}</p>
            <Button>{t('index.start')}</Button>
          </Form>
        ))}
      {props.results}
      <section aria-labelledby="pillars-title">
        <h2 id="pillars-title">{t('index.pillars_title')}</h2>
        <dl class="summary-list">
          {PILLARS.map((p) => (
            <div key={p}>
              <dt>{texts.pillars[p].name}</dt>
              <dd>{texts.pillars[p].description}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

export { Breadcrumb };

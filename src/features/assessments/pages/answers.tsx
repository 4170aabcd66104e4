import { formatNumber, type Locale } from '../../../platform/i18n/index.ts';
import { useHref, useView } from '../../../platform/ui/context.ts';
import { PILLARS, type Pillar, type Question, type Questionnaire } from '../content.ts';
import type { Answer, Answers } from '../scoring.ts';

/** An answer in words: "Yes", a scale's label, "12 %", or "Not applicable"; null when not answered yet. */
export function answerText(
  qn: Questionnaire,
  q: Question,
  a: Answer | undefined,
  locale: Locale,
  t: ReturnType<typeof useView>['t'],
): string | null {
  if (a === undefined) return null;
  if (a === 'na') return t('index.answer.na');
  if (q.type === 'choice') return t(`index.answer.${a as 'yes' | 'partly' | 'no'}`);
  if (q.type === 'scale') return qn.texts[locale].scales[q.scale][a as number] ?? String(a);
  return `${formatNumber(locale, a as number)} ${qn.texts[locale].units[q.unit]}`;
}

/**
 * Every answer, section by section, each with a link to change it (GOV.UK's "check your answers"). An
 * unanswered question carries the field's id, so that the error summary's link lands on it.
 */
export function AnswerList(props: {
  qn: Questionnaire;
  answers: Answers;
  /** Where each section is answered; without it, the list is read-only. */
  sectionHref?: (p: Pillar) => string;
}) {
  const { t, locale } = useView();
  const texts = props.qn.texts[locale];
  return (
    <>
      {PILLARS.map((p) => (
        <section key={p} aria-labelledby={`answers-${p}`}>
          <h2 id={`answers-${p}`}>{texts.pillars[p].name}</h2>
          <dl class="summary-list">
            {props.qn.questions
              .filter((q) => q.pillar === p)
              .map((q) => {
                const said = answerText(props.qn, q, props.answers[q.id], locale, t);
                return (
                  <div key={q.id} id={said === null ? `f-${q.id}` : undefined}>
                    <dt>{texts.questions[q.id]?.text}</dt>
                    <dd>
                      {said ?? <strong>{t('index.not_answered')}</strong>}
                      {props.sectionHref && (
                        <>
                          {' '}
                          <a href={`${props.sectionHref(p)}#f-${q.id}`}>
                            {t(said === null ? 'index.answer_it' : 'index.change')}
                            <span class="visually-hidden">: {texts.questions[q.id]?.text}</span>
                          </a>
                        </>
                      )}
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </>
  );
}

export function useSectionHref(orgId: string, assessmentId: string) {
  const href = useHref();
  return (p: Pillar) => href(`/organisations/${orgId}/index/${assessmentId}/${p}`);
}

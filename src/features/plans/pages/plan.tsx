import { formatDay, formatNumber } from '../../../platform/i18n/index.ts';
import { FlashHere, Notice, ProgressBar } from '../../../platform/ui/components.tsx';
import { emptyForm, type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, type FieldLabels, Form } from '../../../platform/ui/form.tsx';
import { Suggestions, type Template } from '../../templates/index.ts';
import { COMMITMENT_CODES } from '../schema.ts';
import type { PlansService } from '../service.ts';

export type PlanView = Awaited<ReturnType<PlansService['view']>>;
type ObjectiveView = PlanView['objectives'][number];

/** The progress form sits once per objective, so its fields carry the objective's id. */
const progressFields = (objectiveId: string): FieldLabels => ({
  [`on-${objectiveId}`]: 'plan.update_date',
  [`note-${objectiveId}`]: 'plan.update_note',
  [`value-${objectiveId}`]: 'plan.update_value',
});

function Objective(props: { o: ObjectiveView; orgId: string; canEdit: boolean; progressForm?: FormState }) {
  const { t, locale } = useView();
  const href = useHref();
  const { o } = props;
  const base = `/organisations/${props.orgId}/plan`;
  return (
    <article id={`objective-${o.id}`} class="card objective">
      <FlashHere id={`objective-${o.id}`} />
      <h3>
        {o.title} {o.late && <span class="tag tag--late">{t('plan.late')}</span>}{' '}
        <span class="tag">{o.isPublic ? t('plan.public') : t('plan.private')}</span>
      </h3>
      {o.description && <p>{o.description}</p>}
      <p class="meta">
        {o.indicator && (
          <>
            {t('layout.label_value', { label: t('plan.indicator'), value: o.indicator })}
            {o.unit && ` (${o.unit})`} · {t('plan.baseline')} {o.baseline ?? '—'} → {t('plan.target')}{' '}
            {o.target ?? '—'}
            {o.latest !== null && ` · ${t('plan.latest')} ${formatNumber(locale, o.latest)}`} ·{' '}
          </>
        )}
        {t('layout.label_value', { label: t('plan.deadline'), value: formatDay(locale, o.deadline) })}
      </p>
      <p>
        <ProgressBar value={o.progress} label={t('plan.progress_of', { title: o.title })} />
      </p>
      {o.actions.length > 0 && (
        <ul class="plain-list">
          {o.actions.map((a) => (
            <li key={a.id} id={`action-${a.id}`}>
              <FlashHere id={`action-${a.id}`} />
              <strong>{a.title}</strong> · {t(`action_status.${a.status}`)}
              {a.owner && ` · ${a.owner}`} ·{' '}
              {t('layout.label_value', { label: t('plan.due'), value: formatDay(locale, a.dueDate) })}
              {a.late && (
                <>
                  {' '}
                  <span class="tag tag--late">{t('plan.late')}</span>
                </>
              )}
              {a.evidence.length > 0 && (
                <span>
                  {' · '}
                  {a.evidence.map((e, i) => (
                    <a key={e} href={e} rel="nofollow noopener">
                      {t('plan.evidence_n', { n: i + 1 })}
                    </a>
                  ))}
                </span>
              )}
              {props.canEdit && (
                <>
                  {' · '}
                  <a href={href(`${base}/actions/${a.id}/edit`)}>
                    {t('plan.edit')}
                    <span class="visually-hidden"> {a.title}</span>
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {o.updates.length > 0 && (
        <details>
          <summary>{t('plan.updates', { n: o.updates.length })}</summary>
          <ol class="timeline">
            {o.updates.map((u) => (
              <li key={u.id}>
                {t('layout.label_value', { label: formatDay(locale, u.on), value: u.note })}
                {u.value !== null && ` (${formatNumber(locale, u.value)}${o.unit ? ` ${o.unit}` : ''})`}
              </li>
            ))}
          </ol>
        </details>
      )}
      {props.canEdit && (
        <>
          <p>
            <a href={href(`${base}/objectives/${o.id}/edit`)}>
              {t('plan.edit_objective')}
              <span class="visually-hidden"> {o.title}</span>
            </a>{' '}
            ·{' '}
            <a href={href(`${base}/objectives/${o.id}/actions/new`)}>
              {t('plan.add_action')}
              <span class="visually-hidden"> ({o.title})</span>
            </a>
          </p>
          <Form
            action={href(`${base}/objectives/${o.id}/progress`)}
            class="inline-fields"
            label={t('plan.add_update_for', { title: o.title })}
            form={props.progressForm ?? emptyForm()}
            fields={progressFields(o.id)}
          >
            <Field name={`on-${o.id}`} type="date" width="third" />
            <Field name={`note-${o.id}`} maxLength={1000} />
            {o.indicator && <Field name={`value-${o.id}`} width="third" inputMode="text" />}
            <Button variant="secondary">{t('plan.add_update')}</Button>
          </Form>
        </>
      )}
    </article>
  );
}

export function PlanPage(props: {
  orgId: string;
  orgName: string;
  plan: PlanView;
  /** A progress update that was refused, shown again beside its objective. */
  progressForm?: { objectiveId: string; form: FormState };
  /** Suggested objectives not adopted yet (members only). */
  suggestions?: Template[];
}) {
  const { t } = useView();
  const href = useHref();
  const { plan } = props;
  const canEdit = plan.access === 'representative' || plan.access === 'editor';
  const late =
    plan.objectives.filter((o) => o.late).length +
    plan.objectives.flatMap((o) => o.actions).filter((a) => a.late).length;
  return (
    <>
      <p class="breadcrumb">
        <a href={href(`/organisations/${props.orgId}`)}>{props.orgName}</a>
      </p>
      {props.progressForm && (
        <ErrorSummary
          form={props.progressForm.form}
          fields={progressFields(props.progressForm.objectiveId)}
        />
      )}
      <h1>{t('plan.title')}</h1>
      <p class="lead">{t('plan.intro')}</p>
      {late > 0 && <Notice kind="warning">{t('plan.late_count', { n: late })}</Notice>}
      <div class="table-wrap">
        <table>
          <caption>{t('plan.overview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.commitment')}</th>
              <th scope="col" class="num">
                {t('plan.objectives')}
              </th>
              <th scope="col">{t('plan.progress')}</th>
              <th scope="col" class="num">
                {t('plan.late')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.commitments.map((c) => (
              <tr key={c.code}>
                <th scope="row">
                  <a href={`#${c.code}`}>
                    {c.code} {t(`commitment.${c.code}.short`)}
                  </a>
                </th>
                <td class="num">{c.objectives}</td>
                <td>
                  <ProgressBar value={c.progress} label={t('plan.progress_of', { title: c.code })} />
                </td>
                <td class="num">{c.late || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {COMMITMENT_CODES.map((code) => {
        const mine = plan.objectives.filter((o) => o.commitment === code);
        return (
          <section key={code} id={code} aria-labelledby={`${code}-title`}>
            <h2 id={`${code}-title`}>
              {code} {t(`commitment.${code}.short`)}
            </h2>
            <FlashHere id={code} />
            <p class="hint">{t(`commitment.${code}.plain`)}</p>
            {code === 'C8' && (
              <p>
                <a href={href(`/organisations/${props.orgId}/safety`)}>{t('safety.link')}</a>
              </p>
            )}
            {code === 'C1' && canEdit && (
              <p>
                <a href={href(`/organisations/${props.orgId}/practices/new`)}>{t('practice.share')}</a>
              </p>
            )}
            {code === 'C7' && (
              <p>
                <a href={href(`/organisations/${props.orgId}/index`)}>{t('index.link')}</a>
              </p>
            )}
            {code === 'C9' && (
              <p>
                <a href={href(`/organisations/${props.orgId}/reports`)}>{t('report.link')}</a> ·{' '}
                <a href={href(`/organisations/${props.orgId}/evaluation`)}>{t('eval.link')}</a>
              </p>
            )}
            {code === 'C2' && (
              <p>
                <a href={href('/joint-actions')}>{t('joint.link')}</a>
              </p>
            )}
            {code === 'C5' && (
              <p>
                <a href={href(`/organisations/${props.orgId}/referrals`)}>{t('referral.link')}</a>
              </p>
            )}
            {(code === 'C6' || code === 'C8') && (
              <p>
                <a href={href('/campaigns')}>{t('campaign.link')}</a>
              </p>
            )}
            {code === 'C4' && (
              <p>
                <a href={href(`/organisations/${props.orgId}/training`)}>{t('training.link')}</a>
              </p>
            )}
            {mine.map((o) => (
              <Objective
                key={o.id}
                o={o}
                orgId={props.orgId}
                canEdit={canEdit}
                progressForm={props.progressForm?.objectiveId === o.id ? props.progressForm.form : undefined}
              />
            ))}
            {canEdit && (
              <>
                <p>
                  <a href={href(`/organisations/${props.orgId}/plan/objectives/new?commitment=${code}`)}>
                    {t('plan.add_objective', { code })}
                  </a>
                </p>
                <Suggestions
                  orgId={props.orgId}
                  templates={(props.suggestions ?? []).filter((s) => s.commitment === code)}
                />
              </>
            )}
          </section>
        );
      })}
    </>
  );
}

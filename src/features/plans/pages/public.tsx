import { ProgressBar } from '../../../platform/ui/components.tsx';
import { useView } from '../../../platform/ui/context.ts';
import type { PlansService } from '../service.ts';

type PublicPlan = Awaited<ReturnType<PlansService['publicPlan']>>;

/** What the organisation chose to show of its action plan, with the progress of those objectives. */
export function PublicPlanSection(props: { plan: PublicPlan }) {
  const { t } = useView();
  const { plan } = props;
  return (
    <section aria-labelledby="public-plan-title">
      <h2 id="public-plan-title">{t('plan.public_title')}</h2>
      {plan.objectives.length === 0 ? (
        <p>{t('plan.public_empty')}</p>
      ) : (
        plan.commitments
          .filter((c) => c.objectives > 0)
          .map((c) => (
            <div key={c.code} class="card">
              <h3>
                {c.code} {t(`commitment.${c.code}.short`)}
              </h3>
              <p>
                <ProgressBar value={c.progress} label={t('plan.progress_of', { title: c.code })} />
              </p>
              <ul>
                {plan.objectives
                  .filter((o) => o.commitment === c.code)
                  .map((o) => (
                    <li key={o.id}>
                      {o.title}
                      {o.actions.length > 0 && (
                        <ul>
                          {o.actions.map((a) => (
                            <li key={a.id}>
                              {a.title} ({t(`action_status.${a.status}`)})
                            </li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
              </ul>
            </div>
          ))
      )}
    </section>
  );
}

import { useHref, useView } from '../../platform/ui/context.ts';

const COMMITMENTS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'] as const;

export function HomePage() {
  const { t, user } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <section aria-labelledby="what">
        <h2 id="what">{t('home.what_title')}</h2>
        <p>{t('home.what_body')}</p>
        <p>{t('home.who_body')}</p>
      </section>
      <section aria-labelledby="commitments">
        <h2 id="commitments">{t('home.commitments_title')}</h2>
        <p>{t('home.commitments_intro')}</p>
        <ol class="commitments">
          {COMMITMENTS.map((c) => (
            <li key={c}>
              <strong>{t(`commitment.${c}.short`)}</strong> {t(`commitment.${c}.plain`)}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="platform">
        <h2 id="platform">{t('home.platform_title')}</h2>
        <ul>
          <li>{t('home.platform_sign')}</li>
          <li>{t('home.platform_plan')}</li>
          <li>{t('home.platform_share')}</li>
          <li>{t('home.platform_measure')}</li>
          <li>{t('home.platform_report')}</li>
        </ul>
        {!user && (
          <p>
            <a class="button button--primary" href={href('/sign-up')}>
              {t('home.cta')}
            </a>
          </p>
        )}
      </section>
    </>
  );
}

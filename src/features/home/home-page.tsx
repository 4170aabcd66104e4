import { formatNumber } from '../../platform/i18n/index.ts';
import { useHref, useView } from '../../platform/ui/context.ts';
import { COMMITMENTS } from '../charter/content.ts';
import type { RegisterService } from '../register/service.ts';

type Counters = Awaited<ReturnType<RegisterService['counters']>>;

export function HomePage(props: { counters: Counters }) {
  const { t, user, locale } = useView();
  const n = (v: number | null) => (v === null ? t('stats.fewer_than_5') : formatNumber(locale, v));
  const href = useHref();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      {/* What an organisation comes to do, first: it leads to sign-up, or to the person's task list. */}
      {!user && (
        <>
          <p>
            <a class="button button--primary" href={href('/sign-up')} aria-describedby="sign-cta-hint">
              {t('home.sign_cta')}
            </a>
          </p>
          <p class="hint" id="sign-cta-hint">
            {t('home.sign_cta_hint')}
          </p>
        </>
      )}
      {user && user.role !== 'admin' && (
        <p>
          <a class="button button--primary" href={href('/start')}>
            {t('home.sign_cta')}
          </a>
        </p>
      )}
      <section aria-labelledby="counters" class="counters">
        <h2 id="counters">{t('home.counters_title')}</h2>
        <dl>
          <div>
            <dt>{t('home.counters_total')}</dt>
            <dd>{n(props.counters.total)}</dd>
          </div>
          {props.counters.bySector.map((c) => (
            <div key={c.sector}>
              <dt>{t(`sector.${c.sector}`)}</dt>
              <dd>{n(c.n)}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a href={href('/signatories')}>{t('home.register_link')}</a> ·{' '}
          <a href={href('/charter')}>{t('home.charter_link')}</a>
        </p>
      </section>
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

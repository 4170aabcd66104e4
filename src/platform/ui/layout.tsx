import type { ComponentChildren } from 'preact';
import { LANGUAGE_NAMES, LOCALES } from '../i18n/index.ts';
import { FlashMessage } from './components.tsx';
import { useHref, useView } from './context.ts';

export function Layout(props: { title: string; children: ComponentChildren }) {
  const { t, locale, asset, user, flash, csrfToken, pathInLocale } = useView();
  const href = useHref();
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Inclusio`}</title>
        <link rel="stylesheet" href={asset('styles.css')} />
        <link rel="icon" href={asset('favicon.png')} type="image/png" />
        {LOCALES.map((l) => (
          <link
            key={l}
            rel="alternate"
            hrefLang={l}
            href={`/${l}${pathInLocale === '/' ? '' : pathInLocale}`}
          />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skip')}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href={href('/')}>
              Inclusio
            </a>
            <nav class="languages" aria-label={t('layout.languages')}>
              <ul>
                {LOCALES.map((l) => (
                  <li key={l}>
                    <a
                      href={`/${l}${pathInLocale === '/' ? '' : pathInLocale}`}
                      lang={l}
                      hrefLang={l}
                      aria-current={l === locale ? 'true' : undefined}
                    >
                      {LANGUAGE_NAMES[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <nav class="wrap main-nav" aria-label={t('layout.main_nav')}>
            <ul>
              <li>
                <a href={href('/')}>{t('nav.home')}</a>
              </li>
              <li>
                <a href={href('/charter')}>{t('nav.charter')}</a>
              </li>
              <li>
                <a href={href('/signatories')}>{t('nav.signatories')}</a>
              </li>
              <li>
                <a href={href('/practices')}>{t('nav.practices')}</a>
              </li>
              <li>
                <a href={href('/obstacles')}>{t('nav.obstacles')}</a>
              </li>
              <li>
                <a href={href('/joint-actions')}>{t('nav.joint_actions')}</a>
              </li>
              <li>
                <a href={href('/campaigns')}>{t('nav.campaigns')}</a>
              </li>
              {user && (
                <>
                  <li>
                    <a href={href('/organisations')}>{t('nav.organisations')}</a>
                  </li>
                  <li>
                    <a href={href('/following')}>{t('nav.following')}</a>
                  </li>
                </>
              )}
              {user?.role === 'admin' && (
                <>
                  <li>
                    <a href={href('/admin/signatures')}>{t('nav.admin_signatures')}</a>
                  </li>
                  <li>
                    <a href={href('/admin/plans')}>{t('nav.admin_plans')}</a>
                  </li>
                  <li>
                    <a href={href('/admin/reports')}>{t('nav.admin_reports')}</a>
                  </li>
                  <li>
                    <a href={href('/admin/evaluation')}>{t('nav.admin_evaluation')}</a>
                  </li>
                  <li>
                    <a href={href('/admin/practices')}>{t('nav.admin_practices')}</a>
                  </li>
                  <li>
                    <a href={href('/admin/templates')}>{t('nav.admin_templates')}</a>
                  </li>
                  <li>
                    <a href={href('/admin/charter')}>{t('nav.admin_charter')}</a>
                  </li>
                  <li>
                    <a href={href('/admin/users')}>{t('nav.admin_users')}</a>
                  </li>
                  <li>
                    <a href={href('/admin/audit')}>{t('nav.admin_audit')}</a>
                  </li>
                </>
              )}
              {user ? (
                <>
                  <li>
                    <a href={href('/account')}>{t('nav.account')}</a>
                  </li>
                  <li>
                    <form action={href('/sign-out')} method="post" class="inline-form">
                      <input type="hidden" name="_csrf" value={csrfToken()} />
                      <button type="submit" class="button button--link">
                        {t('nav.sign_out')}
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <a href={href('/sign-in')}>{t('nav.sign_in')}</a>
                  </li>
                  <li>
                    <a href={href('/sign-up')}>{t('nav.sign_up')}</a>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          <FlashMessage flash={flash} />
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t('layout.footer')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

import type { ComponentChildren } from 'preact';
import type { Audience } from '../feature.ts';
import { LANGUAGE_NAMES, LOCALES } from '../i18n/index.ts';
import { FlashMessage } from './components.tsx';
import { useHref, useView } from './context.ts';

/**
 * A menu link, marked as the current page (aria-current="page"), or as the current section when the page lies
 * under it (aria-current="true", e.g. a signatory's profile under Signatories).
 */
function NavLink(props: { path: string; label: string; here: string }) {
  const href = useHref();
  const { path, here } = props;
  const current = here === path ? 'page' : path !== '/' && here.startsWith(`${path}/`) ? 'true' : undefined;
  return (
    <li>
      <a href={href(path)} aria-current={current}>
        {props.label}
      </a>
    </li>
  );
}

export function Layout(props: { title: string; children: ComponentChildren }) {
  const { t, locale, asset, user, flash, csrfToken, pathInLocale, menu } = useView();
  const href = useHref();
  const here = pathInLocale.split('?')[0] ?? '/';
  const entries = (audience: Audience) =>
    menu
      .filter((e) => e.audience === audience)
      .map((e) =>
        e.post ? (
          <li key={e.path}>
            <form action={href(e.path)} method="post" class="inline-form">
              <input type="hidden" name="_csrf" value={csrfToken()} />
              <button type="submit" class="button button--link">
                {t(e.label)}
              </button>
            </form>
          </li>
        ) : (
          <NavLink key={e.path} path={e.path} label={t(e.label)} here={here} />
        ),
      );
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
            {/* On a phone the menu is one line until opened; wide screens show it open (styles.css). No script. */}
            <details class="menu">
              <summary>{t('nav.menu')}</summary>
              <ul>
                {entries('everyone')}
                {user && entries('member')}
                {user?.role === 'admin' && (
                  <li class="menu-group">
                    {/* The secretariat's tools stay folded, so that the header stays short at every width. */}
                    <details>
                      <summary class={here.startsWith('/admin/') ? 'is-current' : undefined}>
                        {t('nav.secretariat')}
                      </summary>
                      <ul>{entries('admin')}</ul>
                    </details>
                  </li>
                )}
                {user ? entries('account') : entries('guest')}
              </ul>
            </details>
          </nav>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {/* A message meant for one item of the page shows beside it (FlashHere), where the page lands. */}
          {!flash?.at && <FlashMessage flash={flash} />}
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <nav aria-label={t('layout.site_nav')}>
              <ul class="footer-links">{entries('footer')}</ul>
            </nav>
            <p>{t('layout.footer')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

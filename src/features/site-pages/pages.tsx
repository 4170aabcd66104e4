import { formatDateTime, LANGUAGE_NAMES, pickLocalized } from '../../platform/i18n/index.ts';
import { Notice } from '../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../platform/ui/context.ts';
import {
  Button,
  ErrorSummary,
  type FieldLabels,
  Form,
  LocalizedFields,
  localizedLabels,
} from '../../platform/ui/form.tsx';
import { renderMarkdown } from '../../platform/ui/markdown.ts';
import { SITE_PAGE_MAX } from './fields.ts';
import type { SitePage } from './schema.ts';
import type { SitePageView } from './service.ts';

/** Markdown the secretariat wrote, in the reader's language or else the first written, marked with its own. */
function Body(props: { page: SitePageView }) {
  const { locale } = useView();
  const picked = pickLocalized(props.page.body, locale);
  if (!picked) return null;
  return (
    <>
      {picked.lang !== locale && <p class="hint">({LANGUAGE_NAMES[picked.lang]})</p>}
      {/* Markdown rendered with raw HTML off (see practices/markdown.ts). */}
      <div
        class="prose"
        lang={picked.lang}
        dangerouslySetInnerHTML={{ __html: renderMarkdown(picked.text) }}
      />
    </>
  );
}

export function SitePageScreen(props: { page: SitePageView; contact?: SitePageView; isAdmin: boolean }) {
  const { t, locale } = useView();
  const href = useHref();
  const { page } = props;
  return (
    <>
      <h1>{t(`site.${page.slug}`)}</h1>
      <Body page={page} />
      {/* The accessibility statement and the privacy notice name a contact: the contact page's own text. */}
      {props.contact && (
        <section aria-labelledby="site-contact">
          <h2 id="site-contact">{t('site.contact_title')}</h2>
          <Body page={props.contact} />
        </section>
      )}
      {page.updatedAt && (
        <p class="meta">{t('site.updated', { date: formatDateTime(locale, page.updatedAt, false) })}</p>
      )}
      {props.isAdmin && (
        <p>
          <a href={href(`/admin/site-pages/${page.slug}/edit`)}>{t('site.edit')}</a>
        </p>
      )}
    </>
  );
}

export function SitePagesAdmin(props: { pages: SitePageView[] }) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('site.admin_title')}</h1>
      <p>{t('site.admin_intro')}</p>
      <ul class="plain-list">
        {props.pages.map((p) => (
          <li key={p.slug}>
            <a href={href(`/${p.slug}`)}>{t(`site.${p.slug}`)}</a> ·{' '}
            {p.updatedAt
              ? t('site.edited', { date: formatDateTime(locale, p.updatedAt, false) })
              : t('site.default')}{' '}
            ·{' '}
            <a href={href(`/admin/site-pages/${p.slug}/edit`)}>
              {t('site.edit_short')}
              <span class="visually-hidden"> {t(`site.${p.slug}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

const FIELDS: FieldLabels = localizedLabels('body', 'site.field_body');

export function SitePageForm(props: { slug: SitePage; form: FormState; isDefault: boolean }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <p class="breadcrumb">
        <a href={href('/admin/site-pages')}>{t('site.admin_title')}</a>
      </p>
      <h1>{t('site.edit_title', { page: t(`site.${props.slug}`) })}</h1>
      {props.isDefault && <Notice>{t('site.is_default')}</Notice>}
      <Form action={href(`/admin/site-pages/${props.slug}/edit`)} form={props.form} fields={FIELDS}>
        <LocalizedFields
          name="body"
          legend="site.field_body"
          hint="site.body_hint"
          maxLength={SITE_PAGE_MAX}
          rows={14}
        />
        <Button>{t('site.save')}</Button>
      </Form>
    </>
  );
}

import { formatDateTime } from '../../platform/i18n/index.ts';
import { Notice, Table } from '../../platform/ui/components.tsx';
import { useHref, useView } from '../../platform/ui/context.ts';
import { Button, Form } from '../../platform/ui/form.tsx';
import { COMMITMENTS } from './content.ts';
import { CharterDocument } from './document.tsx';
import type { CharterVersion } from './queries.ts';
import type { CharterService } from './service.ts';

export function CharterPage(props: { charter: CharterVersion }) {
  const { t, locale, user } = useView();
  const href = useHref();
  const c = props.charter;
  return (
    <>
      <h1>{t('charter.title')}</h1>
      <p class="lead">{t('charter.intro')}</p>
      <section aria-labelledby="plain-title">
        <h2 id="plain-title">{t('charter.plain_title')}</h2>
        <dl class="commitment-list">
          {COMMITMENTS.map((code) => (
            <div key={code}>
              <dt>
                <a href={`#commitment-${code}`}>{code}</a> {t(`commitment.${code}.short`)}
              </dt>
              <dd>{t(`commitment.${code}.plain`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="full-title" class="charter-box">
        <h2 id="full-title">{t('charter.full_title')}</h2>
        <CharterDocument text={c.texts[locale]} headingLevel={3} />
        <p class="hint">
          {t('charter.version', { version: c.version, date: formatDateTime(locale, c.publishedAt, false) })}
          <br />
          {t('charter.hash')} <code class="hash">{c.contentHash}</code>
        </p>
      </section>
      <p>
        {user ? (
          <a class="button button--primary" href={href('/organisations')}>
            {t('charter.cta_member')}
          </a>
        ) : (
          <a class="button button--primary" href={href('/sign-up')}>
            {t('charter.cta')}
          </a>
        )}
      </p>
    </>
  );
}

type Overview = Awaited<ReturnType<CharterService['overview']>>;

export function CharterAdminPage(props: { overview: Overview }) {
  const { t, locale } = useView();
  const href = useHref();
  const { published, publishable } = props.overview;
  return (
    <>
      <h1>{t('charter_admin.title')}</h1>
      <p class="lead">{t('charter_admin.intro')}</p>
      <Table
        id="versions"
        caption={t('charter_admin.published')}
        rows={published}
        rowKey={(v) => String(v.version)}
        empty="charter_admin.none"
        columns={[
          { header: 'charter_admin.version', cell: (v) => v.version, numeric: true },
          { header: 'charter_admin.published_at', cell: (v) => formatDateTime(locale, v.publishedAt) },
          { header: 'charter_admin.hash', cell: (v) => <code class="hash">{v.contentHash}</code> },
        ]}
      />
      <h2>{t('charter_admin.publishable')}</h2>
      {publishable.length ? (
        publishable.map((v) => (
          <Form
            key={v.version}
            action={href(`/admin/charter/${v.version}/publish`)}
            label={t('charter_admin.publish', { version: v.version })}
          >
            <dl class="summary-list">
              <div>
                <dt>{t('charter_admin.version')}</dt>
                <dd>{v.version}</dd>
              </div>
              <div>
                <dt>{t('charter_admin.hash')}</dt>
                <dd>
                  <code class="hash">{v.hash}</code>
                </dd>
              </div>
            </dl>
            <Button>{t('charter_admin.publish', { version: v.version })}</Button>
          </Form>
        ))
      ) : (
        <Notice>{t('charter_admin.nothing')}</Notice>
      )}
    </>
  );
}

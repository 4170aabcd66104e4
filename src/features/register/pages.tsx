import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../../platform/i18n/index.ts';
import { LocalizedText, Pagination, withQuery } from '../../platform/ui/components.tsx';
import { emptyForm, useHref, useView } from '../../platform/ui/context.ts';
import { Button, Field, Form, Select } from '../../platform/ui/form.tsx';
import { SectorRegionFilters } from '../organisations/filters.tsx';
import { formatKbo } from '../organisations/kbo.ts';
import { PUBLIC_STATUSES, type RegisterFilter, type RegisterRow } from './queries.ts';

export type FilterValues = Omit<RegisterFilter, 'year'> & { year?: number };

function filterQuery(f: FilterValues) {
  return {
    q: f.q,
    sector: f.sector,
    region: f.region,
    year: f.year,
    status: f.status === 'active' ? undefined : f.status,
    sort: f.sort === 'relevance' || (f.sort === 'name' && !f.q) ? undefined : f.sort,
  };
}

const logoUrl = (r: { id: string; logoUpdatedAt: Date | null }) =>
  r.logoUpdatedAt ? `/logos/${r.id}?v=${r.logoUpdatedAt.getTime()}` : null;

export function RegisterPage(props: {
  rows: RegisterRow[];
  total: number;
  page: number;
  pageSize: number;
  filter: FilterValues;
  years: number[];
}) {
  const { t, locale } = useView();
  const href = useHref();
  const f = props.filter;
  return (
    <>
      <h1>{t('register.title')}</h1>
      <p class="lead">{t('register.intro')}</p>
      <Form
        action={href('/signatories')}
        method="get"
        class="filters"
        label={t('register.search_label')}
        form={emptyForm({
          q: f.q,
          sector: f.sector ?? '',
          region: f.region ?? '',
          year: f.year ? String(f.year) : '',
          status: f.status,
          sort: f.sort,
        })}
      >
        <Field name="q" label="register.q" type="search" maxLength={200} />
        <SectorRegionFilters />
        <Select
          name="year"
          label="register.year"
          options={[
            { value: '', label: t('register.all') },
            ...props.years.map((y) => ({ value: String(y), label: String(y) })),
          ]}
        />
        <Select
          name="status"
          label="register.status"
          options={[
            ...PUBLIC_STATUSES.map((s) => ({ value: s, label: t(`signature_status.${s}`) })),
            { value: 'all', label: t('register.all') },
          ]}
        />
        <Select
          name="sort"
          label="register.sort"
          options={[
            { value: 'relevance', label: t('register.sort_relevance') },
            { value: 'name', label: t('register.sort_name') },
            { value: 'newest', label: t('register.sort_newest') },
          ]}
        />
        <Button variant="secondary">{t('register.search')}</Button>
      </Form>
      <p role="status">{t('register.count', { n: props.total })}</p>
      {props.rows.length ? (
        <ul class="cards">
          {props.rows.map((r) => {
            const logo = logoUrl(r);
            return (
              <li key={r.id} class="card card--org">
                {logo && <img src={logo} alt="" width="48" height="48" loading="lazy" />}
                <div>
                  <h2 class="card-title">
                    <a href={href(`/signatories/${r.slug}`)}>{r.legalName}</a>
                  </h2>
                  <p class="meta">
                    {t(`sector.${r.sector}`)} · {r.commune} ({t(`region.${r.region}`)}) ·{' '}
                    {t('register.signed_on', { date: formatDateTime(locale, r.signedAt, false) })}
                    {r.status !== 'active' && ` · ${t(`signature_status.${r.status as 'active'}`)}`}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="empty">{t('register.empty')}</p>
      )}
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        href={(page) => withQuery(href('/signatories'), { ...filterQuery(f), page })}
      />
      <p>
        {t('register.open_data')} <a href="/open-data/signatories.csv">CSV</a> ·{' '}
        <a href="/open-data/signatories.json">JSON</a> · <a href={href('/ledger')}>{t('ledger.title')}</a>
      </p>
    </>
  );
}

export function ProfilePage(props: {
  p: RegisterRow;
  broughtIn: number;
  /** What other features show on the profile, in order (its plan, campaigns, practices…). */
  sections: ComponentChildren[];
}) {
  const { t, locale } = useView();
  const href = useHref();
  const p = props.p;
  const logo = logoUrl(p);
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/signatories')}>{t('register.title')}</a>
      </p>
      <div class="profile-head">
        {logo && <img src={logo} alt={t('register.logo_of', { name: p.legalName })} width="96" height="96" />}
        <h1>{p.legalName}</h1>
      </div>
      <LocalizedText text={p.description} as="p" class="lead" />
      <dl class="summary-list">
        <div>
          <dt>{t('register.status')}</dt>
          <dd>
            {t(`signature_status.${p.status as 'active'}`)}
            {p.status === 'suspended' && p.publicReason && (
              <> {t('register.suspension_reason', { reason: p.publicReason })}</>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('organisation.sector')}</dt>
          <dd>{t(`sector.${p.sector}`)}</dd>
        </div>
        <div>
          <dt>{t('register.region')}</dt>
          <dd>
            {p.commune} ({t(`region.${p.region}`)})
          </dd>
        </div>
        <div>
          <dt>{t('register.date_signed')}</dt>
          <dd>{formatDateTime(locale, p.signedAt, false)}</dd>
        </div>
        <div>
          <dt>{t('signature.charter_version_label')}</dt>
          <dd>
            <a href={href('/charter')}>{p.charterVersion}</a>
          </dd>
        </div>
        <div>
          <dt>{t('receipt.signer')}</dt>
          <dd>
            {p.signerName}, {p.signerTitle}
          </dd>
        </div>
        <div>
          <dt>{t('organisation.kbo')}</dt>
          <dd>{formatKbo(p.kbo)}</dd>
        </div>
        {p.website && (
          <div>
            <dt>{t('organisation.website')}</dt>
            <dd>
              <a href={p.website} rel="nofollow noopener">
                {p.website}
              </a>
            </dd>
          </div>
        )}
        {props.broughtIn > 0 && (
          <div>
            <dt>{t('referral.profile_label')}</dt>
            <dd>{t('referral.profile_value', { n: props.broughtIn })}</dd>
          </div>
        )}
      </dl>
      {props.sections}
    </>
  );
}

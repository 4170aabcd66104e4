import {
  formatDateTime,
  formatList,
  LANGUAGE_NAMES,
  LOCALES,
  pickLocalized,
} from '../../platform/i18n/index.ts';
import { LabelValue } from '../../platform/ui/assemble.tsx';
import { Pagination, Table, withQuery } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState, useHref, useView } from '../../platform/ui/context.ts';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  Radios,
  Select,
  TextArea,
} from '../../platform/ui/form.tsx';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { Obstacle } from '../obstacles/index.ts';
import { SectorRegionFilters } from '../organisations/filters.tsx';
import type { Region, Sector } from '../organisations/schema.ts';
import type { PracticeFilter } from './queries.ts';
import { TARGET_GROUPS } from './schema.ts';
import type { PracticesService } from './service.ts';

type Results = Awaited<ReturnType<PracticesService['search']>>;
type Queue = Awaited<ReturnType<PracticesService['queue']>>;
type Shared = Awaited<ReturnType<PracticesService['sharedBy']>>;
type Adopted = Awaited<ReturnType<PracticesService['adoptedBy']>>;

const PRACTICE_FIELDS: FieldLabels = {
  title: 'practice.field_title',
  summary: 'practice.summary',
  body: 'practice.body',
  lang: 'practice.lang',
  commitments: 'practice.commitments',
  obstacles: 'practice.obstacles',
  targetGroups: 'practice.target_groups',
  results: 'practice.results',
  contact: 'practice.contact',
  links: 'practice.links',
};

export function PracticesPage(props: {
  results: Results;
  filter: PracticeFilter;
  obstacles: Obstacle[];
  page: number;
  pageSize: number;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const f = props.filter;
  const all = { value: '', label: t('register.all') };
  return (
    <>
      <h1>{t('practice.title')}</h1>
      <p class="lead">{t('practice.intro')}</p>
      <Form
        action={href('/practices')}
        method="get"
        class="filters"
        label={t('practice.search_label')}
        form={emptyForm({
          q: f.q,
          commitment: f.commitment ?? '',
          obstacle: f.obstacle ?? '',
          target: f.target ?? '',
          sector: f.sector ?? '',
          region: f.region ?? '',
          lang: f.lang ?? '',
        })}
      >
        <Field name="q" label="practice.search" type="search" maxLength={200} />
        <Select
          name="commitment"
          label="plan.commitment"
          options={[
            all,
            ...COMMITMENT_CODES.map((c) => ({ value: c, label: `${c} ${t(`commitment.${c}.short`)}` })),
          ]}
        />
        <Select
          name="obstacle"
          label="practice.obstacle"
          options={[
            all,
            ...props.obstacles.map((o) => ({
              value: o.id,
              label: pickLocalized(o.name, locale)?.text ?? o.slug,
            })),
          ]}
        />
        <Select
          name="target"
          label="practice.target_group"
          options={[all, ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`target.${g}`) }))]}
        />
        <SectorRegionFilters />
        <Select
          name="lang"
          label="practice.lang"
          options={[all, ...LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))]}
        />
        <Button variant="secondary">{t('register.search')}</Button>
      </Form>
      <p role="status">{t('practice.count', { n: props.results.total })}</p>
      {props.results.rows.length ? (
        <ul class="cards">
          {props.results.rows.map((p) => (
            <li key={p.id} class="card">
              <h2 class="card-title" lang={p.lang}>
                <a href={href(`/practices/${p.id}`)}>{p.title}</a>
              </h2>
              <p lang={p.lang}>{p.summary}</p>
              <p class="meta">
                {p.organisationName} · {t(`sector.${p.sector}`)} · {t(`region.${p.region}`)} ·{' '}
                {LANGUAGE_NAMES[p.lang]} · {formatList(locale, p.commitments)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('practice.none')}</p>
      )}
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.results.total}
        href={(page) => withQuery(href('/practices'), { ...f, page })}
      />
      <p>
        {t('practice.open_data')} <a href="/open-data/practices.csv">CSV</a> ·{' '}
        <a href="/open-data/practices.json">JSON</a>
      </p>
    </>
  );
}

/** The practice's PDFs as download links; its members add and remove them here. */
export interface PracticeOrg {
  name: string;
  sector: Sector;
  region: Region;
}

export function PracticeFormPage(props: {
  form: FormState;
  obstacles: Obstacle[];
  action: string;
  org: PracticeOrg;
  editing: boolean;
}) {
  const { t, locale } = useView();
  return (
    <>
      <ErrorSummary form={props.form} fields={PRACTICE_FIELDS} />
      <p class="breadcrumb">{props.org.name}</p>
      <h1>{t(props.editing ? 'practice.edit' : 'practice.new')}</h1>
      <p class="lead">{t('practice.form_intro')}</p>
      <p>
        {t('practice.from_organisation', {
          sector: t(`sector.${props.org.sector}`),
          region: t(`region.${props.org.region}`),
        })}
      </p>
      <Form action={props.action} form={props.form} fields={PRACTICE_FIELDS}>
        <Field name="title" maxLength={200} />
        <TextArea name="summary" hint="practice.summary_hint" rows={2} maxLength={500} />
        <TextArea name="body" hint="practice.body_hint" rows={10} maxLength={20000} />
        <Radios
          name="lang"
          hint="practice.lang_hint"
          inline
          options={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <Checkboxes
          name="commitments"
          options={COMMITMENT_CODES.map((c) => ({ value: c, label: `${c} ${t(`commitment.${c}.short`)}` }))}
        />
        <Checkboxes
          name="obstacles"
          options={props.obstacles.map((o) => ({
            value: o.id,
            label: pickLocalized(o.name, locale)?.text ?? o.slug,
          }))}
        />
        <Checkboxes
          name="targetGroups"
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`target.${g}`) }))}
        />
        <TextArea name="results" hint="practice.results_hint" rows={3} maxLength={2000} />
        <Field name="contact" hint="practice.contact_hint" maxLength={300} />
        <TextArea name="links" hint="plan.evidence_hint" rows={3} maxLength={3000} />
        <Button>{t('practice.submit')}</Button>
      </Form>
    </>
  );
}

export function QueuePage(props: { queue: Queue; page: number; pageSize: number }) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('practice.queue')}</h1>
      <Table
        id="practice-queue"
        caption={t('practice.queue')}
        rows={props.queue.rows}
        rowKey={(r) => r.id}
        empty="practice.queue_empty"
        columns={[
          {
            header: 'practice.field_title',
            cell: (r) => (
              <a href={href(`/practices/${r.id}`)} lang={r.lang}>
                {r.title}
              </a>
            ),
          },
          { header: 'practice.by', cell: (r) => r.organisationName },
          { header: 'practice.submitted_on', cell: (r) => formatDateTime(locale, r.updatedAt, false) },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.queue.total}
        href={(p) => withQuery(href('/admin/practices'), { page: p })}
      />
    </>
  );
}

/** On a signatory's public profile: the practices it shared, each with how many signatories adopted it. */
export function SharedPractices(props: { rows: Shared }) {
  const { t } = useView();
  const href = useHref();
  if (!props.rows.length) return null;
  return (
    <section aria-labelledby="shared-practices-title">
      <h2 id="shared-practices-title">{t('practice.profile_shared')}</h2>
      <ul class="plain-list">
        {props.rows.map((r) => (
          <li key={r.id}>
            <a href={href(`/practices/${r.id}`)} lang={r.lang}>
              {r.title}
            </a>
            {r.adoptions > 0 && ` · ${t('adoption.count', { n: r.adoptions })}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On a signatory's public profile: the practices of others it adopted, with its note. */
export function AdoptedPractices(props: { rows: Adopted }) {
  const { t } = useView();
  const href = useHref();
  if (!props.rows.length) return null;
  return (
    <section aria-labelledby="adopted-practices-title">
      <h2 id="adopted-practices-title">{t('practice.profile_adopted')}</h2>
      <ul class="plain-list">
        {props.rows.map((r) => (
          <li key={r.id}>
            <LabelValue
              label={
                <>
                  <a href={href(`/practices/${r.id}`)} lang={r.lang}>
                    {r.title}
                  </a>{' '}
                  ({r.authorName})
                </>
              }
            >
              {r.note}
            </LabelValue>
          </li>
        ))}
      </ul>
    </section>
  );
}

import {
  formatDateTime,
  formatNumber,
  LANGUAGE_NAMES,
  LOCALES,
  type Locale,
  pickLocalized,
} from '../../platform/i18n/index.ts';
import { Notice, Pagination, Table, withQuery } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState, useHref, useView } from '../../platform/ui/context.ts';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  Field,
  type FieldLabels,
  FileField,
  Form,
  Radios,
  Select,
  TextArea,
} from '../../platform/ui/form.tsx';
import { renderMarkdown } from '../../platform/ui/markdown.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { Obstacle } from '../obstacles/index.ts';
import { SectorRegionFilters } from '../organisations/filters.tsx';
import type { Region, Sector } from '../organisations/schema.ts';
import type { PracticeFilter } from './queries.ts';
import { TARGET_GROUPS } from './schema.ts';
import { ATTACHMENTS_PER_PRACTICE, type PracticesService } from './service.ts';

type Results = Awaited<ReturnType<PracticesService['search']>>;
type View = Awaited<ReturnType<PracticesService['view']>>;
type Queue = Awaited<ReturnType<PracticesService['queue']>>;
type Shared = Awaited<ReturnType<PracticesService['sharedBy']>>;
type Adopted = Awaited<ReturnType<PracticesService['adoptedBy']>>;

/** The practice page's forms: the secretariat's comment, a PDF, an adoption. */
const PAGE_FIELDS: FieldLabels = {
  comment: 'practice.comment',
  file: 'attachment.file',
  organisationId: 'adoption.organisation',
  note: 'adoption.note',
};

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

/** A file's size in kB or MB, as each language writes numbers. */
function fileSize(locale: Locale, bytes: number) {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(`${locale}-BE`, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mb ? bytes / (1024 * 1024) : Math.max(bytes / 1024, 0.1));
}

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
                {LANGUAGE_NAMES[p.lang]} · {p.commitments.join(', ')}
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
function Attachments(props: { v: View; form: FormState }) {
  const { t, locale } = useView();
  const href = useHref();
  const { practice: p, attachments: files, canEdit } = props.v;
  if (!files.length && !canEdit) return null;
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachment.title')}</h2>
      {files.length ? (
        <ul class="plain-list">
          {files.map((a) => (
            <li key={a.id}>
              <a href={href(`/practices/${p.id}/attachments/${a.id}`)}>{a.filename}</a> (PDF,{' '}
              {fileSize(locale, a.size)})
              {canEdit && (
                <>
                  {' '}
                  <Form
                    action={href(`/practices/${p.id}/attachments/${a.id}/delete`)}
                    class="inline-form"
                    label={t('attachment.remove_named', { name: a.filename })}
                  >
                    <Button variant="link">
                      {t('attachment.remove')}
                      <span class="visually-hidden"> {a.filename}</span>
                    </Button>
                  </Form>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('attachment.none')}</p>
      )}
      {canEdit &&
        (files.length < ATTACHMENTS_PER_PRACTICE ? (
          <Form
            action={href(`/practices/${p.id}/attachments`)}
            form={props.form}
            fields={PAGE_FIELDS}
            multipart
            label={t('attachment.add')}
          >
            <FileField name="file" hint="attachment.file_hint" accept="application/pdf,.pdf" />
            <Button variant="secondary">{t('attachment.add')}</Button>
          </Form>
        ) : (
          <p>{t('attachment.limit_reached', { n: ATTACHMENTS_PER_PRACTICE })}</p>
        ))}
    </section>
  );
}

/** Who adopted the practice (signatories the register lists), and the form to say "we adopted this". */
function Adoptions(props: { v: View; form: FormState; signedIn: boolean }) {
  const { t, locale } = useView();
  const href = useHref();
  const { practice: p, adopters, mine } = props.v;
  if (p.status !== 'published') return null;
  const eligible = mine.filter((o) => o.canAdopt);
  const first = eligible[0];
  const form =
    props.form.values.organisationId || props.form.errors.note || props.form.errors.organisationId
      ? props.form
      : emptyForm({ organisationId: first?.id, note: first?.note ?? undefined });
  return (
    <>
      <section aria-labelledby="adopters-title">
        <h2 id="adopters-title">{t('adoption.count', { n: formatNumber(locale, adopters.total) })}</h2>
        {adopters.rows.length ? (
          <ul class="plain-list">
            {adopters.rows.map((a) => (
              <li key={a.id}>
                <a href={href(`/signatories/${a.slug}`)}>{a.name}</a>: {a.note}
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('adoption.none')}</p>
        )}
        {adopters.total > adopters.rows.length && (
          <p>{t('adoption.more', { n: adopters.total - adopters.rows.length })}</p>
        )}
      </section>
      {!props.signedIn ? (
        <p>
          <a href={withQuery(href('/sign-in'), { next: `/${locale}/practices/${p.id}` })}>
            {t('adoption.sign_in')}
          </a>
        </p>
      ) : first ? (
        <section aria-labelledby="adopt-title">
          <h2 id="adopt-title">{t('adoption.form_title')}</h2>
          <p>{t('adoption.form_intro')}</p>
          <Form action={href(`/practices/${p.id}/adoption`)} form={form} fields={PAGE_FIELDS}>
            {eligible.length > 1 ? (
              <Select name="organisationId" options={eligible.map((o) => ({ value: o.id, label: o.name }))} />
            ) : (
              <>
                <input type="hidden" name="organisationId" value={first.id} />
                <p>
                  {t('adoption.organisation')}: <strong>{first.name}</strong>
                </p>
              </>
            )}
            <TextArea name="note" hint="adoption.note_hint" rows={3} maxLength={1000} />
            <Button>{t('adoption.save')}</Button>
          </Form>
          {eligible
            .filter((o) => o.note !== null)
            .map((o) => (
              <Form
                key={o.id}
                action={href(`/practices/${p.id}/adoption/withdraw`)}
                label={t('adoption.withdraw_for', { name: o.name })}
              >
                <input type="hidden" name="organisationId" value={o.id} />
                <p>
                  {t('adoption.you_adopted', { name: o.name })}{' '}
                  <Button variant="link">{t('adoption.withdraw_for', { name: o.name })}</Button>
                </p>
              </Form>
            ))}
        </section>
      ) : (
        !props.v.canEdit && <p>{t('adoption.members_only')}</p>
      )}
    </>
  );
}

export function PracticePage(props: {
  v: View;
  obstacles: Obstacle[];
  isAdmin: boolean;
  signedIn: boolean;
  form: FormState;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { practice: p } = props.v;
  const linked = props.obstacles.filter((o) => props.v.obstacleIds.includes(o.id));
  return (
    <>
      <ErrorSummary form={props.form} fields={PAGE_FIELDS} />
      <p class="breadcrumb">
        <a href={href('/practices')}>{t('practice.title')}</a>
      </p>
      {p.status !== 'published' && (
        <Notice kind="warning">
          {t(`practice.status.${p.status}`)}
          {p.moderationComment && ` ${t('practice.comment')}: ${p.moderationComment}`}
        </Notice>
      )}
      <article lang={p.lang}>
        <h1>{p.title}</h1>
        <p class="lead">{p.summary}</p>
        {/* Markdown rendered with raw HTML off (see markdown.ts). */}
        <div class="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(p.body) }} />
        {p.results && (
          <>
            <h2>{t('practice.results')}</h2>
            <p>{p.results}</p>
          </>
        )}
      </article>
      <dl class="summary-list">
        <div>
          <dt>{t('practice.by')}</dt>
          <dd>
            <a href={href(`/signatories/${props.v.organisationSlug}`)}>{props.v.organisationName}</a>
          </dd>
        </div>
        <div>
          <dt>{t('plan.commitment')}</dt>
          <dd>{p.commitments.map((c) => `${c} ${t(`commitment.${c}.short`)}`).join(' · ')}</dd>
        </div>
        {linked.length > 0 && (
          <div>
            <dt>{t('practice.obstacles')}</dt>
            <dd>
              {linked.map((o, i) => (
                <span key={o.id}>
                  {i > 0 && ' · '}
                  <a href={href(`/obstacles/${o.slug}`)}>{pickLocalized(o.name, locale)?.text}</a>
                </span>
              ))}
            </dd>
          </div>
        )}
        {p.targetGroups.length > 0 && (
          <div>
            <dt>{t('practice.target_groups')}</dt>
            <dd>{p.targetGroups.map((g) => t(`target.${g}`)).join(' · ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('practice.where')}</dt>
          <dd>
            {t(`sector.${p.sector}`)} · {t(`region.${p.region}`)}
          </dd>
        </div>
        {p.contact && (
          <div>
            <dt>{t('practice.contact')}</dt>
            <dd>{p.contact}</dd>
          </div>
        )}
        {p.publishedAt && (
          <div>
            <dt>{t('practice.published_on')}</dt>
            <dd>{formatDateTime(locale, p.publishedAt, false)}</dd>
          </div>
        )}
      </dl>
      {p.links.length > 0 && (
        <ul>
          {p.links.map((l) => (
            <li key={l}>
              <a href={l} rel="nofollow noopener">
                {l}
              </a>
            </li>
          ))}
        </ul>
      )}
      {props.v.canEdit && (
        <p>
          <a href={href(`/practices/${p.id}/edit`)}>{t('practice.edit')}</a>
        </p>
      )}
      <Attachments v={props.v} form={props.form} />
      <Adoptions v={props.v} form={props.form} signedIn={props.signedIn} />
      {props.isAdmin && p.status === 'submitted' && (
        <section aria-labelledby="moderate-title">
          <h2 id="moderate-title">{t('practice.moderate')}</h2>
          <Form action={href(`/admin/practices/${p.id}/publish`)} label={t('practice.publish')}>
            <Button>{t('practice.publish')}</Button>
          </Form>
          <Form
            action={href(`/admin/practices/${p.id}/return`)}
            form={props.form}
            fields={PAGE_FIELDS}
            label={t('practice.return')}
          >
            <TextArea name="comment" hint="practice.comment_hint" rows={3} maxLength={1000} />
            <Button variant="secondary">{t('practice.return')}</Button>
          </Form>
        </section>
      )}
    </>
  );
}

/** The organisation a practice is written for, as the form shows it. */
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
  const { t, locale } = useView();
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
            {r.adoptions > 0 && ` · ${t('adoption.count', { n: formatNumber(locale, r.adoptions) })}`}
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
            <a href={href(`/practices/${r.id}`)} lang={r.lang}>
              {r.title}
            </a>{' '}
            ({r.authorName}): {r.note}
          </li>
        ))}
      </ul>
    </section>
  );
}

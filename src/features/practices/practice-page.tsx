import { FORMAT_LOCALE, formatDateTime, type Locale, pickLocalized } from '../../platform/i18n/index.ts';
import { LabelValue } from '../../platform/ui/assemble.tsx';
import { Notice, withQuery } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState, useHref, useView } from '../../platform/ui/context.ts';
import {
  Button,
  ErrorSummary,
  type FieldLabels,
  FileField,
  Form,
  Select,
  TextArea,
} from '../../platform/ui/form.tsx';
import { renderMarkdown } from '../../platform/ui/markdown.ts';
import type { Obstacle } from '../obstacles/index.ts';
import { ATTACHMENTS_PER_PRACTICE, type PracticesService } from './service.ts';

type View = Awaited<ReturnType<PracticesService['view']>>;

/** The practice page's forms: the secretariat's comment, a PDF, an adoption. */
const PAGE_FIELDS: FieldLabels = {
  comment: 'practice.comment',
  file: 'attachment.file',
  organisationId: 'adoption.organisation',
  note: 'adoption.note',
};

/** A file's size in kB or MB, as each language writes numbers. */
function fileSize(locale: Locale, bytes: number) {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(FORMAT_LOCALE[locale], {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mb ? bytes / (1024 * 1024) : Math.max(bytes / 1024, 0.1));
}

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
        <h2 id="adopters-title">{t('adoption.count', { n: adopters.total })}</h2>
        {adopters.rows.length ? (
          <ul class="plain-list">
            {adopters.rows.map((a) => (
              <li key={a.id}>
                <LabelValue label={<a href={href(`/signatories/${a.slug}`)}>{a.name}</a>}>
                  {a.note}
                </LabelValue>
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
                  <LabelValue label={t('adoption.organisation')}>
                    <strong>{first.name}</strong>
                  </LabelValue>
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
          {p.moderationComment &&
            ` ${t('layout.label_value', { label: t('practice.comment'), value: p.moderationComment })}`}
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

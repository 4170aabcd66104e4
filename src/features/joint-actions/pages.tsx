import { formatDateTime, formatDay, pickLocalized } from '../../platform/i18n/index.ts';
import { LabelValue, ListOf } from '../../platform/ui/assemble.tsx';
import { Pagination, withQuery } from '../../platform/ui/components.tsx';
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
import type { Obstacle } from '../obstacles/index.ts';
import type { JointActionFilter } from './queries.ts';
import { JOINT_ACTION_STATUSES, type JointActionStatus } from './schema.ts';
import type { JointActionsService } from './service.ts';

type Listing = Awaited<ReturnType<JointActionsService['list']>>;
type View = Awaited<ReturnType<JointActionsService['view']>>;

/** The action page's forms: join, post an update, move the status. */
const PAGE_FIELDS: FieldLabels = {
  organisationId: 'campaign.organisation',
  contribution: 'joint.contribution',
  body: 'joint.update',
  status: 'joint.new_status',
};

const ACTION_FIELDS: FieldLabels = {
  title: 'joint.field_title',
  goal: 'joint.goal',
  plan: 'joint.plan',
  needs: 'joint.needs',
  startsOn: 'campaign.starts_on',
  endsOn: 'campaign.ends_on',
  obstacles: 'joint.obstacles',
  contribution: 'joint.contribution',
};

function Period(props: { a: { startsOn: string; endsOn: string } }) {
  const { t, locale } = useView();
  return (
    <>
      {t('campaign.period', {
        from: formatDay(locale, props.a.startsOn),
        to: formatDay(locale, props.a.endsOn),
      })}
    </>
  );
}

export function StatusBadge(props: { status: JointActionStatus }) {
  const { t } = useView();
  return <span class="tag">{t(`joint.status.${props.status}`)}</span>;
}

/** Obstacle names as links, in the reader's language. */
function ObstacleLinks(props: { ids: string[]; obstacles: Obstacle[] }) {
  const { locale } = useView();
  const href = useHref();
  const named = props.obstacles.filter((o) => props.ids.includes(o.id));
  return (
    <ListOf
      items={named.map((o) => ({
        key: o.id,
        node: <a href={href(`/obstacles/${o.slug}`)}>{pickLocalized(o.name, locale)?.text ?? o.slug}</a>,
      }))}
    />
  );
}

/** Cards of joint actions, for the list and for an obstacle's page. */
export function JointActionCards(props: {
  rows: Listing['rows'];
  obstacles: Obstacle[];
  headingLevel: 2 | 3;
}) {
  const { t } = useView();
  const href = useHref();
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  if (!props.rows.length) return <p class="empty">{t('joint.none')}</p>;
  return (
    <ul class="cards">
      {props.rows.map((a) => (
        <li key={a.id} class="card">
          <H class="card-title">
            <a href={href(`/joint-actions/${a.id}`)}>{a.title}</a>
          </H>
          <p class="meta">
            <StatusBadge status={a.status} /> · <Period a={a} /> ·{' '}
            {t('joint.members_n', { n: a.members.length })}
          </p>
          <p>{a.goal.length > 240 ? `${a.goal.slice(0, 240)}…` : a.goal}</p>
          <p class="meta">
            <LabelValue label={t('joint.against')}>
              <ObstacleLinks ids={a.obstacleIds} obstacles={props.obstacles} />
            </LabelValue>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function JointActionsPage(props: {
  list: Listing;
  filter: JointActionFilter;
  obstacles: Obstacle[];
  page: number;
  pageSize: number;
  proposers: { id: string; name: string }[];
}) {
  const { t, locale } = useView();
  const href = useHref();
  const all = { value: '', label: t('register.all') };
  return (
    <>
      <h1>{t('joint.title')}</h1>
      <p class="lead">{t('joint.intro')}</p>
      {props.proposers.map((o) => (
        <p key={o.id}>
          <a class="button" href={href(`/organisations/${o.id}/joint-actions/new`)}>
            {props.proposers.length > 1 ? t('joint.propose_for', { name: o.name }) : t('joint.propose')}
          </a>
        </p>
      ))}
      <Form
        action={href('/joint-actions')}
        method="get"
        class="filters"
        label={t('joint.filter_label')}
        form={emptyForm({ status: props.filter.status ?? '', obstacle: props.filter.obstacle ?? '' })}
      >
        <Select
          name="status"
          label="joint.status"
          options={[all, ...JOINT_ACTION_STATUSES.map((s) => ({ value: s, label: t(`joint.status.${s}`) }))]}
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
        <Button variant="secondary">{t('register.search')}</Button>
      </Form>
      <p role="status">{t('joint.count', { n: props.list.total })}</p>
      <JointActionCards rows={props.list.rows} obstacles={props.obstacles} headingLevel={2} />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.list.total}
        href={(p) => withQuery(href('/joint-actions'), { ...props.filter, page: p })}
      />
    </>
  );
}

/** Forms for the signed-in person: join, post an update, leave, move the status. */
function MemberForms(props: { v: View; form: FormState }) {
  const { t } = useView();
  const href = useHref();
  const { v } = props;
  const id = v.action.id;
  const orgChoice = (orgs: { id: string; name: string }[]) =>
    orgs.length > 1 ? (
      <Select name="organisationId" options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
    ) : (
      <>
        <input type="hidden" name="organisationId" value={orgs[0]?.id} />
        <p>
          <LabelValue label={t('campaign.organisation')}>
            <strong>{orgs[0]?.name}</strong>
          </LabelValue>
        </p>
      </>
    );
  const which = props.form.values.which;
  const formFor = (name: string) => (which === name ? props.form : emptyForm());
  return (
    <>
      {v.next.length > 0 && (
        <section aria-labelledby="status-title">
          <h2 id="status-title">{t('joint.change_status')}</h2>
          <Form action={href(`/joint-actions/${id}/status`)} form={formFor('status')} fields={PAGE_FIELDS}>
            <input type="hidden" name="which" value="status" />
            <Radios
              name="status"
              options={v.next.map((s) => ({ value: s, label: t(`joint.status.${s}`) }))}
            />
            <Button variant="secondary">{t('joint.save_status')}</Button>
          </Form>
          <p>
            <a href={href(`/joint-actions/${id}/edit`)}>{t('joint.edit')}</a>
          </p>
        </section>
      )}
      {v.inAction.length > 0 && (
        <section aria-labelledby="post-title">
          <h2 id="post-title">{t('joint.post_title')}</h2>
          <Form action={href(`/joint-actions/${id}/updates`)} form={formFor('post')} fields={PAGE_FIELDS}>
            <input type="hidden" name="which" value="post" />
            {orgChoice(v.inAction)}
            <TextArea name="body" hint="joint.update_hint" rows={4} maxLength={4000} />
            <Button>{t('joint.post')}</Button>
          </Form>
          {v.inAction
            .filter((o) => !o.proposer)
            .map((o) => (
              <Form
                key={o.id}
                action={href(`/joint-actions/${id}/leave`)}
                label={t('joint.leave_for', { name: o.name })}
              >
                <input type="hidden" name="organisationId" value={o.id} />
                <p>
                  {t('joint.you_are_in', { name: o.name })}{' '}
                  <Button variant="link">{t('joint.leave_for', { name: o.name })}</Button>
                </p>
              </Form>
            ))}
        </section>
      )}
      {v.canJoin.length > 0 && (
        <section aria-labelledby="join-title">
          <h2 id="join-title">{t('joint.join_title')}</h2>
          <Form action={href(`/joint-actions/${id}/join`)} form={formFor('join')} fields={PAGE_FIELDS}>
            <input type="hidden" name="which" value="join" />
            {orgChoice(v.canJoin)}
            <TextArea name="contribution" hint="joint.contribution_hint" rows={3} maxLength={1000} />
            <Button>{t('joint.join')}</Button>
          </Form>
        </section>
      )}
    </>
  );
}

export function JointActionPage(props: {
  v: View;
  obstacles: Obstacle[];
  form: FormState;
  page: number;
  pageSize: number;
  signedIn: boolean;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { v } = props;
  const a = v.action;
  return (
    <>
      <ErrorSummary form={props.form} fields={PAGE_FIELDS} />
      <p class="breadcrumb">
        <a href={href('/joint-actions')}>{t('joint.title')}</a>
      </p>
      <h1>{a.title}</h1>
      <p class="meta">
        <StatusBadge status={a.status} /> · <Period a={a} /> · {t('joint.proposed_by')}{' '}
        <a href={href(`/signatories/${v.organisationSlug}`)}>{v.organisationName}</a>
      </p>
      <p>
        <LabelValue label={t('joint.against')}>
          <ObstacleLinks ids={v.obstacleIds} obstacles={props.obstacles} />
        </LabelValue>
      </p>
      <h2>{t('joint.goal')}</h2>
      <p class="multiline">{a.goal}</p>
      <h2>{t('joint.plan')}</h2>
      <p class="multiline">{a.plan}</p>
      {a.needs && (
        <>
          <h2>{t('joint.needs')}</h2>
          <p class="multiline">{a.needs}</p>
        </>
      )}
      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('joint.members_n', { n: v.members.length })}</h2>
        <ul class="plain-list">
          {v.members.map((m) => (
            <li key={m.id}>
              <LabelValue label={<a href={href(`/signatories/${m.slug}`)}>{m.name}</a>}>
                {m.contribution}
              </LabelValue>
            </li>
          ))}
        </ul>
      </section>
      {props.signedIn ? (
        <MemberForms v={v} form={props.form} />
      ) : (
        <p>
          <a href={withQuery(href('/sign-in'), { next: `/${locale}/joint-actions/${a.id}` })}>
            {t('joint.sign_in_to_join')}
          </a>
        </p>
      )}
      <section aria-labelledby="updates-title">
        <h2 id="updates-title">{t('joint.updates_n', { n: v.updates.total })}</h2>
        {v.updates.rows.length ? (
          <ol class="plain-list">
            {v.updates.rows.map((u) => (
              <li key={u.id}>
                <p class="meta">
                  {u.organisationName}, {formatDateTime(locale, u.createdAt, false)}
                </p>
                <p class="multiline">{u.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p class="empty">{t('joint.no_updates')}</p>
        )}
        <Pagination
          page={props.page}
          pageSize={props.pageSize}
          total={v.updates.total}
          href={(p) => withQuery(href(`/joint-actions/${a.id}`), { page: p })}
        />
      </section>
    </>
  );
}

export function JointActionFormPage(props: {
  form: FormState;
  obstacles: Obstacle[];
  action: string;
  orgName: string;
  proposing: boolean;
}) {
  const { t, locale } = useView();
  return (
    <>
      <ErrorSummary form={props.form} fields={ACTION_FIELDS} />
      <p class="breadcrumb">{props.orgName}</p>
      <h1>{t(props.proposing ? 'joint.propose' : 'joint.edit')}</h1>
      <Form action={props.action} form={props.form} fields={ACTION_FIELDS}>
        <Field name="title" maxLength={200} />
        <Checkboxes
          name="obstacles"
          options={props.obstacles.map((o) => ({
            value: o.id,
            label: pickLocalized(o.name, locale)?.text ?? o.slug,
          }))}
        />
        <TextArea name="goal" hint="joint.goal_hint" rows={3} maxLength={2000} />
        <TextArea name="plan" hint="joint.plan_hint" rows={6} maxLength={5000} />
        <TextArea name="needs" hint="joint.needs_hint" rows={3} maxLength={2000} />
        <Field name="startsOn" type="date" width="half" />
        <Field name="endsOn" type="date" width="half" />
        {props.proposing && (
          <TextArea name="contribution" hint="joint.contribution_hint" rows={3} maxLength={1000} />
        )}
        <Button>{t(props.proposing ? 'joint.submit' : 'joint.save')}</Button>
      </Form>
    </>
  );
}

type Taking = Awaited<ReturnType<JointActionsService['ofOrganisation']>>;

/** On a signatory's profile: the joint actions it takes part in. */
export function JointActionsOfOrganisation(props: { rows: Taking }) {
  const { t } = useView();
  const href = useHref();
  if (!props.rows.length) return null;
  return (
    <section aria-labelledby="joint-title">
      <h2 id="joint-title">{t('joint.profile_title')}</h2>
      <ul class="plain-list">
        {props.rows.map((r) => (
          <li key={r.id}>
            <a href={href(`/joint-actions/${r.id}`)}>{r.title}</a> (<StatusBadge status={r.status} />)
          </li>
        ))}
      </ul>
    </section>
  );
}

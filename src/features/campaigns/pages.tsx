import { formatDay, formatList, pickLocalized } from '../../platform/i18n/index.ts';
import { LabelValue } from '../../platform/ui/assemble.tsx';
import { LocalizedText, Notice, Pagination, withQuery } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState, useHref, useView } from '../../platform/ui/context.ts';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  LocalizedFields,
  localizedLabels,
  Select,
  TextArea,
} from '../../platform/ui/form.tsx';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { Campaign } from './queries.ts';
import type { CampaignsService } from './service.ts';

type Listing = Awaited<ReturnType<CampaignsService['list']>>;
type View = Awaited<ReturnType<CampaignsService['view']>>;
type Mine = Awaited<ReturnType<CampaignsService['mine']>>;

const SUPPORT_FIELDS: FieldLabels = {
  organisationId: 'campaign.organisation',
  contribution: 'campaign.contribution',
};

const CAMPAIGN_FIELDS: FieldLabels = {
  ...localizedLabels('title', 'campaign.field_title'),
  ...localizedLabels('description', 'campaign.field_description'),
  startsOn: 'campaign.starts_on',
  endsOn: 'campaign.ends_on',
  commitments: 'campaign.commitments',
  resources: 'campaign.resources',
};

function Period(props: { c: Pick<Campaign, 'startsOn' | 'endsOn'> }) {
  const { t, locale } = useView();
  return (
    <>
      {t('campaign.period', {
        from: formatDay(locale, props.c.startsOn),
        to: formatDay(locale, props.c.endsOn),
      })}
    </>
  );
}

export function CampaignsPage(props: {
  list: Listing;
  when: 'current' | 'past';
  page: number;
  pageSize: number;
  isAdmin: boolean;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const other = props.when === 'current' ? 'past' : 'current';
  return (
    <>
      <h1>{t('campaign.title')}</h1>
      <p class="lead">{t('campaign.intro')}</p>
      {props.isAdmin && (
        <p>
          <a class="button" href={href('/admin/campaigns/new')}>
            {t('campaign.new')}
          </a>
        </p>
      )}
      <h2>{t(props.when === 'current' ? 'campaign.current' : 'campaign.past')}</h2>
      {props.list.rows.length ? (
        <ul class="cards">
          {props.list.rows.map((c) => (
            <li key={c.id} class="card">
              <h3 class="card-title">
                <a href={href(`/campaigns/${c.id}`)}>
                  <LocalizedText text={c.title} />
                </a>
              </h3>
              <p class="meta">
                <Period c={c} /> · {formatList(locale, c.commitments)} ·{' '}
                {t('campaign.supporters_n', { n: c.supporters })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('campaign.none')}</p>
      )}
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.list.total}
        href={(p) => withQuery(href('/campaigns'), { when: props.when, page: p })}
      />
      <p>
        <a href={withQuery(href('/campaigns'), { when: other })}>
          {t(other === 'current' ? 'campaign.see_current' : 'campaign.see_past')}
        </a>
      </p>
    </>
  );
}

/** The support form: one organisation (or a choice among several) and what it does. */
function SupportForm(props: { campaignId: string; mine: Mine; form: FormState }) {
  const { t } = useView();
  const href = useHref();
  const eligible = props.mine.filter((o) => o.canSupport);
  if (!eligible.length) return <p>{t('campaign.members_only')}</p>;
  const first = eligible[0];
  const form =
    props.form.values.organisationId || Object.keys(props.form.errors).length
      ? props.form
      : emptyForm({ organisationId: first?.id, contribution: first?.contribution ?? undefined });
  return (
    <section aria-labelledby="support-title">
      <h2 id="support-title">{t('campaign.support_title')}</h2>
      <Form action={href(`/campaigns/${props.campaignId}/support`)} form={form} fields={SUPPORT_FIELDS}>
        {eligible.length > 1 ? (
          <Select name="organisationId" options={eligible.map((o) => ({ value: o.id, label: o.name }))} />
        ) : (
          <>
            <input type="hidden" name="organisationId" value={first?.id} />
            <p>
              <LabelValue label={t('campaign.organisation')}>
                <strong>{first?.name}</strong>
              </LabelValue>
            </p>
          </>
        )}
        <TextArea name="contribution" hint="campaign.contribution_hint" rows={3} maxLength={1000} />
        <Button>{t('campaign.support')}</Button>
      </Form>
      {eligible
        .filter((o) => o.contribution)
        .map((o) => (
          <Form
            key={o.id}
            action={href(`/campaigns/${props.campaignId}/withdraw`)}
            label={t('campaign.withdraw_for', { name: o.name })}
          >
            <input type="hidden" name="organisationId" value={o.id} />
            <p>
              {t('campaign.you_support', { name: o.name })}{' '}
              <Button variant="link">{t('campaign.withdraw_for', { name: o.name })}</Button>
            </p>
          </Form>
        ))}
    </section>
  );
}

export function CampaignPage(props: {
  view: View;
  mine: Mine;
  form: FormState;
  page: number;
  pageSize: number;
  isAdmin: boolean;
  signedIn: boolean;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { campaign: c, supporters, over } = props.view;
  return (
    <>
      <ErrorSummary form={props.form} fields={SUPPORT_FIELDS} />
      <p class="breadcrumb">
        <a href={href('/campaigns')}>{t('campaign.title')}</a>
      </p>
      <LocalizedText text={c.title} as="h1" />
      <p class="meta">
        <Period c={c} /> ·{' '}
        {c.commitments.map((code) => `${code} ${t(`commitment.${code}.short`)}`).join(' · ')}
      </p>
      <LocalizedText text={c.description} as="p" class="lead" />
      {c.resources.length > 0 && (
        <section aria-labelledby="resources-title">
          <h2 id="resources-title">{t('campaign.resources')}</h2>
          <ul>
            {c.resources.map((r) => (
              <li key={r.url}>
                <a href={r.url} rel="nofollow noopener">
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.isAdmin && (
        <p>
          <a href={href(`/admin/campaigns/${c.id}/edit`)}>{t('campaign.edit')}</a>
        </p>
      )}
      {over ? (
        <Notice>{t('campaign.is_over')}</Notice>
      ) : props.signedIn ? (
        <SupportForm campaignId={c.id} mine={props.mine} form={props.form} />
      ) : (
        <p>
          <a href={withQuery(href('/sign-in'), { next: `/${locale}/campaigns/${c.id}` })}>
            {t('campaign.sign_in_to_support')}
          </a>
        </p>
      )}
      <section aria-labelledby="supporters-title">
        <h2 id="supporters-title">{t('campaign.supporters_n', { n: supporters.total })}</h2>
        {supporters.rows.length ? (
          <ul class="plain-list">
            {supporters.rows.map((s) => (
              <li key={s.id}>
                <LabelValue label={<a href={href(`/signatories/${s.slug}`)}>{s.name}</a>}>
                  {s.contribution}
                </LabelValue>
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('campaign.no_supporters')}</p>
        )}
        <Pagination
          page={props.page}
          pageSize={props.pageSize}
          total={supporters.total}
          href={(p) => withQuery(href(`/campaigns/${c.id}`), { page: p })}
        />
      </section>
    </>
  );
}

export function CampaignFormPage(props: { form: FormState; campaignId?: string }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={CAMPAIGN_FIELDS} />
      <p class="breadcrumb">
        <a href={href('/campaigns')}>{t('campaign.title')}</a>
      </p>
      <h1>{props.campaignId ? t('campaign.edit') : t('campaign.new')}</h1>
      <Form
        action={href(props.campaignId ? `/admin/campaigns/${props.campaignId}/edit` : '/admin/campaigns/new')}
        form={props.form}
        fields={CAMPAIGN_FIELDS}
      >
        <LocalizedFields name="title" legend="campaign.field_title" maxLength={200} />
        <LocalizedFields
          name="description"
          legend="campaign.field_description"
          hint="campaign.description_hint"
          maxLength={4000}
          rows={4}
        />
        <Field name="startsOn" type="date" width="half" />
        <Field name="endsOn" type="date" width="half" />
        <Checkboxes
          name="commitments"
          options={COMMITMENT_CODES.map((code) => ({
            value: code,
            label: `${code} ${t(`commitment.${code}.short`)}`,
          }))}
        />
        <TextArea name="resources" hint="campaign.resources_hint" rows={4} maxLength={5000} />
        <Button>{t('campaign.save')}</Button>
      </Form>
    </>
  );
}

type Supported = Awaited<ReturnType<CampaignsService['supportedBy']>>;

/** On a signatory's profile: the campaigns it supports. */
export function SupportedCampaigns(props: { rows: Supported }) {
  const { t, locale } = useView();
  const href = useHref();
  if (!props.rows.length) return null;
  return (
    <section aria-labelledby="supported-title">
      <h2 id="supported-title">{t('campaign.supported_title')}</h2>
      <ul class="plain-list">
        {props.rows.map((r) => (
          <li key={r.id}>
            <LabelValue
              label={
                <>
                  <a href={href(`/campaigns/${r.id}`)} lang={pickLocalized(r.title, locale)?.lang}>
                    {pickLocalized(r.title, locale)?.text}
                  </a>{' '}
                  (<Period c={r} />)
                </>
              }
            >
              {r.contribution}
            </LabelValue>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { pickLocalized } from '../../platform/i18n/index.ts';
import { LocalizedText, withQuery } from '../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../platform/ui/context.ts';
import {
  Button,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  LocalizedFields,
  localizedLabels,
} from '../../platform/ui/form.tsx';
import { FollowButton } from '../following/index.ts';
import type { Obstacle } from './queries.ts';
import type { AddressedBy } from './routes.tsx';

const OBSTACLE_FIELDS: FieldLabels = {
  slug: 'obstacle.slug',
  ...localizedLabels('name', 'obstacle.name'),
  ...localizedLabels('description', 'obstacle.description'),
};

export function ObstaclesPage(props: { rows: Obstacle[]; isAdmin: boolean }) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('obstacle.title')}</h1>
      <p class="lead">{t('obstacle.intro')}</p>
      {props.isAdmin && (
        <p>
          <a class="button" href={href('/admin/obstacles/new')}>
            {t('obstacle.new')}
          </a>
        </p>
      )}
      <ul class="cards">
        {props.rows.map((o) => (
          <li key={o.id} class="card">
            <h2 class="card-title">
              <a href={href(`/obstacles/${o.slug}`)}>
                <LocalizedText text={o.name} />
              </a>
            </h2>
            <LocalizedText text={o.description} as="p" />
          </li>
        ))}
      </ul>
    </>
  );
}

export function ObstaclePage(props: {
  o: Obstacle;
  isAdmin: boolean;
  practices: Awaited<ReturnType<AddressedBy['practices']>>;
  jointActions: Awaited<ReturnType<AddressedBy['jointActions']>>;
  following: boolean | null;
}) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/obstacles')}>{t('obstacle.title')}</a>
      </p>
      <LocalizedText text={props.o.name} as="h1" />
      <LocalizedText text={props.o.description} as="p" class="lead" />
      {props.isAdmin && (
        <p>
          <a href={href(`/admin/obstacles/${props.o.id}/edit`)}>{t('obstacle.edit')}</a>
        </p>
      )}
      {props.following === null ? (
        <p>
          <a href={withQuery(href('/sign-in'), { next: `/${locale}/obstacles/${props.o.slug}` })}>
            {t('follow.sign_in')}
          </a>
        </p>
      ) : (
        <FollowButton obstacleId={props.o.id} following={props.following} />
      )}
      <section aria-labelledby="practices-title">
        <h2 id="practices-title">{t('obstacle.practices', { n: props.practices.total })}</h2>
        {props.practices.rows.length ? (
          <ul class="plain-list">
            {props.practices.rows.map((p) => (
              <li key={p.id}>
                <a href={href(`/practices/${p.id}`)} lang={p.lang}>
                  {p.title}
                </a>{' '}
                ({p.organisationName})
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('practice.none')}</p>
        )}
        {props.practices.total > props.practices.rows.length && (
          <p>
            <a href={withQuery(href('/practices'), { obstacle: props.o.id })}>
              {t('obstacle.all_practices')}
            </a>
          </p>
        )}
      </section>
      <section aria-labelledby="joint-actions-title">
        <h2 id="joint-actions-title">{t('obstacle.joint_actions', { n: props.jointActions.total })}</h2>
        {props.jointActions.rows.length ? (
          <ul class="plain-list">
            {props.jointActions.rows.map((a) => (
              <li key={a.id}>
                <a href={href(`/joint-actions/${a.id}`)}>{a.title}</a> ({a.organisationName},{' '}
                {t(`joint.status.${a.status}`)})
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('joint.none')}</p>
        )}
        {props.jointActions.total > props.jointActions.rows.length && (
          <p>
            <a href={withQuery(href('/joint-actions'), { obstacle: props.o.id })}>
              {t('obstacle.all_joint_actions')}
            </a>
          </p>
        )}
      </section>
    </>
  );
}

export function ObstacleFormPage(props: { form: FormState; obstacle?: Obstacle }) {
  const { t, locale } = useView();
  const href = useHref();
  const name = props.obstacle && pickLocalized(props.obstacle.name, locale)?.text;
  return (
    <>
      <ErrorSummary form={props.form} fields={OBSTACLE_FIELDS} />
      <p class="breadcrumb">
        <a href={href('/obstacles')}>{t('obstacle.title')}</a>
      </p>
      <h1>
        {name ? t('layout.label_value', { label: t('obstacle.edit'), value: name }) : t('obstacle.new')}
      </h1>
      <Form
        action={href(props.obstacle ? `/admin/obstacles/${props.obstacle.id}/edit` : '/admin/obstacles/new')}
        form={props.form}
        fields={OBSTACLE_FIELDS}
      >
        <Field name="slug" hint="obstacle.slug_hint" maxLength={60} spellcheck={false} />
        <LocalizedFields name="name" legend="obstacle.name" hint="obstacle.every_language" maxLength={120} />
        <LocalizedFields
          name="description"
          legend="obstacle.description"
          hint="obstacle.every_language"
          maxLength={1000}
          rows={3}
        />
        <Button>{t('obstacle.save')}</Button>
      </Form>
    </>
  );
}

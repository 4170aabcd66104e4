import { pickLocalized } from '../../platform/i18n/index.ts';
import { type FormState, useHref, useView } from '../../platform/ui/context.ts';
import { Button, Checkboxes, ErrorSummary, type FieldLabels, Form } from '../../platform/ui/form.tsx';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { Obstacle } from '../obstacles/index.ts';

const FIELDS: FieldLabels = { obstacles: 'follow.obstacles', commitments: 'follow.commitments' };

export function FollowingPage(props: { obstacles: Obstacle[]; form: FormState }) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <h1>{t('follow.title')}</h1>
      <p class="lead">{t('follow.intro')}</p>
      <Form action={href('/following')} form={props.form} fields={FIELDS}>
        <Checkboxes
          name="obstacles"
          options={props.obstacles.map((o) => ({
            value: o.id,
            label: pickLocalized(o.name, locale)?.text ?? o.slug,
          }))}
        />
        <Checkboxes
          name="commitments"
          options={COMMITMENT_CODES.map((c) => ({ value: c, label: `${c} ${t(`commitment.${c}.short`)}` }))}
        />
        <Button>{t('follow.save')}</Button>
      </Form>
    </>
  );
}

/** On an obstacle's page: follow or stop following it (signed-in people only). */
export function FollowButton(props: { obstacleId: string; following: boolean }) {
  const { t } = useView();
  const href = useHref();
  return (
    <Form action={href(`/following/obstacles/${props.obstacleId}`)} label={t('follow.this_obstacle')}>
      <input type="hidden" name="on" value={props.following ? '0' : '1'} />
      <p>
        {props.following && <>{t('follow.you_follow')} </>}
        <Button variant={props.following ? 'link' : 'secondary'}>
          {t(props.following ? 'follow.stop' : 'follow.this_obstacle')}
        </Button>{' '}
        <a href={href('/following')}>{t('follow.manage')}</a>
      </p>
    </Form>
  );
}

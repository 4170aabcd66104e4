import { formatDateTime } from '../../../platform/i18n/index.ts';
import { FlashHere, Table } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, Form } from '../../../platform/ui/form.tsx';
import type { StructuresService } from '../structures.ts';

type Team = Awaited<ReturnType<StructuresService['team']>>;

/** A structure's team, for its managers: who signed the current code, countersigning, inviting, share links. */
export function TeamPage(props: {
  team: Team;
  version: number;
  me: string;
  form: FormState;
  shares: { id: string; createdAt: Date }[];
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { structure, team, invitations } = props.team;
  const base = `/facilitation/structures/${structure.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/facilitation')}>{t('facilitation.title')}</a>
      </p>
      <h1>{t('team.heading', { structure: structure.name })}</h1>
      <p class="lead">{t('team.intro', { version: props.version })}</p>
      <FlashHere id="team" />
      <Table
        id="team"
        caption={t('team.caption')}
        rows={team}
        rowKey={(m) => m.userId}
        empty="team.empty"
        columns={[
          { header: 'team.name', cell: (m) => m.name },
          { header: 'team.email', cell: (m) => m.email },
          {
            header: 'team.signature',
            cell: (m) =>
              m.countersignedAt ? (
                <a href={href(`/facilitation/signatures/${m.signatureId}`)}>
                  {t('team.signed_on', { date: formatDateTime(locale, m.countersignedAt, false) })}
                </a>
              ) : m.signatureId ? (
                m.userId === props.me ? (
                  t('facilitation.waiting_countersign')
                ) : (
                  <Form
                    action={href(`/facilitation/signatures/${m.signatureId}/countersign`)}
                    class="inline-form"
                  >
                    <Button variant="secondary">{t('team.countersign', { name: m.name })}</Button>
                  </Form>
                )
              ) : (
                t('team.not_signed')
              ),
          },
          {
            header: 'log.actions',
            cell: (m) => (
              <Form action={href(`${base}/team/remove`)} class="inline-form">
                <input type="hidden" name="userId" value={m.userId} />
                <Button variant="link">{t('team.remove', { name: m.name })}</Button>
              </Form>
            ),
          },
        ]}
      />
      <h2>{t('team.invite_title')}</h2>
      <ErrorSummary form={props.form} fields={{ email: 'team.email' }} />
      <Form action={href(`${base}/team`)} form={props.form} fields={{ email: 'team.email' }}>
        <Field name="email" type="email" autocomplete="off" hint="team.invite_hint" />
        <Button>{t('team.invite')}</Button>
      </Form>
      {invitations.length > 0 && (
        <>
          <h3>{t('team.invitations')}</h3>
          <ul class="plain-list">
            {invitations.map((i) => (
              <li key={i.email}>
                {t('team.invitation_line', {
                  email: i.email,
                  date: formatDateTime(locale, i.expiresAt, false),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('share.title')}</h2>
      <p>{t('share.intro')}</p>
      <ShareLinks create={`${base}/shares`} shares={props.shares} />
      <p>
        <a href={href(`${base}/figures`)}>{t('figures.title')}</a> ·{' '}
        <a href={href(base)}>{t('team.public_page')}</a>
      </p>
    </>
  );
}

/**
 * The live share links of a structure or network and a button to make one. A new link shows once, in the
 * message after making it: only its hash is kept.
 */
export function ShareLinks(props: { create: string; shares: { id: string; createdAt: Date }[] }) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <FlashHere id="shares" />
      <ul class="plain-list">
        {props.shares.map((s) => (
          <li key={s.id}>
            {t('share.made_on', { date: formatDateTime(locale, s.createdAt, false) })}{' '}
            <Form action={href(`/facilitation/shares/${s.id}/revoke`)} class="inline-form">
              <Button variant="link">{t('share.revoke')}</Button>
            </Form>
          </li>
        ))}
      </ul>
      <Form action={href(props.create)}>
        <Button variant="secondary">{t('share.create')}</Button>
      </Form>
    </>
  );
}

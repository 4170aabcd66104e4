import { FlashHere, Pagination, Table, withQuery } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, ErrorSummary, Field, Form } from '../../../platform/ui/form.tsx';
import type { StructuresService } from '../structures.ts';
import { ShareLinks } from './team.tsx';

/** The secretariat's list of networks, and a form to make one. */
export function NetworksPage(props: {
  rows: { id: string; name: string; total: number }[];
  page: number;
  pageSize: number;
  form: FormState;
}) {
  const { t } = useView();
  const href = useHref();
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/facilitation')}>{t('facilitation.title')}</a>
      </p>
      <h1>{t('network.all_title')}</h1>
      <p class="lead">{t('network.intro')}</p>
      <Table
        id="networks"
        caption={t('network.all_title')}
        rows={props.rows}
        rowKey={(r) => r.id}
        empty="network.empty"
        columns={[
          {
            header: 'network.name',
            cell: (r) => <a href={href(`/facilitation/networks/${r.id}`)}>{r.name}</a>,
          },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.rows[0]?.total ?? 0}
        href={(p) => withQuery(href('/facilitation/networks'), { page: p })}
      />
      <h2>{t('network.create')}</h2>
      <ErrorSummary form={props.form} fields={{ name: 'network.name' }} />
      <Form action={href('/facilitation/networks')} form={props.form} fields={{ name: 'network.name' }}>
        <Field name="name" maxLength={200} />
        <Button>{t('network.create')}</Button>
      </Form>
    </>
  );
}

type Network = Awaited<ReturnType<StructuresService['network']>>;

/**
 * A network as its coordinators and the secretariat see it: its structures, its coordinators, its figures and
 * share links. Only the secretariat changes who is in it.
 */
export function NetworkPage(props: {
  n: Network;
  admin: boolean;
  form: FormState;
  shares: { id: string; createdAt: Date }[];
}) {
  const { t } = useView();
  const href = useHref();
  const { network, structures, coordinators } = props.n;
  const base = `/facilitation/networks/${network.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/facilitation')}>{t('facilitation.title')}</a>
      </p>
      <h1>{network.name}</h1>
      <FlashHere id="network" />
      <p>
        <a class="button" href={href(`${base}/figures`)}>
          {t('figures.network_title')}
        </a>
      </p>
      <h2>{t('network.structures')}</h2>
      <ul class="plain-list">
        {structures.map((s) => (
          <li key={s.id}>
            <a href={href(`/facilitation/structures/${s.id}`)}>{s.name}</a>
            {props.admin && (
              <Form action={href(base)} class="inline-form">
                <input type="hidden" name="op" value="remove_structure" />
                <input type="hidden" name="organisationId" value={s.id} />{' '}
                <Button variant="link">{t('network.remove', { name: s.name })}</Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {!structures.length && <p class="empty">{t('network.no_structures')}</p>}
      <h2>{t('network.coordinators')}</h2>
      <ul class="plain-list">
        {coordinators.map((c) => (
          <li key={c.userId}>
            {c.name} ({c.email})
            {props.admin && (
              <Form action={href(base)} class="inline-form">
                <input type="hidden" name="op" value="remove_coordinator" />
                <input type="hidden" name="email" value={c.email} />{' '}
                <Button variant="link">{t('network.remove', { name: c.name })}</Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {props.admin && (
        <>
          <h2>{t('network.change')}</h2>
          <ErrorSummary
            form={props.form}
            fields={{ organisationId: 'network.structure_id', email: 'team.email' }}
          />
          <Form
            action={href(base)}
            form={props.form}
            fields={{ organisationId: 'network.structure_id', email: 'team.email' }}
          >
            <input type="hidden" name="op" value="add_structure" />
            <Field name="organisationId" hint="network.structure_id_hint" maxLength={36} />
            <Button variant="secondary">{t('network.add_structure')}</Button>
          </Form>
          <Form action={href(base)} form={props.form} fields={{ email: 'team.email' }}>
            <input type="hidden" name="op" value="add_coordinator" />
            <Field name="email" type="email" autocomplete="off" hint="network.coordinator_hint" />
            <Button variant="secondary">{t('network.add_coordinator')}</Button>
          </Form>
        </>
      )}
      <h2>{t('share.title')}</h2>
      <p>{t('share.intro')}</p>
      <ShareLinks create={`${base}/shares`} shares={props.shares} />
    </>
  );
}

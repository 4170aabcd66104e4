import { formatDay } from '../../../platform/i18n/index.ts';
import { FlashHere, Pagination, Table, withQuery } from '../../../platform/ui/components.tsx';
import { useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Form } from '../../../platform/ui/form.tsx';
import type { LogService } from '../log.ts';
import { type Themes, themeLabel } from '../themes.ts';

type List = Awaited<ReturnType<LogService['entries']>>;

/** A digital helper's own entries, newest first: each can be corrected or deleted for 30 days. */
export function EntriesPage(props: { list: List; page: number; pageSize: number; themes: Themes }) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/facilitation')}>{t('facilitation.title')}</a>
      </p>
      <h1>{t('log.entries_title')}</h1>
      <ul class="plain-list">
        <li>
          <a href={href('/facilitation/log')}>{t('log.title_individual')}</a>
        </li>
        <li>
          <a href={href('/facilitation/log?kind=collective')}>{t('log.title_collective')}</a>
        </li>
        <li>
          <a href={href('/facilitation/figures/mine')}>{t('figures.mine_title')}</a>
        </li>
      </ul>
      <FlashHere id="entries" />
      <p role="status">{t('log.entries_count', { n: props.list.total })}</p>
      <Table
        id="entries"
        caption={t('log.entries_caption')}
        rows={props.list.rows}
        rowKey={(r) => r.id}
        empty="log.entries_empty"
        columns={[
          { header: 'log.date', cell: (r) => formatDay(locale, r.happenedOn) },
          {
            header: 'log.kind',
            cell: (r) => (r.kind === 'collective' && r.title ? r.title : t(`log.kind.${r.kind}`)),
          },
          { header: 'log.participants', cell: (r) => r.participants, numeric: true },
          { header: 'log.duration', cell: (r) => t('log.minutes', { n: r.durationMin }), numeric: true },
          {
            header: 'log.themes',
            cell: (r) => r.themes.map((c) => themeLabel(props.themes, c, locale)).join(', '),
          },
          { header: 'log.structure', cell: (r) => r.structureName },
          {
            header: 'log.actions',
            cell: (r) =>
              r.editable ? (
                <>
                  <a href={href(`/facilitation/entries/${r.id}`)}>{t('log.correct')}</a>
                  <Form action={href(`/facilitation/entries/${r.id}/delete`)} class="inline-form">
                    <Button variant="link">{t('log.delete')}</Button>
                  </Form>
                </>
              ) : (
                t('log.frozen')
              ),
          },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.list.total}
        href={(p) => withQuery(href('/facilitation/entries'), { page: p })}
      />
    </>
  );
}

import { formatPercent } from '../../../platform/i18n/index.ts';
import { Pagination, withQuery } from '../../../platform/ui/components.tsx';
import { emptyForm, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Form } from '../../../platform/ui/form.tsx';
import { SectorRegionFilters } from '../../organisations/filters.tsx';
import type { PlansService } from '../service.ts';

type Grid = Awaited<ReturnType<PlansService['grid']>>;

/** Every signatory against the nine commitments: objectives, progress and late items. */
export function GridPage(props: {
  grid: Grid;
  page: number;
  pageSize: number;
  filter: { sector?: string; region?: string };
}) {
  const { t, locale } = useView();
  const href = useHref();
  const query = { sector: props.filter.sector, region: props.filter.region };
  return (
    <>
      <h1>{t('grid.title')}</h1>
      <p class="lead">{t('grid.intro')}</p>
      <Form
        action={href('/admin/plans')}
        method="get"
        class="filters"
        label={t('admin.filters')}
        form={emptyForm({ sector: props.filter.sector ?? '', region: props.filter.region ?? '' })}
      >
        <SectorRegionFilters />
        <Button variant="secondary">{t('admin.apply')}</Button>
      </Form>
      <p role="status">
        {t('admin.results', { n: props.grid.total })} ·{' '}
        <a href={withQuery('/admin/plans.csv', query)}>{t('grid.csv')}</a>
      </p>
      {props.grid.rows.length === 0 ? (
        <p class="empty">{t('grid.empty')}</p>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a labelled, focusable region so that the wide grid scrolls by keyboard
        // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus to scroll by keyboard
        <div class="table-wrap" role="region" aria-labelledby="grid-caption" tabIndex={0}>
          <table class="grid">
            <caption id="grid-caption">{t('grid.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grid.organisation')}</th>
                {props.grid.rows[0]?.commitments.map((c) => (
                  <th key={c.code} scope="col" class="num">
                    <abbr title={t(`commitment.${c.code}.short`)}>{c.code}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.grid.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <a href={href(`/organisations/${r.id}/plan`)}>{r.name}</a>
                  </th>
                  {r.commitments.map((c) => (
                    <td key={c.code} class="num">
                      {c.objectives === 0
                        ? '—'
                        : t('grid.cell', {
                            n: c.objectives,
                            p: c.progress === null ? '–' : formatPercent(locale, c.progress / 100),
                          })}
                      {c.late > 0 && (
                        <>
                          <br />
                          <span class="tag tag--late">{t('grid.late', { n: c.late })}</span>
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.grid.total}
        href={(page) => withQuery(href('/admin/plans'), { ...query, page })}
      />
    </>
  );
}

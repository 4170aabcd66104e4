import { formatList, formatNumber, formatPercent } from '../../../platform/i18n/index.ts';
import { BarChart } from '../../../platform/ui/charts.tsx';
import { Notice, Table, withQuery } from '../../../platform/ui/components.tsx';
import { emptyForm, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Field, Form, Select } from '../../../platform/ui/form.tsx';
import { REGIONS } from '../../organisations/schema.ts';
import { breakdownLabel } from '../exports.ts';
import type { Figure, FigureRow } from '../figures.ts';
import { BREAKDOWNS, type Breakdown, type Stats, type StatsFilter } from '../statistics.ts';
import { KINDS } from '../taxonomy.ts';
import type { Themes } from '../themes.ts';

/** Which filters a view offers: the public has regions and areas, a network and a helper their structures. */
export interface FigureFilters {
  structures: { id: string; name: string }[];
  areas: boolean;
}

/**
 * Statistics of the support-session log: totals, then each breakdown as a chart with its table beside it.
 * Shared views show small groups as one hidden line, so that shares add up to 100 without revealing them.
 */
export function FiguresPage(props: {
  title: string;
  intro: string;
  stats: Stats;
  filter: StatsFilter;
  /** The page's own path, for the filter form and the exports. */
  path: string;
  filters: FigureFilters;
  themes: Themes;
  /** A share link's token is in the path; its exports need it too. */
  exports?: boolean;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const s = props.stats;
  const fmt = (n: number | null) => (n === null ? t('figures.hidden_short') : formatNumber(locale, n));
  const label = (b: Breakdown, value: string) => breakdownLabel(b, value, t, locale, props.themes);
  const query = Object.fromEntries(Object.entries(props.filter).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  /** A picked structure or help point by its name, any other filter as given. */
  const named = (k: string, v: string) =>
    (k === 'structure' ? props.filters.structures : k === 'helpPoint' ? s.points : []).find((x) => x.id === v)
      ?.name ?? v;
  const total = (f: Figure) => fmt(f.total);
  const part = (f: Figure, code: string) => fmt(f.rows.find((r) => r.value === code)?.n ?? 0);
  return (
    <article class="figures">
      <h1>{props.title}</h1>
      <p class="lead">{props.intro}</p>
      {s.suppressed && <p class="hint">{t('figures.suppression_note')}</p>}
      <Form
        action={href(props.path)}
        method="get"
        class="filters"
        label={t('figures.filters')}
        form={emptyForm(query)}
      >
        <Field name="from" type="date" label="figures.from" width="half" />
        <Field name="to" type="date" label="figures.to" width="half" />
        <Select
          name="kind"
          label="log.kind"
          options={[
            { value: '', label: t('register.all') },
            ...KINDS.map((k) => ({ value: k, label: t(`log.kind.${k}`) })),
          ]}
        />
        <Select
          name="theme"
          label="log.themes"
          options={[
            { value: '', label: t('register.all') },
            ...props.themes.themes.map((x) => ({ value: x.code, label: x.label[locale] })),
          ]}
        />
        {props.filters.structures.length > 1 && (
          <Select
            name="structure"
            label="log.structure"
            options={[
              { value: '', label: t('register.all') },
              ...props.filters.structures.map((x) => ({ value: x.id, label: x.name })),
            ]}
          />
        )}
        {s.points.length > 0 && (
          <Select
            name="helpPoint"
            label="log.help_point_filter"
            options={[
              { value: '', label: t('register.all') },
              ...s.points.map((x) => ({ value: x.id, label: x.name })),
            ]}
          />
        )}
        {props.filters.areas && (
          <>
            <Select
              name="region"
              label="organisation.region"
              options={[
                { value: '', label: t('register.all') },
                ...REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) })),
              ]}
            />
            <Field
              name="area"
              label="figures.area"
              hint="figures.area_hint"
              inputMode="numeric"
              width="third"
            />
          </>
        )}
        <Button variant="secondary">{t('figures.apply')}</Button>
      </Form>
      {Object.keys(query).length > 0 && (
        <p class="hint">
          {t('figures.filters_used', {
            list: formatList(
              locale,
              Object.entries(query).map(([k, v]) => `${k} = ${named(k, v)}`),
            ),
          })}
        </p>
      )}
      {props.exports !== false && (
        <p>
          {t('figures.download')} <a href={withQuery(href(`${props.path}.csv`), query)}>CSV</a> ·{' '}
          <a href={withQuery(href(`${props.path}.xlsx`), query)}>XLSX</a>
        </p>
      )}
      {s.sessions.total === null ? (
        <Notice>{t('figures.too_few')}</Notice>
      ) : (
        <>
          <section>
            <h2 id="totals">{t('figures.totals')}</h2>
            <Table
              id="totals-table"
              caption={t('figures.totals')}
              rows={['sessions', 'people'] as const}
              rowKey={(r) => r}
              empty="figures.too_few"
              columns={[
                { header: 'figures.measure', cell: (r) => t(`figures.${r}`) },
                { header: 'log.kind.individual', cell: (r) => part(s[r], 'individual'), numeric: true },
                { header: 'log.kind.collective', cell: (r) => part(s[r], 'collective'), numeric: true },
                { header: 'figures.total', cell: (r) => total(s[r]), numeric: true },
              ]}
            />
            <p>
              {t('figures.visits', {
                first: part(s.visits, 'first'),
                returning: part(s.visits, 'returning'),
              })}
            </p>
          </section>
          {BREAKDOWNS.map((b) => (
            <BreakdownSection key={b} id={b} figure={s.breakdowns[b]} label={(v) => label(b, v)} />
          ))}
        </>
      )}
    </article>
  );
}

/** One breakdown: a bar chart of its shares and the table of the same figures. */
function BreakdownSection(props: { id: Breakdown; figure: Figure; label: (value: string) => string }) {
  const { t, locale } = useView();
  const f = props.figure;
  const rows: (FigureRow & { name: string })[] = [
    ...f.rows.filter((r) => r.n !== 0).map((r) => ({ ...r, name: props.label(r.value) })),
    ...(f.hidden
      ? [{ value: 'hidden', n: f.hidden.n, percent: f.hidden.percent, name: t('figures.hidden_row') }]
      : []),
  ];
  const title = t(`figures.by_${props.id}`);
  return (
    <section class="figure">
      <h2 id={`by-${props.id}`}>{title}</h2>
      {props.id === 'theme' && <p class="hint">{t('figures.theme_hint')}</p>}
      {rows.length === 0 ? (
        <p class="empty">{t('figures.none')}</p>
      ) : (
        <>
          <BarChart
            id={`chart-${props.id}`}
            title={title}
            max={100}
            format={(v) => formatPercent(locale, v / 100)}
            groups={rows.map((r) => ({
              label: r.name,
              bars: [{ value: r.value === 'hidden' ? null : r.percent }],
            }))}
          />
          <Table
            id={`table-${props.id}`}
            caption={title}
            rows={rows}
            rowKey={(r) => r.value}
            empty="figures.none"
            columns={[
              { header: 'figures.value', cell: (r) => r.name },
              {
                header:
                  props.id === 'age' || props.id === 'situation' ? 'figures.people' : 'figures.sessions',
                cell: (r) =>
                  r.value === 'hidden'
                    ? t('figures.hidden_count', { n: r.n ?? 0 })
                    : formatNumber(locale, r.n ?? 0),
                numeric: true,
              },
              {
                header: 'figures.share',
                cell: (r) => formatPercent(locale, (r.percent ?? 0) / 100),
                numeric: true,
              },
            ]}
          />
        </>
      )}
    </section>
  );
}

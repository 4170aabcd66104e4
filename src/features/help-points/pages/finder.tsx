import { formatNumber } from '../../../platform/i18n/index.ts';
import { Pagination, withQuery } from '../../../platform/ui/components.tsx';
import { emptyForm, useHref, useView } from '../../../platform/ui/context.ts';
import { Button, Checkbox, Field, Form, Radios, Select } from '../../../platform/ui/form.tsx';
import type { FinderQuery } from '../fields.ts';
import type { Found } from '../finder.ts';
import { DAYS } from '../hours.ts';
import type { HelpPointLists } from '../lists.ts';
import { FINDER_PAGE_SIZE } from '../points.ts';
import type { HelpPoint } from '../queries/points.ts';
import { ResultsMap } from './map.tsx';
import { dayName, labels, statusWords } from './words.ts';

export interface FinderResult {
  place: { name: string; postcode: string } | null;
  total: number;
  results: Found<HelpPoint>[];
}

/** The finder: where, what and when in one GET form; then the list, nearest first, and the same on a map. */
export function FinderPage(props: {
  lists: HelpPointLists;
  query: FinderQuery;
  values: Record<string, string | undefined>;
  result: FinderResult | null;
  now: Date;
  /** The tile server for the interactive map; without it, only the drawn map. */
  tiles?: { url: string; attribution: string };
}) {
  const { t, locale, asset } = useView();
  const href = useHref();
  const { lists, result } = props;
  const any = { value: '', label: t('helppoints.any') };
  const options = (list: HelpPointLists['kinds']) => [
    any,
    ...list.map((x) => ({ value: x.code, label: x.label[locale] })),
  ];
  return (
    <article class="hp-finder">
      <h1>{t('helppoints.title')}</h1>
      <p class="lead">{t('helppoints.lead')}</p>
      <Form
        action={href('/help-points')}
        method="get"
        label={t('helppoints.title')}
        form={emptyForm(props.values)}
      >
        <Field
          name="where"
          type="search"
          label="helppoints.where"
          hint="helppoints.where_hint"
          autocomplete="postal-code"
          width="half"
        />
        {/* Filled by finder.js where the browser can locate; hidden otherwise. */}
        <div
          id="hp-locate"
          class="hp-locate"
          hidden
          data-label={t('helppoints.locate')}
          data-busy={t('helppoints.locate_busy')}
          data-failed={t('helppoints.locate_failed')}
        />
        <details
          class="hp-filters"
          open={Object.entries(props.values).some(([k, v]) => v && !['where', 'near', 'page'].includes(k))}
        >
          <summary>{t('helppoints.filters')}</summary>
          <Select name="service" label="helppoints.service" options={options(lists.services)} />
          <Radios
            name="open"
            legend="helppoints.open"
            options={[
              { value: '', label: t('helppoints.open.any') },
              { value: 'now', label: t('helppoints.open.now') },
              { value: 'at', label: t('helppoints.open.at') },
            ]}
          />
          <Select
            name="day"
            label="helppoints.day"
            options={[
              any,
              // 1 January 2024 was a Monday: the days' names in the reader's language, Monday first.
              ...DAYS.map((d, i) => ({
                value: d,
                label: dayName(locale, `2024-01-0${i + 1}`),
              })),
            ]}
          />
          <Field
            name="time"
            label="helppoints.time"
            hint="helppoints.time_hint"
            inputMode="numeric"
            width="third"
          />
          <Checkbox name="walkIn" label={t('helppoints.walk_in_only')} />
          <Select name="kind" label="helppoints.kind" options={options(lists.kinds)} />
          <Select name="language" label="helppoints.language" options={options(lists.languages)} />
          <Select
            name="accessibility"
            label="helppoints.accessibility"
            options={options(lists.accessibility)}
          />
          <Select name="audience" label="helppoints.audience" options={options(lists.audiences)} />
        </details>
        <Button>{t('helppoints.search')}</Button>
      </Form>
      {result && <Results {...props} result={result} />}
      {props.tiles && <link rel="stylesheet" href="/static/leaflet/leaflet.css" />}
      {props.tiles && <script src="/static/leaflet/leaflet.js" defer />}
      <script src={asset('finder.js')} defer />
    </article>
  );
}

function Results(props: Parameters<typeof FinderPage>[0] & { result: FinderResult }) {
  const { t, locale } = useView();
  const href = useHref();
  const { result, lists } = props;
  if (!result.place)
    return (
      <p class="notice notice--warning" role="status">
        {t('helppoints.unknown_place', { where: props.query.where ?? '' })}
      </p>
    );
  const place = `${result.place.name} (${result.place.postcode})`;
  if (!result.total) return <p role="status">{t('helppoints.none', { place })}</p>;
  return (
    <section aria-labelledby="hp-results">
      <h2 id="hp-results">{t('helppoints.results', { n: result.total, place })}</h2>
      <ol class="hp-results">
        {result.results.map((f) => (
          <li key={f.point.id}>
            <h3>
              <a href={href(`/help-points/${f.point.id}`)}>{f.point.name}</a>
            </h3>
            <p class="hint">
              {labels(lists.kinds, [f.point.kind], locale).join('')} ·{' '}
              {t('helppoints.distance', { km: formatNumber(locale, Math.round(f.km * 10) / 10) })} ·{' '}
              {f.point.street}, {f.point.postcode} {f.point.commune}
            </p>
            <p class={`hp-status hp-status--${f.status.state}`}>
              {statusWords(f.status, t, locale, props.now)}
            </p>
            {f.point.services.length > 0 && (
              <p>{labels(lists.services, f.point.services, locale).join(' · ')}</p>
            )}
          </li>
        ))}
      </ol>
      <ResultsMap points={result.results.map((f) => f.point)} />
      {props.tiles && (
        <section
          id="hp-live-map"
          class="hp-live-map"
          hidden
          aria-label={t('helppoints.map')}
          data-tiles={props.tiles.url}
          data-attribution={props.tiles.attribution}
          data-points={JSON.stringify(
            result.results.map((f, i) => ({
              n: i + 1,
              lat: f.point.lat,
              lon: f.point.lon,
              name: f.point.name,
              url: href(`/help-points/${f.point.id}`),
            })),
          )}
        ></section>
      )}
      <Pagination
        page={props.query.page}
        pageSize={FINDER_PAGE_SIZE}
        total={result.total}
        href={(page) => withQuery(href('/help-points'), { ...props.values, page })}
      />
    </section>
  );
}

import type { ComponentChildren, JSX } from 'preact';
import {
  formatNumber,
  formatPercent,
  LANGUAGE_NAMES,
  type Localized,
  type MessageKey,
  pickLocalized,
} from '../i18n/index.ts';
import { type Flash, useView } from './context.ts';

export function Notice(props: { kind?: 'info' | 'success' | 'warning'; children: ComponentChildren }) {
  const kind = props.kind ?? 'info';
  // Warnings and successes are announced; plain information is not.
  return (
    <div class={`notice notice--${kind}`} role={kind === 'info' ? undefined : 'status'}>
      {props.children}
    </div>
  );
}

export function FlashMessage(props: { flash: Flash | null }) {
  const { t } = useView();
  if (!props.flash) return null;
  return <Notice kind={props.flash.kind}>{t(props.flash.key, props.flash.params)}</Notice>;
}

/**
 * The flash message meant for the element `id` (a redirect to `#id` lands there): shown inside it, so that the
 * confirmation is where the eyes and the screen reader land, not a screen higher.
 */
export function FlashHere(props: { id: string }) {
  const { flash } = useView();
  return flash?.at === props.id ? <FlashMessage flash={flash} /> : null;
}

export interface Column<R> {
  header: MessageKey;
  cell: (row: R) => ComponentChildren;
  numeric?: boolean;
}

/** A data table with a caption; wide tables scroll inside a focusable region instead of the page. */
export function Table<R>(props: {
  id: string;
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  empty: MessageKey;
}) {
  const { t } = useView();
  if (!props.rows.length) return <p class="empty">{t(props.empty)}</p>;
  return (
    <>
      <p class="hint table-hint" id={`${props.id}-scrolls`}>
        {t('layout.table_scrolls')}
      </p>
      {
        // A wide table scrolls in its own region, which must then be reachable by keyboard (WCAG 2.1.1).
        // biome-ignore lint/a11y/useSemanticElements: a labelled region around a table, as axe's scrollable-region rule asks
        <div
          class="table-wrap"
          role="region"
          aria-labelledby={`${props.id}-caption`}
          aria-describedby={`${props.id}-scrolls`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus to scroll by keyboard
          tabIndex={0}
        >
          <table id={props.id}>
            <caption id={`${props.id}-caption`}>{props.caption}</caption>
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c.header} scope="col" class={c.numeric ? 'num' : undefined}>
                    {t(c.header)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr key={props.rowKey(r)}>
                  {props.columns.map((c) => (
                    <td key={c.header} class={c.numeric ? 'num' : undefined}>
                      {c.cell(r)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    </>
  );
}

/** Page links for any list; `href` builds the link to a page so that filters are kept. */
export function Pagination(props: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}) {
  const { t, locale } = useView();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  const current = Math.min(props.page, pages);
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter(
    (p) => p >= 1 && p <= pages,
  );
  const items: JSX.Element[] = [];
  shown.forEach((p, i) => {
    const prev = shown[i - 1];
    if (prev !== undefined && p - prev > 1)
      items.push(
        <li key={`gap-${p}`} class="gap" aria-hidden="true">
          …
        </li>,
      );
    items.push(
      <li key={p}>
        <a
          href={props.href(p)}
          aria-current={p === current ? 'page' : undefined}
          aria-label={t('pagination.page', { page: p, pages })}
        >
          {formatNumber(locale, p)}
        </a>
      </li>,
    );
  });
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      <ul>
        {current > 1 && (
          <li>
            <a href={props.href(current - 1)} rel="prev">
              {t('pagination.previous')}
            </a>
          </li>
        )}
        {items}
        {current < pages && (
          <li>
            <a href={props.href(current + 1)} rel="next">
              {t('pagination.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Builds `path?query` keeping the given parameters and dropping empty ones. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A progress bar that needs no style attribute (the CSP forbids them): the native element, and the number. */
export function ProgressBar(props: { value: number | null; label: string }) {
  const { t, locale } = useView();
  if (props.value === null) return <span class="hint">{t('plan.no_measure')}</span>;
  return (
    <span class="progress">
      <progress max={100} value={props.value} aria-label={props.label} />{' '}
      {formatPercent(locale, props.value / 100)}
    </span>
  );
}

/** A text written in up to four languages, in the reader's when it exists, else marked with its language. */
export function LocalizedText(props: {
  text: Localized;
  as?: 'p' | 'span' | 'h1' | 'h2' | 'h3';
  class?: string;
}) {
  const { locale } = useView();
  const picked = pickLocalized(props.text, locale);
  if (!picked) return null;
  const Tag = props.as ?? 'span';
  return (
    <Tag lang={picked.lang} class={props.class}>
      {picked.text}
      {picked.lang !== locale && <span class="hint"> ({LANGUAGE_NAMES[picked.lang]})</span>}
    </Tag>
  );
}

/**
 * A part that a feature adds to another feature's page (a signatory's profile): its data for one subject,
 * rendered. The page awaits them together and shows them in order.
 */
export type Section = (subject: { id: string; slug: string }) => Promise<ComponentChildren>;

/** A list of facts, label then value (the GOV.UK summary list): a person's details, a signature's status. */
export function SummaryList(props: { rows: [MessageKey, ComponentChildren][] }) {
  const { t } = useView();
  return (
    <dl class="summary-list">
      {props.rows.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

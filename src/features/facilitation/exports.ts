import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale, MessageKey, T } from '../../platform/i18n/index.ts';
import type { Figure } from './figures.ts';
import { BREAKDOWNS, type Breakdown, type Stats, type StatsFilter } from './statistics.ts';
import { type Themes, themeLabel } from './themes.ts';

/** The columns of a figures export (docs/facilitation.md): one shape for the filters, totals and breakdowns. */
export const FIGURE_COLUMNS = ['section', 'value', 'label', 'count', 'percent'] as const;

/**
 * The lines of a figures export: the filters first (as the issue asks, so a file read alone says what it
 * counts), then the totals, then each breakdown. A hidden group is written as empty, never as its count.
 */
export function* figureLines(stats: Stats, filter: StatsFilter, t: T, locale: Locale, themes: Themes) {
  yield ['filter', 'suppressed', t('figures.export_suppressed'), stats.suppressed ? 'yes' : 'no', ''];
  for (const [k, v] of Object.entries(filter)) if (v !== undefined) yield ['filter', k, String(v), '', ''];
  const lines = function* (section: string, f: Figure, label: (v: string) => string) {
    if (f.total === null) {
      yield [section, 'total', t('figures.hidden_short'), '', ''];
      return;
    }
    yield [section, 'total', t('figures.total'), f.total, 100];
    for (const r of f.rows) yield [section, r.value, label(r.value), r.n ?? '', r.percent ?? ''];
    if (f.hidden) yield [section, 'hidden', t('figures.hidden_row'), '', f.hidden.percent];
  };
  yield* lines('sessions', stats.sessions, (v) => t(`log.kind.${v as 'individual'}`));
  yield* lines('people', stats.people, (v) => t(`log.kind.${v as 'individual'}`));
  yield* lines('visits', stats.visits, (v) => t(`log.visit.${v as 'first'}`));
  for (const b of BREAKDOWNS)
    yield* lines(b, stats.breakdowns[b], (v) => breakdownLabel(b, v, t, locale, themes));
}

/** A breakdown's value as people read it: a month as is, a theme from the content, any other from messages/log.ts. */
export function breakdownLabel(b: Breakdown, value: string, t: T, locale: Locale, themes: Themes): string {
  if (b === 'month') return value;
  if (b === 'theme') return themeLabel(themes, value, locale);
  return t(`log.${b}.${value}` as MessageKey);
}

/** An XLSX file written as its rows come (exceljs's streaming writer), so memory stays flat. */
export function xlsxStream(
  sheet: string,
  header: readonly string[],
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
) {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = book.addWorksheet(sheet);
  (async () => {
    ws.addRow([...header]).commit();
    for await (const r of rows) ws.addRow([...r]).commit();
    ws.commit();
    await book.commit();
  })().catch((e) => out.destroy(e));
  return out;
}

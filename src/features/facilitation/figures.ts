import { MIN_GROUP, suppressRow } from '../../platform/stats.ts';

/** One line of a breakdown: its value's code, its count (null when hidden) and its share of the whole. */
export interface FigureRow {
  value: string;
  n: number | null;
  percent: number | null;
}

/** A breakdown as pages, exports and the API show it; `hidden` sums the cells kept back, if any. */
export interface Figure {
  total: number | null;
  rows: FigureRow[];
  hidden: { n: number; percent: number } | null;
}

/**
 * Whole percentages that add up to 100 (largest remainder): each share is rounded down, then the points left
 * go to the largest remainders. Plain rounding can give 99 or 101.
 */
export function percentages(counts: readonly number[]): number[] {
  const total = counts.reduce((s, n) => s + n, 0);
  if (!total) return counts.map(() => 0);
  const exact = counts.map((n) => (n * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((s, n) => s + n, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    left--;
  }
  return floors;
}

/**
 * A breakdown from its counts, in the order given. Shared views hide every group under MIN_GROUP, and the next
 * smallest when only one would be hidden (the platform's rule), and show what they hide as one line, so that the
 * shares still add up to 100 without revealing any hidden group. A total under MIN_GROUP hides everything.
 */
export function figure(counts: readonly { value: string; n: number }[], suppress: boolean): Figure {
  const total = counts.reduce((s, c) => s + c.n, 0);
  if (suppress && total > 0 && total < MIN_GROUP) return { total: null, rows: [], hidden: null };
  const shown = suppress ? suppressRow(counts.map((c) => c.n)) : counts.map((c) => c.n);
  const hiddenN = counts.reduce((s, c, i) => s + (shown[i] === null ? c.n : 0), 0);
  const parts = [...shown.map((n) => n ?? 0), hiddenN];
  const pct = percentages(parts);
  return {
    total,
    rows: counts.map((c, i) => ({
      value: c.value,
      n: shown[i] ?? null,
      percent: shown[i] === null ? null : (pct[i] as number),
    })),
    hidden: hiddenN > 0 ? { n: hiddenN, percent: pct[counts.length] as number } : null,
  };
}

/** The counts of a list of codes, zero where the data has none, in the list's order. */
export function inOrder(codes: readonly string[], found: ReadonlyMap<string, number>) {
  return codes.map((value) => ({ value, n: found.get(value) ?? 0 }));
}

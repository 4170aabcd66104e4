import { median as d3median, quantile } from 'd3-array';

/** Public statistics never show a group of fewer people or organisations than this. */
export const MIN_GROUP = 5;

/** A count, or null when it is too small to show. */
export const countOrNull = (n: number, min = MIN_GROUP) => (n >= min ? n : null);

/**
 * Suppresses the counts of one row of a table whose total is shown: every count under `min` becomes null and,
 * when exactly one is hidden, the next smallest too, so that no hidden count can be worked out from the total.
 * Zero is not a group of people and stays.
 */
export function suppressRow(counts: number[], min = MIN_GROUP): (number | null)[] {
  const hidden = counts.map((n) => n > 0 && n < min);
  if (hidden.filter(Boolean).length === 1) {
    const next = counts
      .map((n, i) => ({ n, i }))
      .filter((c) => !hidden[c.i] && c.n > 0)
      .sort((a, b) => a.n - b.n)[0];
    if (next) hidden[next.i] = true;
  }
  return counts.map((n, i) => (hidden[i] ? null : n));
}

/** Median and quartiles of a group, or nulls when the group has fewer than `min` members. */
export function spread(values: number[], min = MIN_GROUP) {
  if (values.length < min) return { n: values.length, median: null, q1: null, q3: null };
  const sorted = [...values].sort((a, b) => a - b);
  const r = (v: number | undefined) => (v === undefined ? null : Math.round(v));
  return {
    n: values.length,
    median: r(d3median(sorted)),
    q1: r(quantile(sorted, 0.25)),
    q3: r(quantile(sorted, 0.75)),
  };
}

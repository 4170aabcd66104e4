import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber } from '../i18n/index.ts';
import { useView } from './context.ts';

/**
 * Charts drawn on the server as SVG: no script, no style attribute (the CSP forbids them), colours from the
 * stylesheet. Each one has a title for screen readers and is always shown with a table of the same figures;
 * its bars carry their own labels and values, so that colour is never the only way to tell them apart.
 */

const WIDTH = 640;
const LABEL = 250;
const ROW = 20;
const GAP = 6;

export interface BarGroup {
  label: string;
  bars: { label?: string; value: number | null }[];
}

/** Horizontal bars, in groups (a pillar, then one bar per audience); a null value is written "—". */
export function BarChart(props: {
  id: string;
  title: string;
  groups: BarGroup[];
  max?: number;
  /** How a value is written after its bar (a score, a count). */
  format?: (v: number) => string;
}) {
  const { locale } = useView();
  const fmt = props.format ?? ((v: number) => formatNumber(locale, v));
  const max = props.max ?? Math.max(1, ...props.groups.flatMap((g) => g.bars.map((b) => b.value ?? 0)));
  const labelled = props.groups.some((g) => g.bars.some((b) => b.label));
  const x0 = labelled ? LABEL : 0;
  const x = scaleLinear()
    .domain([0, max])
    .range([x0, WIDTH - 48]);
  let y = 0;
  const rows = props.groups.map((g, gi) => {
    const top = y;
    y += ROW + g.bars.length * (ROW + GAP) + GAP * 2;
    return (
      <g key={g.label} class={`chart-group chart-group--${gi}`}>
        <text x={0} y={top + ROW - 5} class="chart-group-label">
          {g.label}
        </text>
        {g.bars.map((b, bi) => {
          const by = top + ROW + GAP + bi * (ROW + GAP);
          return (
            <g key={b.label ?? bi}>
              {b.label && (
                <text x={0} y={by + ROW - 6} class="chart-label">
                  {b.label}
                </text>
              )}
              {b.value !== null && b.value > 0 && (
                <rect
                  x={x0}
                  y={by}
                  width={Math.max(1, x(b.value) - x0)}
                  height={ROW}
                  class={`chart-bar chart-bar--${bi}`}
                />
              )}
              <text x={(b.value === null ? x0 : x(b.value)) + 6} y={by + ROW - 6} class="chart-value">
                {b.value === null ? '—' : fmt(b.value)}
              </text>
            </g>
          );
        })}
      </g>
    );
  });
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${y}`}
      class="chart"
      role="img"
      aria-labelledby={`${props.id}-title`}
      focusable="false"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {rows}
    </svg>
  );
}

/** One line over time (a score from 0 to 100 at each date), with each point's value written beside it. */
export function LineChart(props: {
  id: string;
  title: string;
  points: { at: Date; value: number }[];
  max?: number;
  formatDate: (d: Date) => string;
}) {
  const { locale } = useView();
  const height = 240;
  const pad = { top: 16, right: 48, bottom: 32, left: 40 };
  const max = props.max ?? 100;
  const times = props.points.map((p) => p.at.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  // One point, or all on one day: spread the axis a little so that the point sits in the middle.
  const span = last - first || 30 * 24 * 3600_000;
  const x = scaleUtc()
    .domain([new Date(first - (last === first ? span : 0)), new Date(last + (last === first ? span : 0))])
    .range([pad.left, WIDTH - pad.right]);
  const y = scaleLinear()
    .domain([0, max])
    .range([height - pad.bottom, pad.top]);
  const path = line<{ at: Date; value: number }>()
    .x((p) => x(p.at))
    .y((p) => y(p.value))(props.points);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      class="chart"
      role="img"
      aria-labelledby={`${props.id}-title`}
      focusable="false"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {y.ticks(5).map((v) => (
        <g key={v}>
          <line x1={pad.left} x2={WIDTH - pad.right} y1={y(v)} y2={y(v)} class="chart-grid" />
          <text x={pad.left - 8} y={y(v) + 4} class="chart-axis" text-anchor="end">
            {formatNumber(locale, v)}
          </text>
        </g>
      ))}
      {path && <path d={path} class="chart-line" />}
      {props.points.map((p) => (
        <g key={p.at.toISOString()}>
          <circle cx={x(p.at)} cy={y(p.value)} r={5} class="chart-point" />
          <text x={x(p.at)} y={y(p.value) - 10} class="chart-value" text-anchor="middle">
            {formatNumber(locale, p.value)}
          </text>
          <text x={x(p.at)} y={height - 10} class="chart-axis" text-anchor="middle">
            {props.formatDate(p.at)}
          </text>
        </g>
      ))}
    </svg>
  );
}

import { useView } from '../../../platform/ui/context.ts';
import { MAP_HEIGHT, MAP_WIDTH, mapOf } from '../map.ts';

/** Belgium with the results as numbered points, the same numbers as the list: an SVG, no script, no tiles. */
export function ResultsMap(props: { points: { lat: number; lon: number }[] }) {
  const { t } = useView();
  const { d, points } = mapOf(props.points);
  return (
    <figure class="hp-map">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-labelledby="hp-map-title">
        <title id="hp-map-title">{t('helppoints.map')}</title>
        <path d={d} class="hp-map__land" />
        {points.map((p) => (
          <g key={p.n}>
            <circle cx={p.x} cy={p.y} r="7" class="hp-map__point" />
            <text x={p.x} y={p.y + 3.5} text-anchor="middle" class="hp-map__n">
              {p.n}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

import { createRequire } from 'node:module';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';

/**
 * The finder's map, drawn on the server: Belgium's outline from Natural Earth (world-atlas, public domain, at
 * 1:50m, a few kilobytes of path) and the results as numbered points. No JavaScript, no tile server.
 */

export const MAP_WIDTH = 320;
export const MAP_HEIGHT = 260;
/** Belgium's ISO 3166 numeric code, the feature's id in world-atlas. */
const BELGIUM = '056';

interface Outline {
  d: string;
  project: (lonLat: [number, number]) => [number, number] | null;
}
let outline: Outline | undefined;

function belgium(): Outline {
  if (outline) return outline;
  const world = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology<{
    countries: { type: 'GeometryCollection'; geometries: GeometryObject[] };
  }>;
  const countries = feature(world, world.objects.countries);
  const be = countries.features.find((f) => f.id === BELGIUM);
  if (!be) throw new Error('world-atlas has no Belgium');
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [MAP_WIDTH - 8, MAP_HEIGHT - 8],
    ],
    be,
  );
  outline = { d: geoPath(projection).digits(1)(be) ?? '', project: (p) => projection(p) };
  return outline;
}

export interface MapPoint {
  /** The number shown beside the point, the same as in the list. */
  n: number;
  x: number;
  y: number;
}

/** Belgium's outline and where each result falls on it, in the SVG's units. */
export function mapOf(points: { lat: number; lon: number }[]): { d: string; points: MapPoint[] } {
  const { d, project } = belgium();
  return {
    d,
    points: points.flatMap((p, i) => {
      const xy = project([p.lon, p.lat]);
      return xy ? [{ n: i + 1, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 }] : [];
    }),
  };
}

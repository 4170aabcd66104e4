import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { jsonStream, mapRows } from '../../platform/http/download.ts';
import { AppError } from '../../platform/http/errors.ts';
import { parseOr400 } from '../../platform/http/validate.ts';
import { labelOf } from '../../platform/i18n/labelled-lists.ts';
import { servicesOf, structureOf } from './data-inclusion.ts';
import type { HelpPointsFeatureService } from './feature.ts';
import { finderQuery } from './fields.ts';
import type { Found } from './finder.ts';
import { POINT_COLUMNS } from './import.ts';
import { FINDER_PAGE_SIZE, isStale } from './points.ts';
import type { HelpPoint } from './queries/points.ts';

/** The CSV's columns, documented in docs/help-points.md; lists are codes separated by spaces. */
export const CSV_COLUMNS = [
  'id',
  'source',
  'source_id',
  'structure',
  'structure_kbo',
  ...POINT_COLUMNS,
  'checked_at',
  'url',
] as const;

/** The help points as open data (CSV, GeoJSON, data·inclusion) and through the API with the finder's filters. */
export function helpPointsOpenData(app: FastifyInstance, deps: Deps, svc: HelpPointsFeatureService): void {
  const pageUrl = (id: string) => `${deps.config.baseUrl}/fr/help-points/${id}`;
  const download = { config: { skipSession: true } };
  const every = () => svc.points.all();

  app.get('/open-data/help-points.csv', download, async (_req, reply) =>
    reply.csv(
      'inclusio-help-points.csv',
      CSV_COLUMNS,
      mapRows(every(), ({ point: p, structure, kbo }) => ({
        id: p.id,
        source: p.source,
        source_id: p.sourceId,
        structure,
        structure_kbo: kbo,
        name: p.name,
        kind: p.kind,
        street: p.street,
        postcode: p.postcode,
        commune: p.commune,
        // Only where the manager placed it: otherwise all we know is the postcode (and a re-import keeps it so).
        latitude: p.placed ? p.lat : null,
        longitude: p.placed ? p.lon : null,
        phone: p.phone,
        email: p.email,
        website: p.website,
        opening_hours: p.hours,
        services: p.services,
        access: p.access,
        booking_url: p.bookingUrl,
        free: p.free ? 'yes' : 'no',
        languages: p.languages,
        accessibility: p.accessibility,
        audiences: p.audiences,
        summary: p.summary,
        description: p.description,
        checked_at: p.checkedAt.toISOString(),
        url: pageUrl(p.id),
      })),
    ),
  );

  app.get('/open-data/help-points.geojson', download, async (_req, reply) => {
    const head = `{"type":"FeatureCollection","generatedAt":${JSON.stringify(deps.clock.now().toISOString())},"features":[`;
    const features = mapRows(every(), ({ point: p, structure }) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { ...publicPoint(p, svc, pageUrl(p.id)), structure },
    }));
    return reply
      .saveAs('inclusio-help-points.geojson', { type: 'application/geo+json; charset=utf-8' })
      .send(jsonStream(features, head, ']}'));
  });

  app.get('/open-data/data-inclusion/structures.json', download, async (_req, reply) =>
    reply
      .saveAs('structures.json', { type: 'application/json; charset=utf-8' })
      .send(jsonStream(mapRows(every(), ({ point }) => structureOf(point, pageUrl(point.id))))),
  );

  app.get('/open-data/data-inclusion/services.json', download, async (_req, reply) => {
    async function* services() {
      for await (const { point } of every()) yield* servicesOf(point, svc.lists, pageUrl(point.id));
    }
    return reply
      .saveAs('services.json', { type: 'application/json; charset=utf-8' })
      .send(jsonStream(services()));
  });

  const query = finderQuery(svc.lists);
  app.get('/api/v1/help-points', download, async (req) => {
    const q = parseOr400(query, req.query);
    if (!q.where && !q.near) throw new AppError('required', 400, { where: 'required' });
    const r = await svc.points.search(q);
    if (!r?.place) throw new AppError('helppoint.place_unknown', 400, { where: 'helppoint.place_unknown' });
    return {
      place: {
        name: r.place.name,
        postcode: r.place.postcode,
        latitude: r.place.lat,
        longitude: r.place.lon,
      },
      items: r.results.map((f) => apiItem(f, svc, pageUrl(f.point.id), deps.clock.now())),
      total: r.total,
      page: q.page,
      pageSize: FINDER_PAGE_SIZE,
    };
  });
}

/** What the GeoJSON and the API say of a point: its public page's facts, codes with their French labels. */
function publicPoint(p: HelpPoint, svc: HelpPointsFeatureService, url: string) {
  return {
    name: p.name,
    kind: p.kind,
    summary: p.summary,
    street: p.street,
    postcode: p.postcode,
    commune: p.commune,
    phone: p.phone,
    email: p.email,
    website: p.website,
    openingHours: p.hours,
    services: p.services.map((code) => ({ code, label: labelOf(svc.lists.services, code, 'fr') })),
    access: p.access,
    bookingUrl: p.bookingUrl,
    free: p.free,
    languages: p.languages,
    accessibility: p.accessibility,
    audiences: p.audiences,
    checkedAt: p.checkedAt.toISOString(),
    url,
  };
}

function apiItem(f: Found<HelpPoint>, svc: HelpPointsFeatureService, url: string, now: Date) {
  const s = f.status;
  return {
    id: f.point.id,
    ...publicPoint(f.point, svc, url),
    latitude: f.point.lat,
    longitude: f.point.lon,
    distanceKm: Math.round(f.km * 100) / 100,
    status: {
      state: s.state,
      until: s.state === 'open' ? (s.until?.toISOString() ?? null) : null,
      opensAt: s.state === 'closed' ? (s.opens?.toISOString() ?? null) : null,
    },
    outOfDate: isStale(f.point, now),
  };
}

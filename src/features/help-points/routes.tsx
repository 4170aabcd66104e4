import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { HelpPointsFeatureService } from './feature.ts';
import { finderQuery } from './fields.ts';
import { nextExceptions, readHours, statusAt, weekOf } from './hours.ts';
import { manageHelpPoints } from './manage-routes.tsx';
import { FinderPage } from './pages/finder.tsx';
import { PointPage } from './pages/point.tsx';
import { sheetPdf } from './sheet.ts';

/** The public pages (the finder and each help point), then the managers' and the secretariat's. */
export function helpPointsPages(app: FastifyInstance, deps: Deps, svc: HelpPointsFeatureService) {
  const query = finderQuery(svc.lists);

  app.get('/help-points', async (req, reply) => {
    const q = parseOr400(query, req.query);
    const result = await svc.points.search(q);
    // What the form shows again: the query as typed, without the page.
    const values = Object.fromEntries(
      Object.entries(req.query as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '' && e[0] !== 'page',
      ),
    );
    return reply.page({
      title: translator(req.locale)('helppoints.title'),
      body: (
        <FinderPage
          lists={svc.lists}
          query={q}
          values={{ open: '', ...values }}
          result={result}
          now={deps.clock.now()}
          tiles={deps.config.mapTiles}
        />
      ),
    });
  });

  app.get<{ Params: { id: string } }>('/help-points/:id', async (req, reply) => {
    const point = await svc.points.get(idParam(req.params.id));
    const helpers = await svc.helpers(point.organisationId);
    const now = deps.clock.now();
    const hours = readHours(point.hours);
    return reply.page({
      title: point.name,
      body: (
        <PointPage
          point={point}
          lists={svc.lists}
          status={statusAt(hours, now)}
          week={hours ? weekOf(hours, now) : null}
          exceptions={point.hoursForm ? nextExceptions(point.hoursForm, now) : []}
          now={now}
          helpers={helpers}
        />
      ),
    });
  });

  // The door sheet: public, like the page it summarises.
  app.get<{ Params: { id: string } }>('/help-points/:id/sheet.pdf', async (req, reply) => {
    const point = await svc.points.get(idParam(req.params.id));
    const url = `${deps.config.baseUrl}/${req.locale}/help-points/${point.id}`;
    const pdf = await sheetPdf(point, svc.lists, req.locale, url, deps.clock.now());
    return reply
      .saveAs(`help-point-${point.id}-${req.locale}.pdf`, { type: 'application/pdf', inline: true })
      .send(pdf);
  });

  manageHelpPoints(app, deps, svc);
}

const LEAFLET = path.dirname(createRequire(import.meta.url).resolve('leaflet/dist/leaflet.js'));
const LEAFLET_FILES = { 'leaflet.js': 'text/javascript', 'leaflet.css': 'text/css' } as Record<
  string,
  string
>;

/** Leaflet's two files, served from its package, for the finder's interactive map (when tiles are set). */
export function leafletAssets(app: FastifyInstance) {
  app.get<{ Params: { file: string } }>(
    '/static/leaflet/:file',
    { config: { skipSession: true } },
    async (req, reply) => {
      const type = LEAFLET_FILES[req.params.file];
      if (!type) throw notFound();
      return reply
        .type(`${type}; charset=utf-8`)
        .header('cache-control', 'public, max-age=86400')
        .send(await fs.readFile(path.join(LEAFLET, req.params.file)));
    },
  );
}

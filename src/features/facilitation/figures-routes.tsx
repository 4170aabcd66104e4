import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { isoDate, token } from '../../platform/http/fields.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { MIN_GROUP } from '../../platform/stats.ts';
import { REGIONS } from '../organisations/schema.ts';
import { FIGURE_COLUMNS, figureLines, xlsxStream } from './exports.ts';
import type { LogService } from './log.ts';
import { type FigureFilters, FiguresPage } from './pages/figures.tsx';
import { exportColumns } from './queries/log.ts';
import type { StatisticsService, Stats, StatsFilter, StatsScope } from './statistics.ts';
import { KINDS } from './taxonomy.ts';
import type { Themes } from './themes.ts';

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());
/** The filters of every figures page, export and the API: all optional, each checked. */
export const figuresQuery = z
  .object({
    from: optional(isoDate()),
    to: optional(isoDate()),
    kind: optional(z.enum(KINDS, 'invalid')),
    theme: optional(z.string().regex(/^[a-z_]{1,40}$/, 'invalid')),
    structure: optional(z.uuid('invalid')),
    helpPoint: optional(z.uuid('invalid')),
    region: optional(z.enum(REGIONS, 'invalid')),
    area: optional(z.string().regex(/^\d{1,4}$/, 'figures.area_invalid')),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'figures.to_before_from', path: ['to'] });

type P = { Params: { id: string } };
type Format = 'page' | 'csv' | 'xlsx';

/**
 * The statistics pages: a helper's own, a structure's, a network's, the public one and a share link's, each
 * also as CSV and XLSX with the filters written first. One function per view; the three forms are one route each.
 */
export function figuresPages(
  app: FastifyInstance,
  deps: Deps,
  svc: StatisticsService,
  log: LogService,
  themes: Themes,
) {
  const send = (
    req: FastifyRequest,
    reply: FastifyReply,
    format: Format,
    v: {
      title: string;
      intro: string;
      path: string;
      stats: Stats;
      filter: StatsFilter;
      filters: FigureFilters;
      file: string;
    },
  ) => {
    const t = translator(req.locale);
    if (format === 'page')
      return reply.page({
        title: v.title,
        body: <FiguresPage {...v} themes={themes} />,
      });
    const lines = figureLines(v.stats, v.filter, t, req.locale, themes);
    if (format === 'csv') return reply.csv(`${v.file}.csv`, FIGURE_COLUMNS, lines);
    return reply
      .saveAs(`${v.file}.xlsx`, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
      .send(xlsxStream(t('figures.title'), FIGURE_COLUMNS, lines));
  };

  /** One view in its three forms: /path, /path.csv and /path.xlsx. */
  const view = (
    path: string,
    build: (req: FastifyRequest, f: StatsFilter) => Promise<Parameters<typeof send>[3]>,
  ) => {
    for (const format of ['page', 'csv', 'xlsx'] as const)
      app.get(format === 'page' ? path : `${path}.${format}`, async (req, reply) => {
        const f = parseOr400(figuresQuery, req.query);
        return send(req, reply, format, await build(req, f));
      });
  };
  const tr = (req: FastifyRequest) => translator(req.locale);

  view('/facilitation/figures', async (req, f) => ({
    title: tr(req)('figures.public_title'),
    intro: tr(req)('figures.public_intro'),
    path: '/facilitation/figures',
    stats: await svc.view(req.user, { kind: 'public' }, f),
    filter: f,
    filters: { structures: [], areas: true },
    file: 'inclusio-support-sessions',
  }));
  view('/facilitation/figures/mine', async (req, f) => {
    const stats = await svc.view(req.user, { kind: 'own' }, f);
    return {
      title: tr(req)('figures.mine_title'),
      intro: tr(req)('figures.mine_intro'),
      path: '/facilitation/figures/mine',
      stats,
      filter: f,
      filters: { structures: stats.structures, areas: false },
      file: 'inclusio-my-support-sessions',
    };
  });
  view('/facilitation/structures/:id/figures', async (req, f) => {
    const id = idParam((req.params as P['Params']).id);
    const scope: StatsScope = { kind: 'structure', id };
    const stats = await svc.view(req.user, scope, f);
    return {
      title: tr(req)('figures.structure_title'),
      intro: tr(req)('figures.structure_intro'),
      path: `/facilitation/structures/${id}/figures`,
      stats,
      filter: f,
      filters: { structures: [], areas: false },
      file: `inclusio-structure-${id}`,
    };
  });
  view('/facilitation/networks/:id/figures', async (req, f) => {
    const id = idParam((req.params as P['Params']).id);
    const stats = await svc.view(req.user, { kind: 'network', id }, f);
    return {
      title: tr(req)('figures.network_title'),
      intro: tr(req)('figures.network_intro'),
      path: `/facilitation/networks/${id}/figures`,
      stats,
      filter: f,
      filters: { structures: stats.structures, areas: false },
      file: `inclusio-network-${id}`,
    };
  });
  const tokenParams = z.object({ token: token() });
  view('/facilitation/shared/:token', async (req, f) => {
    const { token: tok } = parseOr400(tokenParams, req.params);
    const shared = await svc.shared(tok, f);
    return {
      title: tr(req)('figures.shared_title', { name: shared.subject.name }),
      intro: tr(req)('figures.shared_intro'),
      path: `/facilitation/shared/${tok}`,
      stats: shared.stats,
      filter: f,
      filters: { structures: shared.stats.structures, areas: false },
      file: 'inclusio-shared-figures',
    };
  });

  // A structure's entries, one line each, for its managers: streamed in batches.
  app.get<P>('/facilitation/structures/:id/entries.csv', async (req, reply) => {
    const id = idParam(req.params.id);
    const rows = await log.exportRows(req.user, id);
    return reply.csv(`inclusio-structure-${id}-entries.csv`, Object.keys(exportColumns), rows);
  });
}

/** The public aggregates as JSON: small groups hidden, the same filters as the page. */
export function figuresApi(app: FastifyInstance, svc: StatisticsService) {
  app.get('/api/v1/facilitation/stats', async (req) => {
    const f = parseOr400(figuresQuery, req.query);
    if (f.structure) throw new AppError('invalid', 400, { structure: 'invalid' });
    const { structures: _s, points: _p, ...stats } = await svc.view(null, { kind: 'public' }, f);
    return { filter: f, minGroup: MIN_GROUP, ...stats };
  });
}

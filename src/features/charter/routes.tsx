import type { FastifyInstance } from 'fastify';
import { notFound } from '../../platform/http/errors.ts';
import { translator } from '../../platform/i18n/index.ts';
import { CharterAdminPage, CharterPage } from './pages.tsx';
import type { CharterService } from './service.ts';

export function charterPages(app: FastifyInstance, svc: CharterService) {
  app.get('/charter', async (req, reply) =>
    reply.page({
      title: translator(req.locale)('charter.title'),
      body: <CharterPage charter={await svc.current()} />,
    }),
  );
  app.get('/admin/charter', async (req, reply) =>
    reply.page({
      title: translator(req.locale)('charter_admin.title'),
      body: <CharterAdminPage overview={await svc.overview(req.user)} />,
    }),
  );
  app.post<{ Params: { version: string } }>('/admin/charter/:version/publish', async (req, reply) => {
    if (!/^\d{1,4}$/.test(req.params.version)) throw notFound();
    await svc.publish(req.user, Number(req.params.version), req.ip);
    return reply.flash({ kind: 'success', key: 'charter_admin.published_done' }).see('/admin/charter');
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { editorRoutes } from '../../platform/http/editor.ts';
import { localizedValues, page } from '../../platform/http/fields.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { templateSchema } from './fields.ts';
import { TemplateFormPage, TemplatesPage } from './pages.tsx';
import type { Template } from './queries.ts';
import { TEMPLATES_PAGE_SIZE, type TemplatesService } from './service.ts';

type P = { Params: { id: string; tid: string } };

const formValues = (tpl: Template) => ({
  commitment: tpl.commitment,
  ...localizedValues('title', tpl.title),
  ...localizedValues('description', tpl.description),
  ...localizedValues('indicator', tpl.indicator),
  unit: tpl.unit ?? undefined,
  target: tpl.target?.toString(),
  published: tpl.published ? 'yes' : undefined,
});

export function templatePages(app: FastifyInstance, svc: TemplatesService) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const pageQuery = z.object({ page: page() });

  app.get('/admin/templates', async (req, reply) => {
    const { page: p } = parseOr400(pageQuery, req.query);
    const list = await svc.list(req.user, p);
    return reply.page({
      title: t(req)('templates.title'),
      body: <TemplatesPage list={list} page={p} pageSize={TEMPLATES_PAGE_SIZE} />,
    });
  });

  editorRoutes(app, {
    base: '/admin/templates',
    schema: templateSchema,
    saved: 'templates.saved',
    guard: (req) => svc.requireSecretariat(req.user),
    load: (req, id) => svc.get(req.user, id),
    values: formValues,
    initial: { commitment: 'C1' },
    render: (req, reply, form, status, tpl) =>
      reply.page({
        title: t(req)(tpl ? 'templates.edit' : 'templates.new'),
        status,
        body: <TemplateFormPage form={form} templateId={tpl?.id} />,
      }),
    create: async (req, data) => {
      await svc.create(req.user, data);
      return '/admin/templates';
    },
    update: async (req, tpl, data) => {
      await svc.update(req.user, tpl.id, data);
      return '/admin/templates';
    },
  });

  /** Adopting a suggestion lands on the new objective's form, to adapt it straight away. */
  app.post<P>('/organisations/:id/plan/templates/:tid/adopt', async (req, reply) => {
    const orgId = idParam(req.params.id);
    const objective = await svc.adopt(req.user, orgId, idParam(req.params.tid), req.locale);
    return reply
      .flash({ kind: 'success', key: 'templates.adopted' })
      .see(`/organisations/${orgId}/plan/objectives/${objective.id}/edit`);
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { localizedValues, page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
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

  const formPage = (req: FastifyRequest, reply: FastifyReply, form: FormState, status: number, id?: string) =>
    reply.page({
      title: t(req)(id ? 'templates.edit' : 'templates.new'),
      status,
      hasErrors: status !== 200,
      body: <TemplateFormPage form={form} templateId={id} />,
    });
  const saved = (reply: FastifyReply) =>
    reply.flash({ kind: 'success', key: 'templates.saved' }).see('/admin/templates');

  app.get('/admin/templates/new', async (req, reply) => {
    svc.requireSecretariat(req.user);
    return formPage(req, reply, emptyForm({ commitment: 'C1' }), 200);
  });
  app.post('/admin/templates/new', async (req, reply) => {
    svc.requireSecretariat(req.user);
    return submitForm(
      req,
      templateSchema,
      (form, status) => formPage(req, reply, form, status),
      async (data) => {
        await svc.create(req.user, data);
        return saved(reply);
      },
    );
  });
  app.get<P>('/admin/templates/:tid/edit', async (req, reply) => {
    const tpl = await svc.get(req.user, idParam(req.params.tid));
    return formPage(req, reply, emptyForm(formValues(tpl)), 200, tpl.id);
  });
  app.post<P>('/admin/templates/:tid/edit', async (req, reply) => {
    const tpl = await svc.get(req.user, idParam(req.params.tid));
    return submitForm(
      req,
      templateSchema,
      (form, status) => formPage(req, reply, form, status, tpl.id),
      async (data) => {
        await svc.update(req.user, tpl.id, data);
        return saved(reply);
      },
    );
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

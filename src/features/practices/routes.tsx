import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { LOCALES, translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import { REGIONS, SECTORS } from '../organisations/schema.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { practiceSchema, returnSchema } from './fields.ts';
import { PracticeFormPage, PracticePage, PracticesPage, QueuePage } from './pages.tsx';
import type { Practice } from './queries.ts';
import { TARGET_GROUPS } from './schema.ts';
import { PRACTICES_PAGE_SIZE, type PracticesService } from './service.ts';

type P = { Params: { id: string } };

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());
export const practiceQuery = z.object({
  q: optional(z.string().trim().max(200, 'too_long')),
  commitment: optional(z.enum(COMMITMENT_CODES, 'invalid')),
  obstacle: optional(z.uuid('invalid')),
  target: optional(z.enum(TARGET_GROUPS, 'invalid')),
  sector: optional(z.enum(SECTORS, 'invalid')),
  region: optional(z.enum(REGIONS, 'invalid')),
  lang: optional(z.enum(LOCALES, 'invalid')),
  page: page(),
});

const formValues = (p: Practice, obstacleIds: string[]) => ({
  title: p.title,
  summary: p.summary,
  body: p.body,
  lang: p.lang,
  commitments: p.commitments.join(','),
  obstacles: obstacleIds.join(','),
  targetGroups: p.targetGroups.join(','),
  sector: p.sector,
  region: p.region,
  results: p.results ?? undefined,
  contact: p.contact ?? undefined,
  links: p.links.join('\n'),
});

export function practicePages(
  app: FastifyInstance,
  svc: PracticesService,
  organisations: OrganisationsService,
  obstacles: ObstaclesService,
) {
  const t = (req: FastifyRequest) => translator(req.locale);

  app.get('/practices', async (req, reply) => {
    const { page: p, ...f } = parseOr400(practiceQuery, req.query);
    const [results, catalogue] = await Promise.all([svc.search(f, p), obstacles.list()]);
    return reply.page({
      title: t(req)('practice.title'),
      body: (
        <PracticesPage
          results={results}
          filter={f}
          obstacles={catalogue}
          page={p}
          pageSize={PRACTICES_PAGE_SIZE}
        />
      ),
    });
  });

  const show = async (req: FastifyRequest<P>, reply: FastifyReply, form: FormState, status: number) => {
    const v = await svc.view(req.user, idParam(req.params.id));
    return reply.page({
      title: v.practice.title,
      status,
      hasErrors: status !== 200,
      body: (
        <PracticePage
          v={v}
          obstacles={await obstacles.list()}
          isAdmin={req.user?.role === 'admin'}
          form={form}
        />
      ),
    });
  };
  app.get<P>('/practices/:id', (req, reply) => show(req, reply, emptyForm(), 200));

  const formPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status: number,
    action: string,
    orgName: string,
    editing: boolean,
  ) =>
    reply.page({
      title: t(req)(editing ? 'practice.edit' : 'practice.new'),
      status,
      hasErrors: status !== 200,
      body: (
        <PracticeFormPage
          form={form}
          obstacles={await obstacles.list()}
          action={`/${req.locale}${action}`}
          orgName={orgName}
          editing={editing}
        />
      ),
    });

  app.get<P>('/organisations/:id/practices/new', async (req, reply) => {
    const id = idParam(req.params.id);
    await organisations.requireMember(req.user, id);
    const o = await organisations.byId(id);
    return formPage(
      req,
      reply,
      emptyForm({ lang: req.locale, sector: o?.sector, region: o?.region, commitments: 'C1' }),
      200,
      `/organisations/${id}/practices/new`,
      o?.legalName ?? '',
      false,
    );
  });
  app.post<P>('/organisations/:id/practices/new', async (req, reply) => {
    const id = idParam(req.params.id);
    await organisations.requireMember(req.user, id);
    const o = await organisations.byId(id);
    return submitForm(
      req,
      practiceSchema,
      (form, status) =>
        formPage(req, reply, form, status, `/organisations/${id}/practices/new`, o?.legalName ?? '', false),
      async (data) => {
        const p = await svc.submit(req.user, id, data);
        return reply.flash({ kind: 'success', key: 'practice.submitted' }).see(`/practices/${p.id}`);
      },
    );
  });

  app.get<P>('/practices/:id/edit', async (req, reply) => {
    const v = await svc.editable(req.user, idParam(req.params.id));
    return formPage(
      req,
      reply,
      emptyForm(formValues(v.practice, v.obstacleIds)),
      200,
      `/practices/${v.practice.id}/edit`,
      v.organisationName,
      true,
    );
  });
  app.post<P>('/practices/:id/edit', async (req, reply) => {
    const v = await svc.editable(req.user, idParam(req.params.id));
    return submitForm(
      req,
      practiceSchema,
      (form, status) =>
        formPage(req, reply, form, status, `/practices/${v.practice.id}/edit`, v.organisationName, true),
      async (data) => {
        await svc.update(req.user, v.practice.id, data);
        return reply.flash({ kind: 'success', key: 'practice.submitted' }).see(`/practices/${v.practice.id}`);
      },
    );
  });

  const pageQuery = z.object({ page: page() });
  app.get('/admin/practices', async (req, reply) => {
    const { page: p } = parseOr400(pageQuery, req.query);
    return reply.page({
      title: t(req)('practice.queue'),
      body: <QueuePage queue={await svc.queue(req.user, p)} page={p} pageSize={PRACTICES_PAGE_SIZE} />,
    });
  });
  app.post<P>('/admin/practices/:id/publish', async (req, reply) => {
    const id = idParam(req.params.id);
    await svc.publish(req.user, id);
    return reply.flash({ kind: 'success', key: 'practice.published' }).see('/admin/practices');
  });
  app.post<P>('/admin/practices/:id/return', async (req, reply) => {
    const id = idParam(req.params.id);
    svc.requireSecretariat(req.user);
    return submitForm(
      req,
      returnSchema,
      (form, status) => show(req, reply, form, status),
      async ({ comment }) => {
        await svc.returnToAuthor(req.user, id, comment);
        return reply.flash({ kind: 'success', key: 'practice.returned' }).see('/admin/practices');
      },
    );
  });
}

/** Published practices as JSON, with the same search and filters as the library page. */
export function practiceApi(app: FastifyInstance, svc: PracticesService) {
  app.get('/api/v1/practices', async (req) => {
    const { page: p, ...f } = parseOr400(practiceQuery, req.query);
    const { rows, total } = await svc.search(f, p, 50);
    return { total, page: p, pageSize: 50, practices: rows };
  });
}

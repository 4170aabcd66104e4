import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { mapRows } from '../../platform/http/download.ts';
import { editorRoutes } from '../../platform/http/editor.ts';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { FileTooLargeError } from '../../platform/http/multipart.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { LOCALES, translator } from '../../platform/i18n/index.ts';
import type { Section } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import { REGIONS, SECTORS } from '../organisations/schema.ts';
import {
  adoptionSchema,
  attachmentSchema,
  practiceSchema,
  returnSchema,
  withdrawAdoptionSchema,
} from './fields.ts';
import { AdoptedPractices, PracticeFormPage, PracticesPage, QueuePage, SharedPractices } from './pages.tsx';
import { PracticePage } from './practice-page.tsx';
import type { OpenPractice, Practice } from './queries.ts';
import { TARGET_GROUPS } from './schema.ts';
import { ATTACHMENT_MAX_BYTES, PRACTICES_PAGE_SIZE, type PracticesService } from './service.ts';

type P = { Params: { id: string } };
type A = { Params: { id: string; attachmentId: string } };

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
  results: p.results ?? undefined,
  contact: p.contact ?? undefined,
  links: p.links.join('\n'),
});

/** On a signatory's public profile: the practices it shared, then those of others it adopted. */
export const practicesOnProfile =
  (svc: PracticesService): Section =>
  async ({ id }) => {
    const [shared, adopted] = await Promise.all([svc.sharedBy(id), svc.adoptedBy(id)]);
    return (
      <>
        <SharedPractices rows={shared} />
        <AdoptedPractices rows={adopted} />
      </>
    );
  };

export function practicePages(app: FastifyInstance, svc: PracticesService, obstacles: ObstaclesService) {
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
      body: (
        <PracticePage
          v={v}
          obstacles={await obstacles.list()}
          isAdmin={req.user?.role === 'admin'}
          signedIn={!!req.user}
          form={form}
        />
      ),
    });
  };
  app.get<P>('/practices/:id', (req, reply) => show(req, reply, emptyForm(), 200));

  app.get<A>('/practices/:id/attachments/:attachmentId', async (req, reply) => {
    const a = await svc.attachment(req.user, idParam(req.params.id), idParam(req.params.attachmentId));
    return reply
      .saveAs(a.filename, { type: 'application/pdf' })
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .send(a.bytes);
  });
  app.post<P>(
    '/practices/:id/attachments',
    {
      config: { multipart: { maxFileBytes: ATTACHMENT_MAX_BYTES } },
      // A file over the limit is refused while the body is read, before the handler runs: show the page
      // again with the message beside the field. Anything else goes on to the platform's error handler.
      errorHandler: async (err: FastifyError, req: FastifyRequest<P>, reply) => {
        if (!(err instanceof FileTooLargeError)) throw err;
        await svc.editable(req.user, idParam(req.params.id));
        return show(req, reply, { values: {}, errors: { file: 'attachment.too_large' } }, 413);
      },
    },
    async (req, reply) => {
      const v = await svc.editable(req.user, idParam(req.params.id));
      return submitForm(
        req,
        attachmentSchema,
        (form, status) => show(req, reply, form, status),
        async ({ file }) => {
          await svc.addAttachment(req.user, v.practice.id, file);
          return reply.flash({ kind: 'success', key: 'attachment.added' }).see(`/practices/${v.practice.id}`);
        },
      );
    },
  );
  app.post<A>('/practices/:id/attachments/:attachmentId/delete', async (req, reply) => {
    const id = idParam(req.params.id);
    await svc.removeAttachment(req.user, id, idParam(req.params.attachmentId));
    return reply.flash({ kind: 'success', key: 'attachment.removed' }).see(`/practices/${id}`);
  });

  app.post<P>('/practices/:id/adoption', async (req, reply) => {
    const id = idParam(req.params.id);
    return submitForm(
      req,
      adoptionSchema,
      (form, status) => show(req, reply, form, status),
      async ({ organisationId, note }) => {
        await svc.adopt(req.user, id, organisationId, note);
        return reply.flash({ kind: 'success', key: 'adoption.saved' }).see(`/practices/${id}`);
      },
    );
  });
  app.post<P>('/practices/:id/adoption/withdraw', async (req, reply) => {
    const id = idParam(req.params.id);
    const { organisationId } = parseOr400(withdrawAdoptionSchema, req.body);
    await svc.withdrawAdoption(req.user, id, organisationId);
    return reply.flash({ kind: 'success', key: 'adoption.withdrawn' }).see(`/practices/${id}`);
  });

  editorRoutes(app, {
    paths: { new: '/organisations/:id/practices/new', edit: '/practices/:id/edit' },
    schema: practiceSchema,
    saved: 'practice.submitted',
    guard: (req) => svc.author(req.user, idParam(req.params.id)),
    load: (req, id) => svc.editing(req.user, id),
    parentOf: (v) => v.author,
    values: (v) => formValues(v.practice, v.obstacleIds),
    initial: (req) => ({ lang: req.locale, commitments: 'C1' }),
    render: async (req, reply, form, status, v, author) =>
      reply.page({
        title: t(req)(v ? 'practice.edit' : 'practice.new'),
        status,
        body: (
          <PracticeFormPage
            form={form}
            obstacles={await obstacles.list()}
            action={`/${req.locale}${v ? `/practices/${v.practice.id}/edit` : `/organisations/${author.id}/practices/new`}`}
            org={author}
            editing={!!v}
          />
        ),
      }),
    create: async (req, data, author) => `/practices/${(await svc.submit(req.user, author.id, data)).id}`,
    update: async (req, v, data) => {
      await svc.update(req.user, v.practice.id, data);
      return `/practices/${v.practice.id}`;
    },
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

/** The stored name, in plain ASCII for old clients and in full (RFC 6266, RFC 5987) for the others. */
export const OPEN_DATA_COLUMNS = [
  'id',
  'url',
  'title',
  'summary',
  'body_markdown',
  'language',
  'commitments',
  'obstacles',
  'target_groups',
  'sector',
  'region',
  'results',
  'links',
  'attachments',
  'organisation_id',
  'organisation_name',
  'published_on',
  'adoptions',
] as const;

/** One practice in open data, documented in docs/open-data.md. The contact is left out: it may name a person. */
function openRow(p: OpenPractice, baseUrl: string) {
  const url = `${baseUrl}/${p.lang}/practices/${p.id}`;
  return {
    id: p.id,
    url,
    title: p.title,
    summary: p.summary,
    body_markdown: p.body,
    language: p.lang,
    commitments: p.commitments,
    obstacles: p.obstacles,
    target_groups: p.targetGroups,
    sector: p.sector,
    region: p.region,
    results: p.results ?? '',
    links: p.links,
    attachments: p.attachments.map((a) => `${url}/attachments/${a}`),
    organisation_id: p.organisationId,
    organisation_name: p.organisationName,
    published_on: p.publishedAt?.toISOString().slice(0, 10) ?? '',
    adoptions: p.adoptions,
  };
}

/** Published practices as JSON, with the same search and filters as the library page; and all of them as open data. */
export function practiceApi(app: FastifyInstance, deps: Deps, svc: PracticesService) {
  app.get('/api/v1/practices', async (req) => {
    const { page: p, ...f } = parseOr400(practiceQuery, req.query);
    const { rows, total } = await svc.search(f, p, 50);
    return { total, page: p, pageSize: 50, practices: rows };
  });

  const download = { config: { skipSession: true } };
  const rows = async () => {
    const out = [];
    for await (const p of svc.all()) out.push(openRow(p, deps.config.baseUrl));
    return out;
  };
  // In CSV, a list is one cell with its items separated by spaces (none of them holds a space).
  app.get('/open-data/practices.csv', download, async (_req, reply) =>
    reply.csv(
      'inclusio-practices.csv',
      OPEN_DATA_COLUMNS,
      mapRows(svc.all(), (p) => openRow(p, deps.config.baseUrl)),
    ),
  );
  app.get('/open-data/practices.json', download, async (_req, reply) =>
    reply
      .saveAs('inclusio-practices.json')
      .send({ generatedAt: deps.clock.now().toISOString(), columns: OPEN_DATA_COLUMNS, items: await rows() }),
  );
}

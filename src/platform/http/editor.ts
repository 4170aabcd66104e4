import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { MessageKey } from '../i18n/index.ts';
import { emptyForm, type FormState } from '../ui/context.ts';
import { submitForm } from './forms.ts';
import { idParam } from './validate.ts';

type Values = Record<string, string | undefined>;
type Req = FastifyRequest<{ Params: { id: string } }>;

/**
 * The four routes of records written through one form: `GET|POST <base>/new` and `GET|POST <base>/:id/edit`.
 * The service checks who may do what: `guard` before an empty form, `load` before an existing record.
 * After saving, a flash message and a redirect to the path `create` or `update` returns.
 */
export function editorRoutes<S extends z.ZodType, R extends { id: string }>(
  app: FastifyInstance,
  o: {
    base: string;
    schema: S;
    saved: MessageKey;
    guard: (req: FastifyRequest) => void | Promise<void>;
    load: (req: FastifyRequest, id: string) => Promise<R>;
    values: (record: R) => Values;
    initial?: Values;
    render: (
      req: FastifyRequest,
      reply: FastifyReply,
      form: FormState,
      status: number,
      record?: R,
    ) => FastifyReply | Promise<FastifyReply>;
    create: (req: FastifyRequest, data: z.output<S>) => Promise<string>;
    update: (req: FastifyRequest, record: R, data: z.output<S>) => Promise<string>;
  },
) {
  const save = (req: FastifyRequest, reply: FastifyReply, record: R | undefined) =>
    submitForm(
      req,
      o.schema,
      (form, status) => o.render(req, reply, form, status, record),
      async (data) => {
        const to = record ? await o.update(req, record, data) : await o.create(req, data);
        return reply.flash({ kind: 'success', key: o.saved }).see(to);
      },
    );

  app.get(`${o.base}/new`, async (req, reply) => {
    await o.guard(req);
    return o.render(req, reply, emptyForm(o.initial), 200);
  });
  app.post(`${o.base}/new`, async (req, reply) => {
    await o.guard(req);
    return save(req, reply, undefined);
  });
  app.get(`${o.base}/:id/edit`, async (req: Req, reply) => {
    const record = await o.load(req, idParam(req.params.id));
    return o.render(req, reply, emptyForm(o.values(record)), 200, record);
  });
  app.post(`${o.base}/:id/edit`, async (req: Req, reply) => {
    return save(req, reply, await o.load(req, idParam(req.params.id)));
  });
}

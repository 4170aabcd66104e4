import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { MessageKey } from '../i18n/index.ts';
import { emptyForm, type FormState } from '../ui/context.ts';
import { submitForm } from './forms.ts';
import { idParam } from './validate.ts';

type Values = Record<string, string | undefined>;
type Req = FastifyRequest<{ Params: Record<string, string> }>;

/**
 * The four routes of records written through one form: `GET|POST <new>` and `GET|POST <edit>`, where the
 * paths are `<base>/new` and `<base>/:id/edit` for records of their own, or given apart for records under a
 * parent (an organisation's objectives: `/organisations/:id/plan/objectives/new`, `…/objectives/:oid/edit`).
 * The record's id is the edit path's last parameter.
 *
 * The service checks who may do what: `guard` before an empty form (it returns the parent, loaded and checked
 * from the path, for the page and for `create`); `load` before an existing record, after `within` (what the
 * edit path names before the record, checked first); `parentOf` gives the edit page the new page's parent.
 * After saving, a flash message and a redirect to the path `create` or `update` returns; when that path points
 * at a part of a page (`…/plan#objective-1`), the message shows there.
 */
export function editorRoutes<S extends z.ZodType, R, P = void, C extends z.ZodType = S, W = void>(
  app: FastifyInstance,
  o: {
    base?: string;
    paths?: { new: string; edit: string };
    schema: S;
    /** When a new record takes other fields than an existing one (e.g. what the proposer brings). */
    createSchema?: C;
    saved: MessageKey;
    /** The message after creating, when it is not `saved`. */
    created?: MessageKey;
    guard: (req: Req) => P | Promise<P>;
    /** What the edit path names before the record (its organisation), loaded and checked first. */
    within?: (req: Req) => Promise<W>;
    load: (req: Req, id: string, within: W) => Promise<R>;
    parentOf?: (record: R) => P;
    values: (record: R) => Values;
    initial?: Values | ((req: Req, parent: P) => Values);
    render: (
      req: Req,
      reply: FastifyReply,
      form: FormState,
      status: number,
      record: R | undefined,
      parent: P,
    ) => FastifyReply | Promise<FastifyReply>;
    create: (req: Req, data: z.output<C>, parent: P) => Promise<string>;
    update: (req: Req, record: R, data: z.output<S>) => Promise<string>;
  },
) {
  const paths = o.paths ?? { new: `${o.base}/new`, edit: `${o.base}/:id/edit` };
  const idName = /:(\w+)\/edit$/.exec(paths.edit)?.[1];
  if (!idName) throw new Error(`${paths.edit}: an edit path ends with /:<id>/edit`);
  const load = async (req: Req) => {
    const within = o.within ? await o.within(req) : (undefined as W);
    const record = await o.load(req, idParam(req.params[idName]), within);
    // Records of their own have no parent: P is void there.
    return { record, parent: o.parentOf ? o.parentOf(record) : (undefined as P) };
  };
  const done = (reply: FastifyReply, key: MessageKey, to: string) => {
    const at = to.split('#')[1];
    return reply.flash({ kind: 'success', key, ...(at ? { at } : {}) }).see(to);
  };

  app.get<{ Params: Record<string, string> }>(paths.new, async (req, reply) => {
    const parent = await o.guard(req);
    const initial = typeof o.initial === 'function' ? o.initial(req, parent) : o.initial;
    return o.render(req, reply, emptyForm(initial), 200, undefined, parent);
  });
  app.post<{ Params: Record<string, string> }>(paths.new, async (req, reply) => {
    const parent = await o.guard(req);
    return submitForm(
      req,
      (o.createSchema ?? o.schema) as C,
      (form, status) => o.render(req, reply, form, status, undefined, parent),
      async (data) => done(reply, o.created ?? o.saved, await o.create(req, data, parent)),
    );
  });
  app.get<{ Params: Record<string, string> }>(paths.edit, async (req, reply) => {
    const { record, parent } = await load(req);
    return o.render(req, reply, emptyForm(o.values(record)), 200, record, parent);
  });
  app.post<{ Params: Record<string, string> }>(paths.edit, async (req, reply) => {
    const { record, parent } = await load(req);
    return submitForm(
      req,
      o.schema,
      (form, status) => o.render(req, reply, form, status, record, parent),
      async (data) => done(reply, o.saved, await o.update(req, record, data)),
    );
  });
}

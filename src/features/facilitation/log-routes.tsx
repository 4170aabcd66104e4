import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { collectiveSchema, countField, type individualSchema, logSchemaFor } from './fields.ts';
import { ENTRIES_PAGE_SIZE, type LogService, type SessionInput } from './log.ts';
import { EntriesPage } from './pages/entries.tsx';
import { entryValues, LogFormPage, usualValues } from './pages/log-form.tsx';
import { GROUP_DIMENSIONS, type GroupDimension, KINDS, type Kind } from './taxonomy.ts';
import type { Themes } from './themes.ts';

type P = { Params: { id: string } };
type Parsed = z.output<typeof individualSchema> | z.output<typeof collectiveSchema>;

const logQuery = z.object({
  kind: z.preprocess((v) => (v === '' ? undefined : v), z.enum(KINDS, 'invalid').optional()),
  same: z.preprocess((v) => (v === '' ? undefined : v), z.literal('last', 'invalid').optional()),
});
const pageQuery = z.object({ page: page() });

/** The form's fields as the service's input: minutes from a preset or typed, a group's counts gathered. */
function withMinutes(d: Parsed): SessionInput {
  const durationMin = d.duration === 'other' ? d.durationOther : Number(d.duration);
  if (durationMin === undefined)
    throw new AppError('log.duration_invalid', 422, { durationOther: 'log.duration_invalid' });
  const { duration: _d, durationOther: _o, next: _n, ...rest } = d as Parsed & Record<string, unknown>;
  if (d.kind === 'individual') return { ...(rest as unknown as SessionInput), durationMin };
  const counts: SessionInput['counts'] = {};
  for (const [dim, values] of Object.entries(GROUP_DIMENSIONS) as [GroupDimension, readonly string[]][])
    counts[dim] = Object.fromEntries(
      values.map((v) => [v, (d as Record<string, unknown>)[countField(dim, v)] as number | undefined]),
    );
  const c = d as z.output<typeof collectiveSchema>;
  return {
    clientKey: c.clientKey,
    organisationId: c.organisationId,
    kind: 'collective',
    happenedOn: c.happenedOn,
    durationMin,
    place: c.place,
    placePostcode: c.placePostcode,
    helpPointId: c.helpPointId,
    themes: c.themes,
    equipment: c.equipment,
    autonomy: c.autonomy,
    referral: c.referral,
    note: c.note,
    title: c.title,
    level: c.level,
    participants: c.participants,
    counts,
  };
}

/** The support-session log: the form, the helper's own entries, correcting and deleting them. */
export function logPages(app: FastifyInstance, svc: LogService, themes: Themes) {
  const t = (req: FastifyRequest) => translator(req.locale);

  const showForm = async (
    req: FastifyRequest,
    reply: FastifyReply,
    kind: Kind,
    form: FormState,
    status = 200,
  ) => {
    const f = await svc.form(req.user, kind);
    return reply.page({
      title: t(req)(kind === 'collective' ? 'log.title_collective' : 'log.title_individual'),
      status,
      body: (
        <LogFormPage
          kind={kind}
          form={form}
          action={`/${req.locale}/facilitation/log`}
          structures={f.structures}
          points={f.points}
          durations={f.durations}
          themes={themes}
          hasLast={!!f.last}
        />
      ),
    });
  };

  app.get('/facilitation/log', async (req, reply) => {
    const q = parseOr400(logQuery, req.query);
    const kind = q.kind ?? 'individual';
    const f = await svc.form(req.user, kind);
    const only = f.structures.length === 1 ? f.structures[0]?.id : undefined;
    const base =
      q.same && f.last
        ? { ...entryValues(f.last, f.lastCounts, f.durations), happenedOn: f.today, note: undefined }
        : usualValues(f.last, f.durations, f.today, only);
    return showForm(req, reply, kind, emptyForm({ ...base, kind, clientKey: randomUUID() }));
  });

  app.post('/facilitation/log', async (req, reply) => {
    const schema = logSchemaFor(req.body);
    const kind: Kind = schema === collectiveSchema ? 'collective' : 'individual';
    return submitForm(
      req,
      schema,
      (form, status) => showForm(req, reply, kind, form, status),
      async (d) => {
        await svc.log(req.user, withMinutes(d));
        const next = d.next === 'another' ? `/facilitation/log?kind=${kind}` : '/facilitation/entries';
        return reply.flash({ kind: 'success', key: 'log.saved' }).see(next);
      },
    );
  });

  app.get('/facilitation/entries', async (req, reply) => {
    const { page: p } = parseOr400(pageQuery, req.query);
    const list = await svc.entries(req.user, p);
    return reply.page({
      title: t(req)('log.entries_title'),
      body: <EntriesPage list={list} page={p} pageSize={ENTRIES_PAGE_SIZE} themes={themes} />,
    });
  });

  const showEdit = async (req: FastifyRequest<P>, reply: FastifyReply, form?: FormState, status = 200) => {
    const id = idParam(req.params.id);
    const { entry, counts } = await svc.editable(req.user, id);
    const f = await svc.form(req.user, entry.kind);
    return reply.page({
      title: t(req)('log.edit_title'),
      status,
      body: (
        <LogFormPage
          kind={entry.kind}
          form={form ?? emptyForm({ ...entryValues(entry, counts, f.durations), clientKey: entry.clientKey })}
          action={`/${req.locale}/facilitation/entries/${id}`}
          structures={f.structures}
          points={f.points}
          durations={f.durations}
          themes={themes}
          hasLast={false}
          editing={{ createdAt: entry.createdAt }}
        />
      ),
    });
  };
  app.get<P>('/facilitation/entries/:id', (req, reply) => showEdit(req, reply));
  app.post<P>('/facilitation/entries/:id', async (req, reply) => {
    const id = idParam(req.params.id);
    const { entry } = await svc.editable(req.user, id);
    const schema = logSchemaFor({ kind: entry.kind });
    return submitForm(
      req,
      schema,
      (form, status) => showEdit(req, reply, form, status),
      async (d) => {
        await svc.update(req.user, id, withMinutes(d));
        return reply.flash({ kind: 'success', key: 'log.changed' }).see('/facilitation/entries');
      },
    );
  });
  app.post<P>('/facilitation/entries/:id/delete', async (req, reply) => {
    await svc.remove(req.user, idParam(req.params.id));
    return reply.flash({ kind: 'success', key: 'log.deleted' }).see('/facilitation/entries');
  });
}

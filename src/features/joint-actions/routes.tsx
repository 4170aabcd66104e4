import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { Section } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { detailsSchema, joinSchema, leaveSchema, postSchema, proposeSchema, statusSchema } from './fields.ts';
import {
  JointActionFormPage,
  JointActionPage,
  JointActionsOfOrganisation,
  JointActionsPage,
} from './pages.tsx';
import type { JointAction } from './queries.ts';
import { JOINT_ACTION_STATUSES } from './schema.ts';
import { JOINT_ACTIONS_PAGE_SIZE, type JointActionsService, UPDATES_PAGE_SIZE } from './service.ts';

type P = { Params: { id: string } };

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());
export const jointActionQuery = z.object({
  status: optional(z.enum(JOINT_ACTION_STATUSES, 'invalid')),
  obstacle: optional(z.uuid('invalid')),
  page: page(),
});
const pageQuery = z.object({ page: page() });

const formValues = (a: JointAction, obstacleIds: string[]) => ({
  title: a.title,
  goal: a.goal,
  plan: a.plan,
  needs: a.needs ?? undefined,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  obstacles: obstacleIds.join(','),
});

/** On a signatory's public profile: the joint actions it takes part in. */
export const jointActionsOnProfile =
  (svc: JointActionsService): Section =>
  async ({ id }) => <JointActionsOfOrganisation rows={await svc.ofOrganisation(id)} />;

export function jointActionPages(
  app: FastifyInstance,
  svc: JointActionsService,
  organisations: OrganisationsService,
  obstacles: ObstaclesService,
) {
  const t = (req: FastifyRequest) => translator(req.locale);

  app.get('/joint-actions', async (req, reply) => {
    const { page: p, ...f } = parseOr400(jointActionQuery, req.query);
    const [list, catalogue, mine] = await Promise.all([
      svc.list(f, p),
      obstacles.list(),
      organisations.mineAsSignatories(req.user),
    ]);
    return reply.page({
      title: t(req)('joint.title'),
      body: (
        <JointActionsPage
          list={list}
          filter={f}
          obstacles={catalogue}
          page={p}
          pageSize={JOINT_ACTIONS_PAGE_SIZE}
          proposers={mine.filter((o) => o.live).map((o) => ({ id: o.id, name: o.legalName }))}
        />
      ),
    });
  });

  const show = async (req: FastifyRequest<P>, reply: FastifyReply, form: FormState, status: number) => {
    const { page: p } = parseOr400(pageQuery, req.query);
    const v = await svc.view(req.user, idParam(req.params.id), p);
    return reply.page({
      title: v.action.title,
      status,
      hasErrors: status !== 200,
      body: (
        <JointActionPage
          v={v}
          obstacles={await obstacles.list()}
          form={form}
          page={p}
          pageSize={UPDATES_PAGE_SIZE}
          signedIn={!!req.user}
        />
      ),
    });
  };
  app.get<P>('/joint-actions/:id', (req, reply) => show(req, reply, emptyForm(), 200));

  /** The forms of an action's page: each posts, then returns to the page with a message. */
  const onPage = <S extends z.ZodType>(
    path: string,
    schema: S,
    run: (req: FastifyRequest<P>, id: string, data: z.output<S>) => Promise<unknown>,
    done: 'joint.joined' | 'joint.posted' | 'joint.left' | 'joint.status_saved',
  ) =>
    app.post<P>(`/joint-actions/:id/${path}`, async (req, reply) => {
      const id = idParam(req.params.id);
      return submitForm(
        req,
        schema,
        (form, status) => show(req, reply, form, status),
        async (data) => {
          await run(req, id, data);
          return reply.flash({ kind: 'success', key: done }).see(`/joint-actions/${id}`);
        },
      );
    });
  onPage(
    'join',
    joinSchema,
    (req, id, d) => svc.join(req.user, id, d.organisationId, d.contribution),
    'joint.joined',
  );
  onPage(
    'updates',
    postSchema,
    (req, id, d) => svc.post(req.user, id, d.organisationId, d.body),
    'joint.posted',
  );
  onPage('leave', leaveSchema, (req, id, d) => svc.leave(req.user, id, d.organisationId), 'joint.left');
  onPage('status', statusSchema, (req, id, d) => svc.setStatus(req.user, id, d.status), 'joint.status_saved');

  const formPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status: number,
    action: string,
    orgName: string,
    proposing: boolean,
  ) =>
    reply.page({
      title: t(req)(proposing ? 'joint.propose' : 'joint.edit'),
      status,
      hasErrors: status !== 200,
      body: (
        <JointActionFormPage
          form={form}
          obstacles={await obstacles.list()}
          action={`/${req.locale}${action}`}
          orgName={orgName}
          proposing={proposing}
        />
      ),
    });

  app.get<P>('/organisations/:id/joint-actions/new', async (req, reply) => {
    const id = idParam(req.params.id);
    await organisations.requireMember(req.user, id);
    const o = await organisations.byId(id);
    const path = `/organisations/${id}/joint-actions/new`;
    return formPage(req, reply, emptyForm(), 200, path, o?.legalName ?? '', true);
  });
  app.post<P>('/organisations/:id/joint-actions/new', async (req, reply) => {
    const id = idParam(req.params.id);
    await organisations.requireMember(req.user, id);
    const o = await organisations.byId(id);
    const path = `/organisations/${id}/joint-actions/new`;
    return submitForm(
      req,
      proposeSchema,
      (form, status) => formPage(req, reply, form, status, path, o?.legalName ?? '', true),
      async ({ contribution, ...input }) => {
        const a = await svc.propose(req.user, id, input, contribution);
        return reply.flash({ kind: 'success', key: 'joint.proposed' }).see(`/joint-actions/${a.id}`);
      },
    );
  });

  app.get<P>('/joint-actions/:id/edit', async (req, reply) => {
    const v = await svc.editable(req.user, idParam(req.params.id));
    const path = `/joint-actions/${v.action.id}/edit`;
    return formPage(
      req,
      reply,
      emptyForm(formValues(v.action, v.obstacleIds)),
      200,
      path,
      v.organisationName,
      false,
    );
  });
  app.post<P>('/joint-actions/:id/edit', async (req, reply) => {
    const v = await svc.editable(req.user, idParam(req.params.id));
    const path = `/joint-actions/${v.action.id}/edit`;
    return submitForm(
      req,
      detailsSchema,
      (form, status) => formPage(req, reply, form, status, path, v.organisationName, false),
      async (data) => {
        await svc.update(req.user, v.action.id, data);
        return reply.flash({ kind: 'success', key: 'joint.saved' }).see(`/joint-actions/${v.action.id}`);
      },
    );
  });
}

/** Joint actions as JSON: every status, with obstacles (by slug) and public members. */
export function jointActionApi(app: FastifyInstance, svc: JointActionsService, obstacles: ObstaclesService) {
  app.get('/api/v1/joint-actions', async (req) => {
    const { page: p, ...f } = parseOr400(jointActionQuery, req.query);
    const [{ rows, total }, catalogue] = await Promise.all([svc.list(f, p, 50), obstacles.list()]);
    const slug = new Map(catalogue.map((o) => [o.id, o.slug]));
    return {
      total,
      page: p,
      pageSize: 50,
      jointActions: rows.map(({ obstacleIds, organisationSlug, organisationName, ...a }) => ({
        ...a,
        proposer: { name: organisationName, slug: organisationSlug },
        obstacles: obstacleIds.map((id) => slug.get(id)),
      })),
    };
  });
}

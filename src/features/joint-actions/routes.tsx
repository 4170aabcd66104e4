import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { editorRoutes } from '../../platform/http/editor.ts';
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

  editorRoutes(app, {
    paths: { new: '/organisations/:id/joint-actions/new', edit: '/joint-actions/:id/edit' },
    schema: detailsSchema,
    createSchema: proposeSchema,
    saved: 'joint.saved',
    created: 'joint.proposed',
    guard: (req) => svc.proposer(req.user, idParam(req.params.id)),
    load: (req, id) => svc.editable(req.user, id),
    parentOf: (v) => ({ id: v.action.organisationId, legalName: v.organisationName }),
    values: (v) => formValues(v.action, v.obstacleIds),
    render: async (req, reply, form, status, v, org) =>
      reply.page({
        title: t(req)(v ? 'joint.edit' : 'joint.propose'),
        status,
        body: (
          <JointActionFormPage
            form={form}
            obstacles={await obstacles.list()}
            action={`/${req.locale}${v ? `/joint-actions/${v.action.id}/edit` : `/organisations/${org.id}/joint-actions/new`}`}
            orgName={org.legalName}
            proposing={!v}
          />
        ),
      }),
    create: async (req, { contribution, ...input }, org) =>
      `/joint-actions/${(await svc.propose(req.user, org.id, input, contribution)).id}`,
    update: async (req, v, data) => {
      await svc.update(req.user, v.action.id, data);
      return `/joint-actions/${v.action.id}`;
    },
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

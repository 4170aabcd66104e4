import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/authorize.ts';
import { allRows, mapRows } from '../../platform/http/download.ts';
import { editorRoutes } from '../../platform/http/editor.ts';
import { notFound } from '../../platform/http/errors.ts';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { Section } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { REGIONS, SECTORS } from '../organisations/schema.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { Template } from '../templates/index.ts';
import { actionSchema, objectiveSchema, progressSchema, safetySchema, trainingSchema } from './fields.ts';
import { ActionFormPage, ObjectiveFormPage } from './pages/forms.tsx';
import { GridPage } from './pages/grid.tsx';
import { PlanPage } from './pages/plan.tsx';
import { PublicPlanSection } from './pages/public.tsx';
import { SafetyPage } from './pages/safety.tsx';
import { TrainingPage } from './pages/training.tsx';
import type { Action, Objective } from './queries.ts';
import { COMMITMENT_CODES } from './schema.ts';
import { GRID_PAGE_SIZE, type PlansService, TRAINING_PAGE_SIZE } from './service.ts';

// Nested paths name several ids (:id, :oid, :aid), as the editor routes read them.
type P = { Params: Record<string, string> };

const objectiveValues = (o: Objective) => ({
  commitment: o.commitment,
  title: o.title,
  description: o.description ?? undefined,
  indicator: o.indicator ?? undefined,
  unit: o.unit ?? undefined,
  baseline: o.baseline?.toString(),
  target: o.target?.toString(),
  deadline: o.deadline ?? undefined,
  isPublic: o.isPublic ? 'yes' : undefined,
});

const actionValues = (a: Action) => ({
  title: a.title,
  description: a.description ?? undefined,
  owner: a.owner ?? undefined,
  startDate: a.startDate ?? undefined,
  dueDate: a.dueDate ?? undefined,
  status: a.status,
  evidence: a.evidence.join('\n'),
  isPublic: a.isPublic ? 'yes' : undefined,
});

export function planPages(
  app: FastifyInstance,
  svc: PlansService,
  suggestions: (actor: Actor, organisationId: string) => Promise<Template[]>,
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const orgId = (req: FastifyRequest<P>) => idParam(req.params.id);
  /** The plan page; with a refused progress update, shown again beside its objective. */
  const planPage = async (
    req: FastifyRequest<P>,
    reply: FastifyReply,
    status = 200,
    progressForm?: { objectiveId: string; form: FormState },
  ) => {
    const plan = await svc.view(req.user, orgId(req));
    const suggested = await suggestions(req.user, plan.organisation.id);
    return reply.page({
      title: t(req)('plan.title'),
      status,
      body: (
        <PlanPage
          orgId={plan.organisation.id}
          orgName={plan.organisation.legalName}
          plan={plan}
          suggestions={suggested}
          progressForm={progressForm}
        />
      ),
    });
  };
  /** After a change, back to the same place in the plan, where the confirmation shows (FlashHere). */
  const back = (orgId: string, anchor: string) => `/organisations/${orgId}/plan#${anchor}`;
  const backTo = (reply: FastifyReply, orgId: string, anchor: string) =>
    reply.flash({ kind: 'success', key: 'plan.saved', at: anchor }).see(back(orgId, anchor));

  app.get<P>('/organisations/:id/plan', (req, reply) => planPage(req, reply));

  editorRoutes(app, {
    paths: {
      new: '/organisations/:id/plan/objectives/new',
      edit: '/organisations/:id/plan/objectives/:oid/edit',
    },
    schema: objectiveSchema,
    saved: 'plan.saved',
    guard: (req) => svc.writable(req.user, orgId(req)),
    within: (req) => svc.organisation(req.user, orgId(req)),
    load: async (req, oid, org) => ({ org, objective: await svc.objective(req.user, org.id, oid) }),
    parentOf: (r) => r.org,
    values: (r) => objectiveValues(r.objective),
    initial: (req) => {
      const code = (req.query as Record<string, unknown>).commitment;
      return { commitment: COMMITMENT_CODES.find((c) => c === code) ?? 'C1' };
    },
    render: (req, reply, form, status, r, org) =>
      reply.page({
        title: t(req)(r ? 'plan.edit_objective' : 'plan.new_objective'),
        status,
        body: (
          <ObjectiveFormPage
            orgId={org.id}
            orgName={org.legalName}
            form={form}
            objectiveId={r?.objective.id}
          />
        ),
      }),
    create: async (req, data, org) =>
      back(org.id, `objective-${(await svc.createObjective(req.user, org.id, data)).id}`),
    update: async (req, { org, objective }, data) => {
      await svc.updateObjective(req.user, org.id, objective.id, data);
      return back(org.id, `objective-${objective.id}`);
    },
  });

  /** An objective of the plan the path names, once its organisation is checked. */
  const objectiveOf = async (req: FastifyRequest<P>) => {
    const org = await svc.organisation(req.user, orgId(req));
    return svc.objective(req.user, org.id, idParam(req.params.oid));
  };

  app.post<P>('/organisations/:id/plan/objectives/:oid/delete', async (req, reply) => {
    const objective = await objectiveOf(req);
    await svc.deleteObjective(req.user, objective.organisationId, objective.id);
    return backTo(reply, objective.organisationId, objective.commitment);
  });

  // The progress form sits once per objective on the plan page, so its fields carry the objective's id.
  app.post<P>('/organisations/:id/plan/objectives/:oid/progress', async (req, reply) => {
    const objective = await objectiveOf(req);
    return submitForm(
      req,
      progressSchema,
      (form, status) => planPage(req, reply, status, { objectiveId: objective.id, form }),
      async (data) => {
        await svc.addProgress(req.user, objective.organisationId, objective.id, data);
        return backTo(reply, objective.organisationId, `objective-${objective.id}`);
      },
      (field) => `${field}-${objective.id}`,
    );
  });

  editorRoutes(app, {
    paths: {
      new: '/organisations/:id/plan/objectives/:oid/actions/new',
      edit: '/organisations/:id/plan/actions/:aid/edit',
    },
    schema: actionSchema,
    saved: 'plan.saved',
    guard: objectiveOf,
    within: (req) => svc.organisation(req.user, orgId(req)),
    load: async (req, aid, org) => {
      const action = await svc.action(req.user, org.id, aid);
      return { action, objective: await svc.objective(req.user, action.organisationId, action.objectiveId) };
    },
    parentOf: (r) => r.objective,
    values: (r) => actionValues(r.action),
    initial: { status: 'planned' },
    render: (req, reply, form, status, r, objective) =>
      reply.page({
        title: t(req)(r ? 'plan.edit_action' : 'plan.new_action'),
        status,
        body: (
          <ActionFormPage
            orgId={objective.organisationId}
            objectiveTitle={objective.title}
            form={form}
            action={
              r
                ? `/organisations/${objective.organisationId}/plan/actions/${r.action.id}/edit`
                : `/organisations/${objective.organisationId}/plan/objectives/${objective.id}/actions/new`
            }
            editing={!!r}
          />
        ),
      }),
    create: async (req, data, objective) => {
      const a = await svc.createAction(req.user, objective.organisationId, objective.id, data);
      return back(objective.organisationId, `action-${a.id}`);
    },
    update: async (req, { action }, data) => {
      await svc.updateAction(req.user, action.organisationId, action.id, data);
      return back(action.organisationId, `action-${action.id}`);
    },
  });
}

const gridQuery = z.object({
  sector: z.preprocess((v) => (v === '' ? undefined : v), z.enum(SECTORS, 'invalid').optional()),
  region: z.preprocess((v) => (v === '' ? undefined : v), z.enum(REGIONS, 'invalid').optional()),
  page: page(),
});

export function trainingPages(app: FastifyInstance, svc: PlansService, organisations: OrganisationsService) {
  const pageQuery = z.object({ page: page() });
  const show = async (req: FastifyRequest<P>, reply: FastifyReply, form: FormState, status: number) => {
    const id = idParam(req.params.id);
    const { page: p } = parseOr400(pageQuery, req.query);
    const data = await svc.training(req.user, id, p);
    const o = await organisations.byId(id);
    return reply.page({
      title: translator(req.locale)('training.title'),
      status,
      body: (
        <TrainingPage
          orgId={id}
          orgName={o?.legalName ?? ''}
          data={data}
          form={form}
          page={p}
          pageSize={TRAINING_PAGE_SIZE}
        />
      ),
    });
  };
  app.get<P>('/organisations/:id/training', (req, reply) => show(req, reply, emptyForm(), 200));
  app.post<P>('/organisations/:id/training', async (req, reply) => {
    const id = idParam(req.params.id);
    await svc.writable(req.user, id);
    return submitForm(
      req,
      trainingSchema,
      (form, status) => show(req, reply, form, status),
      async (data) => {
        await svc.addTraining(req.user, id, data);
        return reply.flash({ kind: 'success', key: 'plan.saved' }).see(`/organisations/${id}/training`);
      },
    );
  });
}

export function safetyPages(app: FastifyInstance, svc: PlansService, organisations: OrganisationsService) {
  const show = async (
    req: FastifyRequest<P>,
    reply: FastifyReply,
    form: FormState | null,
    status: number,
  ) => {
    const id = idParam(req.params.id);
    const data = await svc.safety(req.user, id);
    const o = await organisations.byId(id);
    const values = Object.fromEntries(
      data.measures.flatMap((m) => [
        [m.measure, m.status],
        [`${m.measure}_note`, m.note ?? undefined],
      ]),
    );
    return reply.page({
      title: translator(req.locale)('safety.title'),
      status,
      body: (
        <SafetyPage orgId={id} orgName={o?.legalName ?? ''} data={data} form={form ?? emptyForm(values)} />
      ),
    });
  };
  app.get<P>('/organisations/:id/safety', (req, reply) => show(req, reply, null, 200));
  app.post<P>('/organisations/:id/safety', async (req, reply) => {
    const id = idParam(req.params.id);
    await svc.writable(req.user, id);
    return submitForm(
      req,
      safetySchema,
      (form, status) => show(req, reply, form, status),
      async (data) => {
        await svc.saveSafety(req.user, id, data);
        return reply.flash({ kind: 'success', key: 'plan.saved' }).see(`/organisations/${id}/safety`);
      },
    );
  });
}

/** The secretariat's grid of every signatory against the nine commitments, and its CSV export. */
export function gridPages(app: FastifyInstance, svc: PlansService) {
  app.get('/admin/plans', async (req, reply) => {
    const f = parseOr400(gridQuery, req.query);
    const grid = await svc.grid(req.user, f, f.page);
    return reply.page({
      title: translator(req.locale)('grid.title'),
      body: <GridPage grid={grid} page={f.page} pageSize={GRID_PAGE_SIZE} filter={f} />,
    });
  });
}

/** Columns: organisation, sector, region, then for each commitment its objectives, progress (%) and late items. */
export function gridCsv(app: FastifyInstance, svc: PlansService) {
  app.get('/admin/plans.csv', async (req, reply) => {
    const f = parseOr400(gridQuery, req.query);
    const header = [
      'organisation_id',
      'organisation',
      'sector',
      'region',
      ...COMMITMENT_CODES.flatMap((c) => [`${c}_objectives`, `${c}_progress`, `${c}_late`]),
    ];
    const rows = await allRows((page) => svc.grid(req.user, f, page, 200), 200);
    return reply.csv(
      'inclusio-action-plans.csv',
      header,
      mapRows(rows, (r) => [
        r.id,
        r.name,
        r.sector,
        r.region,
        ...r.commitments.flatMap((c) => [c.objectives, c.progress ?? '', c.late]),
      ]),
    );
  });
}

/** On a signatory's public profile: what it made public of its plan. */
export const planOnProfile =
  (svc: PlansService): Section =>
  async ({ id }) => <PublicPlanSection plan={await svc.publicPlan(id)} />;

/** The public part of a signatory's plan, as JSON. */
export function planApi(app: FastifyInstance, svc: PlansService, isListed: (id: string) => Promise<boolean>) {
  app.get<P>('/api/v1/signatories/:id/plan', async (req) => {
    const id = idParam(req.params.id);
    if (!(await isListed(id))) throw notFound();
    const plan = await svc.publicPlan(id);
    return {
      organisation: id,
      commitments: plan.commitments.map((c) => ({
        code: c.code,
        objectives: c.objectives,
        progress: c.progress,
      })),
      objectives: plan.objectives.map((o) => ({
        id: o.id,
        commitment: o.commitment,
        title: o.title,
        description: o.description,
        indicator: o.indicator,
        unit: o.unit,
        baseline: o.baseline,
        target: o.target,
        latest: o.latest,
        deadline: o.deadline,
        progress: o.progress,
        actions: o.actions.map((a) => ({
          id: a.id,
          title: a.title,
          status: a.status,
          dueDate: a.dueDate,
          evidence: a.evidence,
        })),
      })),
    };
  });
}

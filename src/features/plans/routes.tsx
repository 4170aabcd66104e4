import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/authorize.ts';
import { allRows, mapRows } from '../../platform/http/download.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseInput, parseOr400 } from '../../platform/http/validate.ts';
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

type P = { Params: { id: string; oid?: string; aid?: string } };

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
  organisations: OrganisationsService,
  suggestions: (actor: Actor, organisationId: string) => Promise<Template[]>,
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const org = async (req: FastifyRequest<P>) => {
    const id = idParam(req.params.id);
    await organisations.requireAccess(req.user, id);
    const o = await organisations.byId(id);
    if (!o) throw notFound();
    return o;
  };
  /** After a change, back to the same place in the plan, with the confirmation shown there (FlashHere). */
  const back = (reply: FastifyReply, orgId: string, anchor: string) =>
    reply
      .flash({ kind: 'success', key: 'plan.saved', at: anchor })
      .redirect(`/${reply.request.locale}/organisations/${orgId}/plan#${anchor}`, 303);

  app.get<P>('/organisations/:id/plan', async (req, reply) => {
    const o = await org(req);
    const [plan, suggested] = await Promise.all([svc.view(req.user, o.id), suggestions(req.user, o.id)]);
    return reply.page({
      title: t(req)('plan.title'),
      body: <PlanPage orgId={o.id} orgName={o.legalName} plan={plan} suggestions={suggested} />,
    });
  });

  const objectivePage = (
    req: FastifyRequest,
    reply: FastifyReply,
    o: { id: string; legalName: string },
    form: FormState,
    status: number,
    objectiveId?: string,
  ) =>
    reply.page({
      title: t(req)(objectiveId ? 'plan.edit_objective' : 'plan.new_objective'),
      status,
      hasErrors: status !== 200,
      body: <ObjectiveFormPage orgId={o.id} orgName={o.legalName} form={form} objectiveId={objectiveId} />,
    });

  app.get<P>('/organisations/:id/plan/objectives/new', async (req, reply) => {
    const o = await org(req);
    await organisations.requireMember(req.user, o.id);
    const code = (req.query as Record<string, unknown>).commitment;
    const commitment = COMMITMENT_CODES.find((c) => c === code) ?? 'C1';
    return objectivePage(req, reply, o, emptyForm({ commitment }), 200);
  });
  app.post<P>('/organisations/:id/plan/objectives/new', async (req, reply) => {
    const o = await org(req);
    await organisations.requireMember(req.user, o.id);
    return submitForm(
      req,
      objectiveSchema,
      (form, status) => objectivePage(req, reply, o, form, status),
      async (data) => {
        const created = await svc.createObjective(req.user, o.id, data);
        return back(reply, o.id, `objective-${created.id}`);
      },
    );
  });

  app.get<P>('/organisations/:id/plan/objectives/:oid/edit', async (req, reply) => {
    const o = await org(req);
    const objective = await svc.objective(req.user, o.id, idParam(req.params.oid));
    return objectivePage(req, reply, o, emptyForm(objectiveValues(objective)), 200, objective.id);
  });
  app.post<P>('/organisations/:id/plan/objectives/:oid/edit', async (req, reply) => {
    const o = await org(req);
    const objective = await svc.objective(req.user, o.id, idParam(req.params.oid));
    return submitForm(
      req,
      objectiveSchema,
      (form, status) => objectivePage(req, reply, o, form, status, objective.id),
      async (data) => {
        await svc.updateObjective(req.user, o.id, objective.id, data);
        return back(reply, o.id, `objective-${objective.id}`);
      },
    );
  });
  app.post<P>('/organisations/:id/plan/objectives/:oid/delete', async (req, reply) => {
    const o = await org(req);
    const objective = await svc.objective(req.user, o.id, idParam(req.params.oid));
    await svc.deleteObjective(req.user, o.id, objective.id);
    return back(reply, o.id, objective.commitment);
  });

  // The progress form sits once per objective on the plan page, so its fields carry the objective's id.
  app.post<P>('/organisations/:id/plan/objectives/:oid/progress', async (req, reply) => {
    const o = await org(req);
    const objective = await svc.objective(req.user, o.id, idParam(req.params.oid));
    const body = (req.body ?? {}) as Record<string, unknown>;
    const input = {
      on: body[`on-${objective.id}`],
      note: body[`note-${objective.id}`],
      value: body[`value-${objective.id}`],
    };
    const parsed = parseInput(progressSchema, input);
    const failed = (errors: FormState['errors'], status: number) => {
      const form: FormState = {
        values: Object.fromEntries(
          Object.entries(input).map(([k, v]) => [
            `${k}-${objective.id}`,
            typeof v === 'string' ? v : undefined,
          ]),
        ),
        errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${k}-${objective.id}`, v])),
      };
      return Promise.all([svc.view(req.user, o.id), suggestions(req.user, o.id)]).then(([plan, suggested]) =>
        reply.page({
          title: t(req)('plan.title'),
          status,
          hasErrors: true,
          body: (
            <PlanPage
              orgId={o.id}
              orgName={o.legalName}
              plan={plan}
              suggestions={suggested}
              progressForm={{ objectiveId: objective.id, form }}
            />
          ),
        }),
      );
    };
    if (!parsed.ok) return failed(parsed.errors, 422);
    try {
      await svc.addProgress(req.user, o.id, objective.id, parsed.data);
    } catch (e) {
      if (e instanceof AppError && e.status === 422) return failed(e.fields ?? {}, 422);
      throw e;
    }
    return back(reply, o.id, `objective-${objective.id}`);
  });
  const actionPage = (
    req: FastifyRequest,
    reply: FastifyReply,
    orgId: string,
    objectiveTitle: string,
    form: FormState,
    status: number,
    path: string,
    editing: boolean,
  ) =>
    reply.page({
      title: t(req)(editing ? 'plan.edit_action' : 'plan.new_action'),
      status,
      hasErrors: status !== 200,
      body: (
        <ActionFormPage
          orgId={orgId}
          objectiveTitle={objectiveTitle}
          form={form}
          action={path}
          editing={editing}
        />
      ),
    });

  app.get<P>('/organisations/:id/plan/objectives/:oid/actions/new', async (req, reply) => {
    const o = await org(req);
    const objective = await svc.objective(req.user, o.id, idParam(req.params.oid));
    const path = `/organisations/${o.id}/plan/objectives/${objective.id}/actions/new`;
    return actionPage(req, reply, o.id, objective.title, emptyForm({ status: 'planned' }), 200, path, false);
  });
  app.post<P>('/organisations/:id/plan/objectives/:oid/actions/new', async (req, reply) => {
    const o = await org(req);
    const objective = await svc.objective(req.user, o.id, idParam(req.params.oid));
    const path = `/organisations/${o.id}/plan/objectives/${objective.id}/actions/new`;
    return submitForm(
      req,
      actionSchema,
      (form, status) => actionPage(req, reply, o.id, objective.title, form, status, path, false),
      async (data) => {
        const a = await svc.createAction(req.user, o.id, objective.id, data);
        return back(reply, o.id, `action-${a.id}`);
      },
    );
  });

  app.get<P>('/organisations/:id/plan/actions/:aid/edit', async (req, reply) => {
    const o = await org(req);
    const a = await svc.action(req.user, o.id, idParam(req.params.aid));
    const objective = await svc.objective(req.user, o.id, a.objectiveId);
    return actionPage(
      req,
      reply,
      o.id,
      objective.title,
      emptyForm(actionValues(a)),
      200,
      `/organisations/${o.id}/plan/actions/${a.id}/edit`,
      true,
    );
  });
  app.post<P>('/organisations/:id/plan/actions/:aid/edit', async (req, reply) => {
    const o = await org(req);
    const a = await svc.action(req.user, o.id, idParam(req.params.aid));
    const objective = await svc.objective(req.user, o.id, a.objectiveId);
    const path = `/organisations/${o.id}/plan/actions/${a.id}/edit`;
    return submitForm(
      req,
      actionSchema,
      (form, status) => actionPage(req, reply, o.id, objective.title, form, status, path, true),
      async (data) => {
        await svc.updateAction(req.user, o.id, a.id, data);
        return back(reply, o.id, `action-${a.id}`);
      },
    );
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
      hasErrors: status !== 200,
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
    await organisations.requireMember(req.user, id);
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
      hasErrors: status !== 200,
      body: (
        <SafetyPage orgId={id} orgName={o?.legalName ?? ''} data={data} form={form ?? emptyForm(values)} />
      ),
    });
  };
  app.get<P>('/organisations/:id/safety', (req, reply) => show(req, reply, null, 200));
  app.post<P>('/organisations/:id/safety', async (req, reply) => {
    const id = idParam(req.params.id);
    await organisations.requireMember(req.user, id);
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

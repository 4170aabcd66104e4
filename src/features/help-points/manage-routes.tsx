import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { formLimits } from '../../platform/http/rate-limit.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import type { HelpPointsFeatureService } from './feature.ts';
import { managerForm, pointValues } from './fields.ts';
import { hoursValues } from './hours-fields.ts';
import { importPages } from './import-routes.tsx';
import { PointFormPage, StructurePointsPage } from './pages/manage.tsx';
import { AdminPage, PointReportsPage, ReportFormPage } from './pages/reports.tsx';
import { reportFields } from './upkeep.ts';

type P = { Params: { id: string } };
const pageQuery = z.object({ page: page() });

/** Keeping points true: the managers' list and form, "still true", visitors' reports and the secretariat's queue. */
export function manageHelpPoints(app: FastifyInstance, deps: Deps, svc: HelpPointsFeatureService) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const form = managerForm(svc.lists);
  const { points, upkeep } = svc;

  app.get<P>('/help-points/structures/:id', async (req, reply) => {
    const v = await points.ofStructure(req.user, idParam(req.params.id));
    return reply.page({
      title: t(req)('hpmanage.title', { structure: v.structure.name }),
      body: <StructurePointsPage structure={v.structure} points={v.points} />,
    });
  });

  const formPage =
    (reply: FastifyReply, heading: string, action: string) =>
    (state: FormState, status = 200) =>
      reply.page({
        title: heading,
        status,
        body: <PointFormPage heading={heading} action={action} lists={svc.lists} form={state} />,
      });

  const newPage = async (req: FastifyRequest<P>, reply: FastifyReply) => {
    const id = idParam(req.params.id);
    const structure = await points.structure(req.user, id);
    return formPage(reply, t(req)('hpmanage.new_title', { structure: structure.name }), req.url);
  };
  app.get<P>('/help-points/structures/:id/new', async (req, reply) =>
    (await newPage(req, reply))(emptyForm({ access: 'both', free: 'yes', ...hoursValues(null) })),
  );
  app.post<P>('/help-points/structures/:id/new', async (req, reply) => {
    const render = await newPage(req, reply);
    return submitForm(req, form, render, async (d) => {
      const p = await points.create(req.user, idParam(req.params.id), d);
      return reply
        .flash({ kind: 'success', key: 'hpmanage.created', at: 'points' })
        .see(`/help-points/structures/${p.organisationId}`);
    });
  });

  const editPage = async (req: FastifyRequest<P>, reply: FastifyReply) => {
    const { point } = await points.forEdit(req.user, idParam(req.params.id));
    return {
      point,
      render: formPage(reply, t(req)('hpmanage.edit_title', { name: point.name }), req.url),
    };
  };
  app.get<P>('/help-points/:id/edit', async (req, reply) => {
    const { point, render } = await editPage(req, reply);
    return render(emptyForm(pointValues(point)));
  });
  app.post<P>('/help-points/:id/edit', async (req, reply) => {
    const { point, render } = await editPage(req, reply);
    return submitForm(req, form, render, async (d) => {
      await points.update(req.user, point.id, d);
      return reply
        .flash({ kind: 'success', key: 'hpmanage.saved', at: 'points' })
        .see(`/help-points/structures/${point.organisationId}`);
    });
  });

  app.post<P>('/help-points/:id/confirm', async (req, reply) => {
    const p = await points.confirm(req.user, idParam(req.params.id));
    return reply
      .flash({ kind: 'success', key: 'hpmanage.confirmed', at: 'points' })
      .see(`/help-points/structures/${p?.organisationId}`);
  });

  // Visitors' reports: anyone, without an account, a few times an hour per address.
  const reportPage = async (req: FastifyRequest<P>, reply: FastifyReply, state: FormState, status = 200) => {
    const point = await points.get(idParam(req.params.id));
    return reply.page({
      title: t(req)('hpreport.title', { name: point.name }),
      status,
      body: <ReportFormPage point={point} form={state} />,
    });
  };
  app.get<P>('/help-points/:id/report', (req, reply) => reportPage(req, reply, emptyForm()));
  app.post<P>('/help-points/:id/report', formLimits(deps, 'help-point-report'), (req, reply) =>
    submitForm(
      req,
      reportFields,
      (state, status) => reportPage(req, reply, state, status),
      async (d) => {
        await upkeep.send(idParam(req.params.id), d);
        return reply
          .flash({ kind: 'success', key: 'hpreport.thanks', at: 'point' })
          .see(`/help-points/${req.params.id}`);
      },
    ),
  );

  app.get<P>('/help-points/:id/reports', async (req, reply) => {
    const { page: p } = parseOr400(pageQuery, req.query);
    const v = await upkeep.ofPoint(req.user, idParam(req.params.id), p);
    return reply.page({
      title: t(req)('hpreport.list_title', { name: v.point.name }),
      body: <PointReportsPage point={v.point} reports={v.reports} total={v.total} page={p} />,
    });
  });
  app.post<P>('/help-points/reports/:id/resolve', async (req, reply) => {
    const r = await upkeep.resolve(req.user, idParam(req.params.id));
    const back = req.user?.role === 'admin' ? '/admin/help-points' : `/help-points/${r.helpPointId}/reports`;
    return reply.flash({ kind: 'success', key: 'hpreport.resolved', at: 'reports' }).see(back);
  });

  importPages(app, svc.imports);

  app.get('/admin/help-points', async (req, reply) => {
    const { page: p } = parseOr400(pageQuery, req.query);
    const v = await upkeep.queue(req.user, p);
    return reply.page({
      title: t(req)('hpadmin.title'),
      body: <AdminPage items={v.items} total={v.total} page={p} />,
    });
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../../platform/clock.ts';
import { idParam } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { Questionnaire } from '../assessments/content.ts';
import { CoalitionDocument, CoalitionEvaluationPage, SignatoryEvaluationPage } from './pages.tsx';
import { coalitionPdf } from './pdf.ts';
import type { EvaluationService } from './service.ts';

/** The three-year evaluation: each signatory's own, and the coalition's for the secretariat (page, PDF, HTML). */
export function evaluationPages(
  app: FastifyInstance,
  svc: EvaluationService,
  qn: Questionnaire,
  clock: Clock,
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  app.get<{ Params: { id: string } }>('/organisations/:id/evaluation', async (req, reply) => {
    const id = idParam(req.params.id);
    const v = await svc.signatory(req.user, id);
    return reply.page({
      title: t(req)('eval.signatory_title'),
      body: <SignatoryEvaluationPage orgId={id} v={v} qn={qn} />,
    });
  });
  app.get('/admin/evaluation', async (req, reply) => {
    const e = await svc.coalition(req.user);
    return reply.page({
      title: t(req)('eval.coalition_title'),
      body: <CoalitionEvaluationPage e={e} qn={qn} />,
    });
  });
  app.get('/admin/evaluation/download.html', async (req, reply) => {
    const e = await svc.coalition(req.user);
    return reply.document({
      title: t(req)('eval.coalition_title'),
      filename: `inclusio-evaluation-${e.to}.html`,
      body: <CoalitionDocument e={e} qn={qn} withTitle />,
    });
  });
  app.get('/admin/evaluation/download.pdf', async (req, reply) => {
    const e = await svc.coalition(req.user);
    return reply
      .saveAs(`inclusio-evaluation-${e.to}.pdf`, { type: 'application/pdf' })
      .send(await coalitionPdf(e, qn, req.locale, clock.now()));
  });
}

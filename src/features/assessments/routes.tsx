import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/authorize.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam } from '../../platform/http/validate.ts';
import { pickLocalized, translator } from '../../platform/i18n/index.ts';
import { MIN_GROUP } from '../../platform/stats.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { Suggestions, type Template } from '../templates/index.ts';
import { PILLARS, type Pillar } from './content.ts';
import { CheckPage, OverviewPage, SectionPage } from './pages/questionnaire.tsx';
import { HistorySection, ResultsPage } from './pages/results.tsx';
import type { AssessmentsService } from './service.ts';

type P = { Params: { id: string; aid: string; section: string } };

const anyFields = z.record(z.string(), z.unknown());
const nothing = z.object({});

const pillarParam = (v: string): Pillar => {
  if (!(PILLARS as readonly string[]).includes(v)) throw notFound();
  return v as Pillar;
};

/** The values a section's form shows: the saved answers as the fields send them. */
function sectionValues(answers: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(answers).flatMap(([k, v]) =>
      v === 'na'
        ? [
            [k, 'na'],
            [`${k}_na`, 'yes'],
          ]
        : [[k, String(v)]],
    ),
  );
}

/**
 * The Digital Inclusion Index (C7): the organisation's page, one page per section, check and submit, and the
 * score card with its recommendations.
 */
export function assessmentPages(
  app: FastifyInstance,
  svc: AssessmentsService,
  organisations: OrganisationsService,
  obstacles: ObstaclesService,
  suggestions: (actor: Actor, organisationId: string) => Promise<Template[]>,
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const orgName = async (id: string) => (await organisations.byId(id))?.legalName ?? '';
  const base = (orgId: string, aid: string) => `/organisations/${orgId}/index/${aid}`;

  app.get<P>('/organisations/:id/index', async (req, reply) => {
    const orgId = idParam(req.params.id);
    const v = await svc.overview(req.user, orgId);
    return reply.page({
      title: t(req)('index.title'),
      body: (
        <OverviewPage
          orgId={orgId}
          orgName={v.organisationName}
          qn={svc.current}
          canAnswer={v.access !== 'admin'}
          draft={v.draft}
          results={<HistorySection orgId={orgId} history={v.history} />}
        />
      ),
    });
  });

  app.post<P>('/organisations/:id/index/start', async (req, reply) => {
    const orgId = idParam(req.params.id);
    const draft = await svc.start(req.user, orgId);
    return reply.see(`${base(orgId, draft.id)}/${PILLARS[0]}`);
  });

  const section = async (
    req: FastifyRequest<P>,
    reply: FastifyReply,
    form: FormState | null,
    status: number,
  ) => {
    const orgId = idParam(req.params.id);
    const pillar = pillarParam(req.params.section);
    const s = await svc.section(req.user, orgId, idParam(req.params.aid), pillar);
    return reply.page({
      title: s.questionnaire.texts[req.locale].pillars[pillar].name,
      status,
      body: (
        <SectionPage
          orgId={orgId}
          orgName={await orgName(orgId)}
          qn={s.questionnaire}
          assessment={s.assessment}
          pillar={pillar}
          form={form ?? emptyForm(sectionValues(s.assessment.answers))}
        />
      ),
    });
  };

  const check = async (req: FastifyRequest<P>, reply: FastifyReply, form: FormState, status: number) => {
    const orgId = idParam(req.params.id);
    const c = await svc.check(req.user, orgId, idParam(req.params.aid));
    return reply.page({
      title: t(req)('index.check_title'),
      status,
      body: (
        <CheckPage
          orgId={orgId}
          orgName={await orgName(orgId)}
          qn={c.questionnaire}
          assessment={c.assessment}
          missing={c.missing}
          form={form}
        />
      ),
    });
  };
  app.get<P>('/organisations/:id/index/:aid/check', (req, reply) => check(req, reply, emptyForm(), 200));

  app.post<P>('/organisations/:id/index/:aid/submit', async (req, reply) => {
    const orgId = idParam(req.params.id);
    const aid = idParam(req.params.aid);
    // Unanswered questions come back on the check page, each linked from the error summary.
    return submitForm(
      req,
      nothing,
      (form, status) => check(req, reply, form, status),
      async () => {
        await svc.submit(req.user, orgId, aid);
        return reply.flash({ kind: 'success', key: 'index.submitted' }).see(base(orgId, aid));
      },
    );
  });

  app.get<P>('/organisations/:id/index/:aid/:section', (req, reply) => section(req, reply, null, 200));
  app.post<P>('/organisations/:id/index/:aid/:section', async (req, reply) => {
    const orgId = idParam(req.params.id);
    const aid = idParam(req.params.aid);
    const pillar = pillarParam(req.params.section);
    // The service reads the answers (their kinds come from the questionnaire) and says what is wrong.
    return submitForm(
      req,
      anyFields,
      (form, status) => section(req, reply, form, status),
      async (body) => {
        await svc.saveSection(req.user, orgId, aid, pillar, body);
        if (body.go === 'later')
          return reply
            .flash({ kind: 'success', key: 'index.saved_later' })
            .see(`/organisations/${orgId}/index`);
        const next = PILLARS[PILLARS.indexOf(pillar) + 1];
        return reply.see(`${base(orgId, aid)}/${next ?? 'check'}`);
      },
    );
  });

  app.get<P>('/organisations/:id/index/:aid', async (req, reply) => {
    const orgId = idParam(req.params.id);
    const aid = idParam(req.params.aid);
    let r: Awaited<ReturnType<AssessmentsService['results']>>;
    try {
      r = await svc.results(req.user, orgId, aid);
    } catch (e) {
      // A draft has no score card yet: its check page says what is left.
      if (e instanceof AppError && e.code === 'index.not_submitted')
        return reply.see(`${base(orgId, aid)}/check`);
      throw e;
    }
    const [catalogue, suggested] = await Promise.all([obstacles.list(), suggestions(req.user, orgId)]);
    return reply.page({
      title: t(req)('index.results_short'),
      body: (
        <ResultsPage
          orgId={orgId}
          orgName={await orgName(orgId)}
          qn={r.questionnaire}
          assessment={r.assessment}
          scores={r.scores}
          peers={r.peers}
          recommendations={r.weakest.map((w) => ({
            pillar: w.pillar,
            score: w.score,
            commitments: w.commitments,
            obstacles: catalogue
              .filter((o) => w.obstacles.includes(o.slug))
              .map((o) => {
                const name = pickLocalized(o.name, req.locale);
                return { id: o.id, slug: o.slug, name: name?.text ?? o.slug, lang: name?.lang ?? req.locale };
              }),
            suggestions: (
              <Suggestions
                orgId={orgId}
                templates={suggested.filter((s) => (w.commitments as string[]).includes(s.commitment))}
              />
            ),
          }))}
        />
      ),
    });
  });
}

/** The index across signatories, without any group under five. */
export function assessmentApi(app: FastifyInstance, svc: AssessmentsService) {
  app.get('/api/v1/index/summary', async () => ({
    questionnaireVersion: svc.current.version,
    minimumGroup: MIN_GROUP,
    ...(await svc.summary()),
  }));
}

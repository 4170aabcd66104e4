import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.ts';
import { allRows, mapRows } from '../../platform/http/download.ts';
import { notFound } from '../../platform/http/errors.ts';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { Section } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import type { Questionnaire } from '../assessments/content.ts';
import { REGIONS, SECTORS } from '../organisations/schema.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { draftSchema, submitSchema, yearParam } from './fields.ts';
import { ReportDocument, type ReportHeader } from './pages/document.tsx';
import { PublicReportPage, ReportsOnProfile, ReportViewPage } from './pages/public.tsx';
import { ReportFormPage, ReportingGridPage, ReportsPage } from './pages/reports.tsx';
import { reportPdf } from './pdf.ts';
import type { Report } from './queries.ts';
import { REPORT_PARTS, type ReportPart } from './schema.ts';
import { DEFAULT_PUBLIC, GRID_PAGE_SIZE, type ReportsService } from './service.ts';
import { REPORTING_STATUSES } from './statuses.ts';

type P = { Params: { id: string; year: string } };
type S = { Params: { slug: string; year: string } };

const blank = (v: unknown) => (v === '' ? undefined : v);
export const reportingQuery = z.object({
  status: z.preprocess(blank, z.enum(REPORTING_STATUSES, 'invalid').optional()),
  sector: z.preprocess(blank, z.enum(SECTORS, 'invalid').optional()),
  region: z.preprocess(blank, z.enum(REGIONS, 'invalid').optional()),
  page: page(),
});

const headOf = (r: Report, organisationName: string): ReportHeader => ({
  organisationName,
  year: r.year,
  statement: r.statement,
  signerName: r.signerName,
  signerTitle: r.signerTitle,
  submittedAt: r.submittedAt,
});
const filename = (slug: string, year: number, ext: string) => `inclusio-report-${slug}-${year}.${ext}`;

/** Finds a listed signatory by its public slug (the register's). */
export type ProfileOf = (slug: string) => Promise<{ id: string; legalName: string; slug: string }>;

export function reportPages(
  app: FastifyInstance,
  svc: ReportsService,
  organisations: OrganisationsService,
  qn: Questionnaire,
  profileOf: ProfileOf,
  clock: Clock,
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const year = (v: string) => {
    const y = yearParam(v);
    if (y === null) throw notFound();
    return y;
  };
  const org = async (id: string) => {
    const o = await organisations.byId(id);
    if (!o) throw notFound();
    return o;
  };

  app.get<P>('/organisations/:id/reports', async (req, reply) => {
    const id = idParam(req.params.id);
    const v = await svc.overview(req.user, id);
    const o = await org(id);
    return reply.page({
      title: t(req)('report.title'),
      body: <ReportsPage orgId={id} orgName={o.legalName} v={v} />,
    });
  });

  const show = async (
    req: FastifyRequest<P>,
    reply: FastifyReply,
    form: FormState | null,
    status: number,
  ) => {
    const id = idParam(req.params.id);
    const y = year(req.params.year);
    const [r, o] = await Promise.all([svc.report(req.user, id, y), org(id)]);
    if (r.report?.status === 'submitted')
      return reply.page({
        title: t(req)('report.name', { year: y }),
        body: (
          <ReportViewPage
            orgId={id}
            orgName={o.legalName}
            slug={o.slug}
            report={r.report}
            content={r.content}
            qn={qn}
          />
        ),
      });
    const canSubmit = r.access === 'representative';
    return reply.page({
      title: t(req)('report.form_title', { year: y }),
      status,
      body: (
        <ReportFormPage
          orgId={id}
          orgName={o.legalName}
          year={y}
          dueOn={r.obligation?.dueOn ?? ''}
          today={r.content.period.to}
          content={r.content}
          qn={qn}
          canSubmit={canSubmit}
          readOnly={r.access === 'admin'}
          form={
            form ??
            emptyForm({
              statement: r.report?.statement ?? undefined,
              publicParts: (r.report?.publicParts ?? DEFAULT_PUBLIC).join(','),
              signerName: r.signer?.name ?? req.user?.name,
              signerTitle: r.signer?.title,
            })
          }
        />
      ),
    });
  };
  app.get<P>('/organisations/:id/reports/:year', (req, reply) => show(req, reply, null, 200));
  app.post<P>('/organisations/:id/reports/:year', async (req, reply) => {
    const id = idParam(req.params.id);
    const y = year(req.params.year);
    const submitting = (req.body as Record<string, unknown> | undefined)?.intent === 'submit';
    if (submitting)
      return submitForm(
        req,
        submitSchema,
        (form, status) => show(req, reply, form, status),
        async (d) => {
          await svc.submit(req.user, id, y, d);
          return reply
            .flash({ kind: 'success', key: 'report.submitted' })
            .see(`/organisations/${id}/reports/${y}`);
        },
      );
    return submitForm(
      req,
      draftSchema,
      (form, status) => show(req, reply, form, status),
      async (d) => {
        await svc.saveDraft(req.user, id, y, d);
        return reply
          .flash({ kind: 'success', key: 'report.draft_saved' })
          .see(`/organisations/${id}/reports/${y}`);
      },
    );
  });

  /** A submitted report as a file: every part for the organisation and the secretariat. */
  const download = async (req: FastifyRequest<P>, reply: FastifyReply, kind: 'pdf' | 'html') => {
    const id = idParam(req.params.id);
    const r = await svc.report(req.user, id, year(req.params.year));
    if (r.report?.status !== 'submitted') throw notFound();
    const o = await org(id);
    return sendFile(req, reply, kind, headOf(r.report, o.legalName), r.content, REPORT_PARTS, o.slug);
  };
  app.get<P>('/organisations/:id/reports/:year/download.pdf', (req, reply) => download(req, reply, 'pdf'));
  app.get<P>('/organisations/:id/reports/:year/download.html', (req, reply) => download(req, reply, 'html'));

  const sendFile = async (
    req: FastifyRequest,
    reply: FastifyReply,
    kind: 'pdf' | 'html',
    head: ReportHeader,
    content: NonNullable<Report['content']>,
    parts: readonly ReportPart[],
    slug: string,
  ) => {
    if (kind === 'html')
      return reply.document({
        title: t(req)('report.doc_title', { year: head.year, organisation: head.organisationName }),
        filename: filename(slug, head.year, 'html'),
        body: <ReportDocument head={head} content={content} parts={parts} qn={qn} withTitle />,
      });
    const pdf = await reportPdf(head, content, parts, qn, req.locale, clock.now());
    return reply.saveAs(filename(slug, head.year, 'pdf'), { type: 'application/pdf' }).send(pdf);
  };

  // What the public sees: the parts the representative made public.
  const publicReport = async (req: FastifyRequest<S>) => {
    const p = await profileOf(req.params.slug);
    const r = await svc.publicReport(p.id, year(req.params.year));
    return { p, ...r };
  };
  app.get<S>('/signatories/:slug/reports/:year', async (req, reply) => {
    const r = await publicReport(req);
    return reply.page({
      title: t(req)('report.doc_title', { year: r.report.year, organisation: r.p.legalName }),
      body: (
        <PublicReportPage
          slug={r.p.slug}
          head={headOf(r.report, r.p.legalName)}
          content={r.content}
          parts={r.parts}
          qn={qn}
        />
      ),
    });
  });
  for (const kind of ['pdf', 'html'] as const)
    app.get<S>(`/signatories/:slug/reports/:year/download.${kind}`, async (req, reply) => {
      const r = await publicReport(req);
      return sendFile(req, reply, kind, headOf(r.report, r.p.legalName), r.content, r.parts, r.p.slug);
    });

  app.get('/admin/reports', async (req, reply) => {
    const { page: p, ...f } = parseOr400(reportingQuery, req.query);
    const grid = await svc.grid(req.user, f, p);
    return reply.page({
      title: t(req)('reporting.title'),
      body: <ReportingGridPage grid={grid} page={p} pageSize={GRID_PAGE_SIZE} filter={f} />,
    });
  });
}

/** The secretariat's reporting list as CSV (UTF-8, header row; columns in docs/open-data.md). */
export function reportingCsv(app: FastifyInstance, svc: ReportsService) {
  app.get('/admin/reports.csv', async (req, reply) => {
    const { page: _p, ...f } = parseOr400(reportingQuery, req.query);
    const header = [
      'organisation',
      'sector',
      'region',
      'status',
      'owed_year',
      'owed_due_on',
      'owed_state',
      'last_year',
      'last_submitted_on',
    ];
    const rows = await allRows((p) => svc.grid(req.user, f, p, 200), 200);
    return reply.csv(
      'inclusio-reporting.csv',
      header,
      mapRows(rows, (r) => [
        r.name,
        r.sector,
        r.region,
        r.status,
        r.owed ? String(r.owed.year) : '',
        r.owed?.dueOn ?? '',
        r.owedState ?? '',
        r.last ? String(r.last.year) : '',
        r.last?.submittedAt ? r.last.submittedAt.toISOString().slice(0, 10) : '',
      ]),
    );
  });
}

/** A signatory's submitted reports as JSON: the public parts only. */
export function reportApi(
  app: FastifyInstance,
  svc: ReportsService,
  isListed: (id: string) => Promise<boolean>,
) {
  app.get<{ Params: { id: string } }>('/api/v1/signatories/:id/reports', async (req) => {
    const id = idParam(req.params.id);
    if (!(await isListed(id))) throw notFound();
    const list = await svc.publicList(id);
    return {
      organisation: id,
      reports: list.map(({ id: _id, signerName: _n, signerTitle: _t, ...r }) => ({
        ...r,
        submittedAt: r.submittedAt?.toISOString() ?? null,
      })),
    };
  });
}

/** On a signatory's public profile: its submitted reports. */
export const reportsOnProfile =
  (svc: ReportsService): Section =>
  async ({ id, slug }) => <ReportsOnProfile slug={slug} rows={await svc.publicList(id)} />;

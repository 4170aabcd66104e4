import { type Actor, requireAdmin, requireUser } from '../../platform/auth/authorize.ts';
import { todayIn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { formatDay, translator } from '../../platform/i18n/index.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { SignaturesService } from '../signatures/service.ts';
import { currentObligation, type Obligation, reminderFor, standing } from './calendar.ts';
import { gatherContent, type Sources } from './content.ts';
import * as q from './queries.ts';
import type { ReportPart } from './schema.ts';
import { REPORTING_STATUSES } from './statuses.ts';

export const GRID_PAGE_SIZE = 50;
/** Any one number, shared by every instance: the reporting job runs in one of them at a time. */
const JOB_LOCK = 7_130_042;
/** What the public sees of a new report unless the representative says otherwise: all but the index. */
export const DEFAULT_PUBLIC: ReportPart[] = ['statement', 'plan', 'training', 'engagement', 'practices'];

export interface ReportInput {
  statement?: string;
  publicParts: ReportPart[];
}
export interface SubmitInput extends ReportInput {
  signerName: string;
  signerTitle: string;
}

interface Deps6 extends Sources {
  organisations: OrganisationsService;
  signatures: SignaturesService;
}

const dayOf = (d: Date | null) => (d ? todayIn(d) : null);

/**
 * Yearly progress reports (commitment C9): every live signatory owes one a year, due on the configured day.
 * The platform fills in the figures; the representative adds a statement, chooses what is public, and submits.
 * A daily job sends reminders and moves late signatories to non-reporting, then to lapsed.
 */
export function createReportsService(deps: Deps, s: Deps6) {
  const { db, clock, mail, audit, config } = deps;
  const rules = config.reporting;

  /** What the organisation owes now, if it is a live signatory the secretariat verified. */
  async function obligationOf(organisationId: string) {
    const sig = await s.signatures.liveSignature(organisationId);
    const verified = dayOf(sig?.decidedAt ?? null);
    if (!sig || !verified || (sig.status !== 'active' && sig.status !== 'non_reporting')) return null;
    const years = (await q.submittedYears(db, [organisationId])).map((r) => r.year);
    return { signature: sig, obligation: currentObligation(verified, years, rules) };
  }

  async function tellMembers(
    tx: typeof db,
    organisationId: string,
    kind: 'reminder' | 'submitted',
    vars: { year: number; due?: string },
  ) {
    const org = await s.organisations.byId(organisationId, tx);
    if (!org) return;
    for (const m of await s.organisations.members(organisationId, tx)) {
      const t = translator(m.locale);
      const params = {
        name: m.name,
        organisation: org.legalName,
        year: vars.year,
        due: vars.due ? formatDay(m.locale, vars.due) : '',
        link: `${config.baseUrl}/${m.locale}/organisations/${org.id}/reports${kind === 'submitted' ? `/${vars.year}` : ''}`,
      };
      await mail.enqueue(tx, {
        to: m.email,
        lang: m.locale,
        subject: t(`mail.report.${kind}.subject`, params),
        text: t(`mail.report.${kind}.body`, params),
      });
    }
  }

  /** A draft or a submission must be for the report the organisation owes now. */
  async function owedOrThrow(organisationId: string, year: number) {
    const o = await obligationOf(organisationId);
    if (!o) throw new AppError('report.not_signatory', 409);
    if (o.obligation.year !== year) throw new AppError('report.not_owed', 409);
    return o;
  }

  const service = {
    rules,

    /** The organisation's reports page: what it owes now and every report so far. */
    async overview(actor: Actor, organisationId: string) {
      const access = await s.organisations.requireAccess(actor, organisationId);
      const [o, list] = await Promise.all([
        obligationOf(organisationId),
        q.ofOrganisation(db, organisationId),
      ]);
      return {
        access,
        obligation: o?.obligation ?? null,
        status: o?.signature.status ?? null,
        today: todayIn(clock.now()),
        reports: list,
      };
    },

    /**
     * One year's report: the submitted one as it was frozen, or the report owed now with its figures gathered
     * today and the draft's statement.
     */
    async report(actor: Actor, organisationId: string, year: number) {
      const access = await s.organisations.requireAccess(actor, organisationId);
      const existing = await q.byYear(db, organisationId, year);
      if (existing?.status === 'submitted' && existing.content)
        return {
          access,
          report: existing,
          content: existing.content,
          obligation: null as Obligation | null,
          signer: null,
        };
      const o = await obligationOf(organisationId);
      if (!o || o.obligation.year !== year) throw notFound();
      const content = await gatherContent(s, organisationId, o.obligation.periodFrom, todayIn(clock.now()));
      // Whoever signed the charter usually signs the report too: they find their name and title as they gave them.
      const signer =
        actor && o.signature.signedBy === actor.id
          ? { name: o.signature.signerName, title: o.signature.signerTitle }
          : null;
      return { access, report: existing, content, obligation: o.obligation, signer };
    },

    async saveDraft(actor: Actor, organisationId: string, year: number, input: ReportInput) {
      await s.organisations.requireMember(actor, organisationId);
      const { obligation } = await owedOrThrow(organisationId, year);
      const now = clock.now();
      const saved = await q.saveDraft(db, {
        organisationId,
        year,
        dueOn: obligation.dueOn,
        periodFrom: obligation.periodFrom,
        status: 'draft',
        statement: input.statement ?? null,
        publicParts: input.publicParts,
        createdAt: now,
        updatedAt: now,
      });
      if (!saved.length) throw new AppError('report.already_submitted', 409);
    },

    /**
     * The representative submits: the figures are frozen, the organisation gets a receipt by email, and a
     * non-reporting signature becomes active again — one transaction.
     */
    async submit(actor: Actor, organisationId: string, year: number, input: SubmitInput) {
      await s.organisations.requireMember(actor, organisationId, ['representative']);
      requireUser(actor);
      const { obligation, signature } = await owedOrThrow(organisationId, year);
      if (!input.statement)
        throw new AppError('report.statement_required', 422, { statement: 'report.statement_required' });
      const now = clock.now();
      const content = await gatherContent(s, organisationId, obligation.periodFrom, todayIn(now));
      return db.transaction(async (tx) => {
        const [done] = await q.submit(tx, {
          organisationId,
          year,
          dueOn: obligation.dueOn,
          periodFrom: obligation.periodFrom,
          status: 'submitted',
          statement: input.statement ?? null,
          publicParts: input.publicParts,
          content,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          submittedBy: actor.id,
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        });
        if (!done) throw new AppError('report.already_submitted', 409);
        await audit.record(tx, {
          action: 'report.submitted',
          actorId: actor.id,
          ip: null,
          subjectType: 'report',
          subjectId: done.id,
          details: { organisation: organisationId, year, late: todayIn(now) > obligation.dueOn },
        });
        if (signature.status === 'non_reporting')
          await s.signatures.reportingStep(tx, signature.id, 'active', actor.id);
        await tellMembers(tx, organisationId, 'submitted', { year });
        return done;
      });
    },

    /** A submitted report as the public sees it: only the parts the representative made public. */
    async publicReport(organisationId: string, year: number) {
      const r = await q.byYear(db, organisationId, year);
      if (r?.status !== 'submitted' || !r.content) throw notFound();
      return { report: r, content: r.content, parts: r.publicParts };
    },

    /** For the profile and the API: the submitted reports, newest first, each with only its public parts. */
    async publicList(organisationId: string) {
      return (await q.submittedOf(db, organisationId)).map(publicParts);
    },

    /** The secretariat's view of everyone's reporting: what each owes, by when, and how far it is. */
    async grid(actor: Actor, f: q.ReportingFilter, page: number, pageSize = GRID_PAGE_SIZE) {
      requireAdmin(actor);
      const { rows: found, total } = await s.signatures.signatories(
        {
          statuses: f.status ? [f.status] : [...REPORTING_STATUSES],
          sector: f.sector,
          region: f.region,
        },
        pageSize,
        (page - 1) * pageSize,
      );
      const rows = found.map(({ id, ...r }) => ({ organisationId: id, ...r }));
      const all = await q.reportsOf(
        db,
        rows.map((r) => r.organisationId),
      );
      const today = todayIn(clock.now());
      return {
        total,
        today,
        rows: rows.map((r) => {
          const mine = all.filter((x) => x.organisationId === r.organisationId);
          const submitted = mine.filter((x) => x.status === 'submitted').sort((a, b) => b.year - a.year);
          const verified = dayOf(r.verifiedAt);
          const owed =
            verified && r.status !== 'lapsed'
              ? currentObligation(
                  verified,
                  submitted.map((x) => x.year),
                  rules,
                )
              : null;
          return {
            ...r,
            owed,
            owedState: owed
              ? (mine.find((x) => x.year === owed.year)?.status ?? ('not_started' as const))
              : null,
            last: submitted[0] ?? null,
          };
        }),
      };
    },

    /**
     * The daily job, once across all instances (a PostgreSQL advisory lock for its transaction): reminders
     * 30 and 7 days before the due date and on the day, then non-reporting after it and lapsed after the grace
     * period. Returns null when another instance is running it.
     */
    async runLifecycle() {
      return db.transaction(async (tx) => {
        if (!(await q.tryJobLock(tx, JOB_LOCK))) return null;
        const today = todayIn(clock.now());
        const live = await s.signatures.liveForReporting(tx);
        const years = await q.submittedYears(
          tx,
          live.map((l) => l.organisationId),
        );
        const done = { checked: live.length, reminders: 0, nonReporting: 0, lapsed: 0 };
        for (const l of live) {
          const verified = dayOf(l.verifiedAt);
          if (!verified) continue;
          const o = currentObligation(
            verified,
            years.filter((y) => y.organisationId === l.organisationId).map((y) => y.year),
            rules,
          );
          const where = standing(today, o, rules);
          let status = l.status;
          if (where !== 'on_time' && status === 'active') {
            if (await s.signatures.reportingStep(tx, l.signatureId, 'non_reporting', null))
              done.nonReporting++;
            status = 'non_reporting';
          }
          if (where === 'lapsed' && status === 'non_reporting') {
            if (await s.signatures.reportingStep(tx, l.signatureId, 'lapsed', null)) done.lapsed++;
            continue;
          }
          const reminder = where === 'on_time' ? reminderFor(today, o.dueOn) : null;
          if (reminder && (await q.claimReminder(tx, l.organisationId, o.year, reminder, clock.now()))) {
            await tellMembers(tx, l.organisationId, 'reminder', { year: o.year, due: o.dueOn });
            done.reminders++;
          }
        }
        return done;
      });
    },

    /** Every submitted report's figures, for the three-year evaluation. */
    allSubmitted: () => q.allSubmitted(db),
    submittedOf: (organisationId: string) => q.submittedOf(db, organisationId),
  };
  return service;
}
export type ReportsService = ReturnType<typeof createReportsService>;

/** What the public may read of a submitted report: its dates and signer, and the parts made public. */
function publicParts(r: q.Report) {
  const c = r.content;
  const parts = new Set(r.publicParts);
  const part = <K extends Exclude<ReportPart, 'statement'>>(k: K) => (c && parts.has(k) ? c[k] : undefined);
  return {
    id: r.id,
    year: r.year,
    dueOn: r.dueOn,
    period: c?.period ?? null,
    submittedAt: r.submittedAt,
    signerName: r.signerName,
    signerTitle: r.signerTitle,
    publicParts: r.publicParts,
    statement: parts.has('statement') ? (r.statement ?? undefined) : undefined,
    plan: part('plan'),
    training: part('training'),
    engagement: part('engagement'),
    practices: part('practices'),
    index: part('index'),
  };
}
export type PublicReport = ReturnType<typeof publicParts>;

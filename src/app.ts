import { randomUUID } from 'node:crypto';
import path from 'node:path';
import './features/messages.ts';
import Fastify, { type RouteOptions } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { accountPages } from './features/accounts/routes.tsx';
import { createAccountsService } from './features/accounts/service.ts';
import { adminPages } from './features/admin/routes.tsx';
import { createAdminService } from './features/admin/service.ts';
import { assessmentApi, assessmentPages } from './features/assessments/routes.tsx';
import { createAssessmentsService } from './features/assessments/service.ts';
import { campaignPages, campaignsOnProfile } from './features/campaigns/routes.tsx';
import { createCampaignsService } from './features/campaigns/service.ts';
import { charterPages } from './features/charter/routes.tsx';
import { createCharterService } from './features/charter/service.ts';
import { evaluationPages } from './features/evaluation/routes.tsx';
import { createEvaluationService } from './features/evaluation/service.ts';
import { followingPages } from './features/following/routes.tsx';
import { createFollowingService } from './features/following/service.ts';
import { healthRoutes } from './features/health/routes.ts';
import { homePages, rootRedirect } from './features/home/routes.tsx';
import { jointActionApi, jointActionPages, jointActionsOnProfile } from './features/joint-actions/routes.tsx';
import { createJointActionsService } from './features/joint-actions/service.ts';
import { ledgerApi, ledgerPages } from './features/ledger/routes.tsx';
import { createLedgerService } from './features/ledger/service.ts';
import { obstacleApi, obstaclePages } from './features/obstacles/routes.tsx';
import { createObstaclesService } from './features/obstacles/service.ts';
import { logoRoute, organisationPages } from './features/organisations/routes.tsx';
import { createOrganisationsService } from './features/organisations/service.ts';
import {
  gridCsv,
  gridPages,
  planApi,
  planOnProfile,
  planPages,
  safetyPages,
  trainingPages,
} from './features/plans/routes.tsx';
import { createPlansService } from './features/plans/service.ts';
import { practiceApi, practicePages, practicesOnProfile } from './features/practices/routes.tsx';
import { createPracticesService } from './features/practices/service.ts';
import { referralPages } from './features/referrals/routes.tsx';
import { createReferralsService } from './features/referrals/service.ts';
import { registerApi, registerPages } from './features/register/routes.tsx';
import { createRegisterService } from './features/register/service.ts';
import { reportApi, reportingCsv, reportPages, reportsOnProfile } from './features/reports/routes.tsx';
import { createReportsService } from './features/reports/service.ts';
import { signaturePages } from './features/signatures/routes.tsx';
import { createSignaturesService } from './features/signatures/service.ts';
import { sitePagePages } from './features/site-pages/routes.tsx';
import { createSitePagesService } from './features/site-pages/service.ts';
import { startPages } from './features/start/routes.tsx';
import { createStartService } from './features/start/service.ts';
import { templatePages } from './features/templates/routes.tsx';
import { createTemplatesService } from './features/templates/service.ts';
import { createAudit } from './platform/audit/index.ts';
import { createSessions } from './platform/auth/sessions.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Deps } from './platform/deps.ts';
import { answerClientError, registerHttpPlatform } from './platform/http/index.tsx';
import { requestLogValue } from './platform/http/redact.ts';
import { LOCALES } from './platform/i18n/index.ts';
import { createMail } from './platform/mail/index.ts';

export interface BuildOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Called for every route as it is registered (the authorization tests list them this way). */
  onRoute?: (route: RouteOptions) => void;
  /** Where log lines go instead of stdout (the tests read them). */
  logStream?: { write(line: string): void };
}

/** A request id from a trusted-looking X-Request-Id header (a proxy's), or a new one. */
function requestId(req: { headers: Record<string, string | string[] | undefined> }) {
  const h = req.headers['x-request-id'];
  return typeof h === 'string' && /^[\w.-]{8,64}$/.test(h) ? h : randomUUID();
}

export async function buildApp(opts: BuildOptions) {
  const { config, database } = opts;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization'],
      // One-time tokens travel in some URLs; the log never shows them.
      serializers: { req: requestLogValue },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    genReqId: requestId,
    requestIdHeader: false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
    clientErrorHandler: answerClientError,
  });
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);

  const clock = opts.clock ?? systemClock;
  const mail = createMail({
    db: database.db,
    clock,
    log: app.log,
    from: config.mailFrom,
    smtpUrl: config.smtpUrl,
    mailDir: path.join(config.dataDir, 'mail'),
    retentionDays: config.mailRetentionDays,
  });
  const deps: Deps = {
    config,
    database,
    db: database.db,
    clock,
    log: app.log,
    mail,
    audit: createAudit(clock),
    sessions: createSessions(database.db, clock, config.sessionTtlMs),
  };
  app.addHook('onClose', async () => mail.close());

  await registerHttpPlatform(app, deps);
  healthRoutes(app, deps);
  rootRedirect(app);

  const accounts = createAccountsService(deps);
  const admin = createAdminService(deps);
  const charter = createCharterService(deps);
  const ledger = createLedgerService(deps);
  const organisations = createOrganisationsService(deps);
  const signatures = createSignaturesService(deps, { charter, organisations, ledger });
  const register = createRegisterService(deps);
  const plans = createPlansService(deps, organisations, signatures);
  const start = createStartService({ organisations, signatures, plans });
  const templates = createTemplatesService(deps, organisations, plans);
  const campaigns = createCampaignsService(deps, organisations);
  const referrals = createReferralsService(deps, organisations);
  const obstacles = createObstaclesService(deps);
  const practices = createPracticesService(deps, organisations, obstacles);
  const jointActions = createJointActionsService(deps, organisations, obstacles);
  const following = createFollowingService(deps, obstacles);
  const assessments = createAssessmentsService(deps, organisations);
  const reports = createReportsService(deps, {
    organisations,
    signatures,
    plans,
    campaigns,
    jointActions,
    practices,
    assessments,
  });
  const sitePages = createSitePagesService(deps);
  const evaluation = createEvaluationService(deps, {
    organisations,
    signatures,
    assessments,
    reports,
    plans,
    practices,
    jointActions,
    campaigns,
  });
  planApi(app, plans, register.isListed);
  obstacleApi(app, obstacles);
  practiceApi(app, deps, practices);
  jointActionApi(app, jointActions, obstacles);
  assessmentApi(app, assessments);
  reportApi(app, reports, register.isListed);
  reportingCsv(app, reports);
  gridCsv(app, plans);
  ledgerApi(app, ledger);
  registerApi(app, deps, register);
  logoRoute(app, organisations);
  // Every page exists once per language, under its prefix: /fr/…, /nl/…, /de/…, /en/….
  for (const locale of LOCALES) {
    await app.register(
      async (scope) => {
        homePages(scope, register);
        accountPages(scope, deps, accounts, start.landing);
        startPages(scope, start);
        adminPages(scope, deps, admin);
        charterPages(scope, charter);
        organisationPages(scope, deps, organisations, signatures.statusOf, referrals, {
          save: signatures.saveOrganisation,
          pendingChange: signatures.pendingChange,
        });
        signaturePages(scope, deps, signatures, { organisations, charter });
        ledgerPages(scope, ledger, register.listedSlugs);
        registerPages(scope, register, {
          broughtIn: referrals.broughtIn,
          sections: [
            planOnProfile(plans),
            campaignsOnProfile(campaigns),
            practicesOnProfile(practices),
            jointActionsOnProfile(jointActions),
            reportsOnProfile(reports),
          ],
        });
        planPages(scope, plans, organisations, templates.suggestions);
        templatePages(scope, templates);
        campaignPages(scope, campaigns);
        referralPages(scope, deps, referrals, organisations);
        obstaclePages(
          scope,
          obstacles,
          {
            practices: (id) => practices.search({ obstacle: id }, 1, 10),
            jointActions: (id) => jointActions.list({ obstacle: id }, 1, 10),
          },
          (actor, id) => following.follows(actor, 'obstacle', id),
        );
        followingPages(scope, following, obstacles);
        jointActionPages(scope, jointActions, organisations, obstacles);
        practicePages(scope, practices, organisations, obstacles);
        gridPages(scope, plans);
        trainingPages(scope, plans, organisations);
        safetyPages(scope, plans, organisations);
        assessmentPages(scope, assessments, organisations, obstacles, templates.suggestions);
        reportPages(scope, reports, organisations, assessments.current, register.profile, deps.clock);
        evaluationPages(scope, evaluation, assessments.current, deps.clock);
        sitePagePages(scope, sitePages);
      },
      { prefix: `/${locale}` },
    );
  }
  return {
    app,
    deps,
    services: {
      accounts,
      admin,
      charter,
      ledger,
      organisations,
      signatures,
      register,
      plans,
      templates,
      campaigns,
      referrals,
      obstacles,
      practices,
      jointActions,
      following,
      assessments,
      reports,
      evaluation,
      sitePages,
    },
  };
}

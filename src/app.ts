import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { accountsFeature } from './features/accounts/feature.ts';
import { adminFeature } from './features/admin/feature.ts';
import { assessmentsFeature } from './features/assessments/feature.ts';
import { campaignsFeature } from './features/campaigns/feature.ts';
import { charterFeature } from './features/charter/feature.ts';
import { evaluationFeature } from './features/evaluation/feature.ts';
import { facilitationFeature } from './features/facilitation/feature.ts';
import { followingFeature } from './features/following/feature.ts';
import { healthFeature } from './features/health/feature.ts';
import { helpPointsFeature } from './features/help-points/feature.ts';
import { homeFeature } from './features/home/feature.ts';
import { jointActionsFeature } from './features/joint-actions/feature.ts';
import { ledgerFeature } from './features/ledger/feature.ts';
import { obstaclesFeature } from './features/obstacles/feature.ts';
import { organisationsFeature } from './features/organisations/feature.ts';
import { plansFeature } from './features/plans/feature.ts';
import { practicesFeature } from './features/practices/feature.ts';
import { referralsFeature } from './features/referrals/feature.ts';
import { registerFeature } from './features/register/feature.ts';
import { reportsFeature } from './features/reports/feature.ts';
import { signaturesFeature } from './features/signatures/feature.ts';
import { sitePagesFeature } from './features/site-pages/feature.ts';
import { startFeature } from './features/start/feature.ts';
import { templatesFeature } from './features/templates/feature.ts';
import { createAudit } from './platform/audit/index.ts';
import type { Actor } from './platform/auth/authorize.ts';
import { createSessions } from './platform/auth/sessions.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Deps } from './platform/deps.ts';
import {
  count,
  type Feature,
  type Job,
  type MenuEntry,
  type ServicesOf,
  type Site,
} from './platform/feature.ts';
import { answerClientError } from './platform/http/error-reply.tsx';
import { registerHttpPlatform } from './platform/http/index.tsx';
import { requestLogValue } from './platform/http/redact.ts';
import { LOCALES, registerMessages } from './platform/i18n/index.ts';
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

  const site = { menu: [] as MenuEntry[] };
  await registerHttpPlatform(app, deps, site);

  // Each feature is built from the services it needs, in dependency order. A few pages show what a feature
  // built later answers (a signature's status on an organisation's page): those are functions, called per
  // request, by which time every feature exists.
  const charter = charterFeature(deps);
  const ledger = ledgerFeature(deps, { listedSlugs: (ids) => register.service.listedSlugs(ids) });
  const organisations = organisationsFeature(deps, {
    signatureStatus: (id) => signatures.service.statusOf(id),
    referrals: {
      lookup: (token) => referrals.service.lookup(token),
      claim: (actor, token, id) => referrals.service.claim(actor, token, id),
    },
    identity: {
      save: (...a) => signatures.service.saveOrganisation(...a),
      pendingChange: (...a) => signatures.service.pendingChange(...a),
    },
  });
  const signatures = signaturesFeature(deps, {
    charter: charter.service,
    organisations: organisations.service,
    ledger: ledger.service,
  });
  const register = registerFeature(deps, { broughtIn: (id) => referrals.service.broughtIn(id) });
  const plans = plansFeature(deps, {
    organisations: organisations.service,
    signatures: signatures.service,
    isListed: (id) => register.service.isListed(id),
    suggestions: (actor, id) => templates.service.suggestions(actor, id),
  });
  const start = startFeature({
    organisations: organisations.service,
    signatures: signatures.service,
    plans: plans.service,
  });
  const templates = templatesFeature(deps, { organisations: organisations.service, plans: plans.service });
  const campaigns = campaignsFeature(deps, { organisations: organisations.service });
  const referrals = referralsFeature(deps, { organisations: organisations.service });
  const obstacles = obstaclesFeature(deps, {
    addressedBy: {
      practices: (id) => practices.service.search({ obstacle: id }, 1, 10),
      jointActions: (id) => jointActions.service.list({ obstacle: id }, 1, 10),
    },
    isFollowing: (actor, id) => following.service.follows(actor, 'obstacle', id),
  });
  const practices = practicesFeature(deps, {
    organisations: organisations.service,
    obstacles: obstacles.service,
  });
  const jointActions = jointActionsFeature(deps, {
    organisations: organisations.service,
    obstacles: obstacles.service,
  });
  const following = followingFeature(deps, { obstacles: obstacles.service });
  const assessments = assessmentsFeature(deps, {
    organisations: organisations.service,
    obstacles: obstacles.service,
    suggestions: (actor, id) => templates.service.suggestions(actor, id),
  });
  const sources = {
    organisations: organisations.service,
    signatures: signatures.service,
    plans: plans.service,
    campaigns: campaigns.service,
    jointActions: jointActions.service,
    practices: practices.service,
    assessments: assessments.service,
  };
  const reports = reportsFeature(deps, { ...sources, register: register.service });
  const evaluation = evaluationFeature(deps, { ...sources, reports: reports.service });
  const facilitation = facilitationFeature(deps, {
    organisations: organisations.service,
    ledger: ledger.service,
    // The log names its place by the structure's help points; that feature is built next, hence the closure.
    points: (by) => helpPoints.service.points.names(by),
  });
  const helpPoints = helpPointsFeature(deps, {
    organisations: organisations.service,
    // A point's page says how many of its structure's helpers signed the code of ethics, and which version.
    helpers: async (organisationId: string) => {
      const { size, signed } = await facilitation.service.structures.publicStructure(organisationId);
      return { size, signed, current: facilitation.service.ethics().version };
    },
  });
  /** Where a person lands once signed in: a digital helper or coordinator in no organisation, on their space. */
  const landing = async (actor: Actor) => {
    const to = await start.service.landing(actor);
    return to === '/start' && (await facilitation.service.structures.hasRole(actor)) ? '/facilitation' : to;
  };

  /** Every feature, once: the order here is the order of the profile's sections. */
  const features = [
    healthFeature(deps),
    homeFeature({ register: register.service }),
    accountsFeature(deps, { landing }),
    start,
    adminFeature(deps),
    charter,
    organisations,
    signatures,
    ledger,
    register,
    plans,
    templates,
    campaigns,
    referrals,
    obstacles,
    following,
    practices,
    jointActions,
    assessments,
    reports,
    evaluation,
    sitePagesFeature(deps),
    facilitation,
    helpPoints,
  ] as const;
  const services = await registerFeatures(app, deps, site, features);
  return {
    app,
    deps,
    features,
    services,
    jobs: [...platformJobs(deps), ...features.flatMap((f) => f.jobs ?? [])],
  };
}

const MAIL_EVERY_MS = 5_000;
const PURGE_EVERY_MS = 3600_000;

/** The platform's own background work: the outbox and expired sessions. */
function platformJobs(deps: Deps): Job[] {
  return [
    {
      name: 'mail',
      help: 'send every message waiting in the outbox',
      everyMs: MAIL_EVERY_MS,
      run: async () => `${count(await deps.mail.flush(), 'message')} sent.`,
    },
    {
      name: 'session-purge',
      help: 'delete expired sessions',
      everyMs: PURGE_EVERY_MS,
      run: async () => {
        await deps.sessions.purgeExpired();
        return 'Expired sessions deleted.';
      },
    },
  ];
}

/**
 * Registers every part of every feature: its messages and audit actions, its routes, its pages under each
 * language, its menu entries, and its section of a signatory's profile.
 */
async function registerFeatures<L extends readonly Feature[]>(
  app: FastifyInstance,
  deps: Deps,
  site: { menu: MenuEntry[] },
  features: L,
): Promise<ServicesOf<L>> {
  registerMessages(...features.map((f) => f.messages));
  for (const f of features) deps.audit.declare(f.auditActions ?? []);
  site.menu.push(...features.flatMap((f) => f.menu ?? []).sort((a, b) => a.order - b.order));
  const shared: Site = { profileSections: features.flatMap((f) => (f.profile ? [f.profile] : [])) };
  for (const f of features) f.routes?.(app);
  // Every page exists once per language, under its prefix: /fr/…, /nl/…, /de/…, /en/….
  for (const locale of LOCALES) {
    await app.register(
      async (scope) => {
        for (const f of features) f.pages?.(scope, shared);
      },
      { prefix: `/${locale}` },
    );
  }
  return Object.fromEntries(features.map((f) => [f.name, f.service])) as ServicesOf<L>;
}

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { accountPages } from './features/accounts/routes.tsx';
import { createAccountsService } from './features/accounts/service.ts';
import { adminPages } from './features/admin/routes.tsx';
import { createAdminService } from './features/admin/service.ts';
import { healthRoutes } from './features/health/routes.ts';
import { homePages, rootRedirect } from './features/home/routes.tsx';
import { createAudit } from './platform/audit/index.ts';
import { createSessions } from './platform/auth/sessions.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Deps } from './platform/deps.ts';
import { registerHttpPlatform } from './platform/http/index.tsx';
import { LOCALES } from './platform/i18n/index.ts';
import { createMail } from './platform/mail/index.ts';

export interface BuildOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Called for every route as it is registered (the authorization tests list them this way). */
  onRoute?: (route: RouteOptions) => void;
}

/** A request id from a trusted-looking X-Request-Id header (a proxy's), or a new one. */
function requestId(req: { headers: Record<string, string | string[] | undefined> }) {
  const h = req.headers['x-request-id'];
  return typeof h === 'string' && /^[\w.-]{8,64}$/.test(h) ? h : randomUUID();
}

export async function buildApp(opts: BuildOptions): Promise<{ app: FastifyInstance; deps: Deps }> {
  const { config, database } = opts;
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    genReqId: requestId,
    requestIdHeader: false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
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
  // Every page exists once per language, under its prefix: /fr/…, /nl/…, /de/…, /en/….
  for (const locale of LOCALES) {
    await app.register(
      async (scope) => {
        homePages(scope);
        accountPages(scope, deps, accounts);
        adminPages(scope, deps, admin);
      },
      { prefix: `/${locale}` },
    );
  }
  return { app, deps };
}

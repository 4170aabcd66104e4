import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import type { Deps } from '../../src/platform/deps.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import { cloneTestDatabase } from './db.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  database: Database;
  clock: ManualClock;
  dataDir: string;
  /** The services, for what has no HTTP surface (scheduled jobs). */
  services: Awaited<ReturnType<typeof buildApp>>['services'];
  close(): Promise<void>;
}

/** A fresh app on a fresh copy of the test database, with a clock that moves only when told. */
export async function startTestApp(
  opts: {
    env?: Record<string, string>;
    onRoute?: (r: RouteOptions) => void;
    clock?: ManualClock;
    /** Extra routes a test needs, added before the app is ready. */
    setup?: (app: FastifyInstance) => void;
    /** Receives the log lines (with LOG_LEVEL set in env). */
    logStream?: { write(line: string): void };
  } = {},
): Promise<TestApp> {
  const database = await cloneTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-test-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    RATE_LIMIT_AUTH_MAX: '1000',
    RATE_LIMIT_ACCOUNT_MAX: '1000',
    ...opts.env,
  });
  const clock = opts.clock ?? new ManualClock(new Date(), 1);
  const { app, deps, services } = await buildApp({
    config,
    database,
    clock,
    onRoute: opts.onRoute,
    logStream: opts.logStream,
  });
  opts.setup?.(app);
  await app.ready();
  return {
    app,
    deps,
    database,
    clock,
    dataDir,
    services,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A browser-like client over app.inject(): keeps cookies and finds the CSRF token of the last page. */
export class Agent {
  cookies = new Map<string, string>();
  lastHtml = '';
  constructor(
    readonly app: FastifyInstance,
    readonly headers: Record<string, string> = {},
    /** The client address the app sees (rate limits count per IP). */
    readonly remoteAddress = '127.0.0.1',
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) this.lastHtml = res.body;
    return res;
  }

  async get(url: string, headers: Record<string, string> = {}) {
    return this.keep(
      await this.app.inject({
        remoteAddress: this.remoteAddress,
        method: 'GET',
        url,
        headers: { ...this.headers, cookie: this.cookieHeader(), ...headers },
      }),
    );
  }

  /**
   * Posts a form with the CSRF token of the last page seen (unless the form gives its own `_csrf`);
   * a list sends the field once per value, as ticked checkboxes do.
   */
  async post(url: string, form: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ _csrf: this.csrf(), ...form })) {
      for (const one of [v].flat()) params.append(k, one);
    }
    const body = params.toString();
    return this.keep(
      await this.app.inject({
        remoteAddress: this.remoteAddress,
        method: 'POST',
        url,
        payload: body,
        headers: {
          ...this.headers,
          'content-type': 'application/x-www-form-urlencoded',
          cookie: this.cookieHeader(),
          ...headers,
        },
      }),
    );
  }

  csrf(): string {
    return /name="_csrf" value="([^"]+)"/.exec(this.lastHtml)?.[1] ?? '';
  }

  /** Opens a link as a browser does: following its redirects (an emailed link moves its token to a cookie). */
  async follow(url: string) {
    let res = await this.get(url);
    for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 5; hops++) {
      res = await this.get(String(res.headers.location));
    }
    return res;
  }
}

/** The newest message sent to an address, from the outbox. */
export async function lastMailTo(t: TestApp, to: string) {
  const [m] = await t.deps.db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, to))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return m;
}

export function linkIn(text: string | undefined): string {
  const m = /https?:\/\/[^\s]+/.exec(text ?? '');
  if (!m) throw new Error(`no link in: ${text}`);
  const u = new URL(m[0]);
  return u.pathname + u.search;
}

/** Signs up and follows the verification link, which signs the person in; returns the signed-in agent. */
export async function signedInUser(
  t: TestApp,
  who: { email: string; name?: string; password?: string; locale?: string } = { email: 'ana@example.be' },
) {
  const a = new Agent(t.app);
  const locale = who.locale ?? 'fr';
  const password = who.password ?? 'correct horse battery';
  await a.get(`/${locale}/sign-up`);
  const res = await a.post(`/${locale}/sign-up`, {
    name: who.name ?? 'Ana Peeters',
    email: who.email,
    password,
  });
  if (res.statusCode !== 303) throw new Error(`sign-up failed: ${res.statusCode}`);
  const link = linkIn((await lastMailTo(t, who.email))?.bodyText);
  await a.follow(link);
  const verified = await a.post(`/${locale}/verify-email`, {});
  if (verified.statusCode !== 303)
    throw new Error(`verification failed: ${verified.statusCode} ${verified.body.slice(0, 200)}`);
  return a;
}

/** Signs an agent in again: after the test clock jumps months ahead, sessions have expired, as they would. */
export async function signInAgain(a: Agent, email: string, password = 'correct horse battery') {
  a.cookies.clear();
  await a.get('/fr/sign-in');
  const res = await a.post('/fr/sign-in', { email, password });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  return a;
}

/** As signedInUser, then promoted to platform admin directly in the database. */
export async function signedInAdmin(t: TestApp, email = 'admin@example.be') {
  const a = await signedInUser(t, { email, name: 'Secrétariat' });
  await t.deps.db.update(users).set({ role: 'admin' }).where(eq(users.email, email));
  return a;
}

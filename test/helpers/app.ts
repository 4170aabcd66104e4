import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import type { SignedIn } from '../../src/platform/auth/authorize.ts';
import { sessionCookieName } from '../../src/platform/auth/cookie.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import type { Deps } from '../../src/platform/deps.ts';
import {
  allMessages,
  isLocale,
  type Locale,
  type MessageKey,
  type Params,
  translator,
} from '../../src/platform/i18n/index.ts';
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
  /** The background jobs, as `npm run cli -- jobs:run NAME` runs them. */
  jobs: Awaited<ReturnType<typeof buildApp>>['jobs'];
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
  const { app, deps, services, jobs } = await buildApp({
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
    jobs,
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

/**
 * A verified account with a password, signed in: the CLI provisions it and its owner sets the password from
 * the CLI's link, then the sessions service starts a session. The real sign-up flow is tested in accounts.
 * Besides the user, this writes what those services write: audit events `user.created` and
 * `auth.password.reset`, no mail.
 */
export async function signedInUser(
  t: TestApp,
  who: { email: string; name?: string; password?: string; locale?: string } = { email: 'ana@example.be' },
) {
  const locale = who.locale ?? 'fr';
  if (!isLocale(locale)) throw new Error(`not a locale: ${locale}`);
  const user = await provisionUser(t, { ...who, locale, admin: false });
  return signedInAs(t, user.id, locale);
}

async function provisionUser(
  t: TestApp,
  who: { email: string; name?: string; password?: string; locale: Locale; admin: boolean },
) {
  const { user, link } = await t.services.accounts.provision({
    email: who.email,
    name: who.name ?? 'Ana Peeters',
    admin: who.admin,
    locale: who.locale,
  });
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in: ${link}`);
  await t.services.accounts.resetPassword(token, who.password ?? 'correct horse battery', '127.0.0.1');
  return user;
}

/** An agent holding a new session of this user, and a CSRF token bound to it from a page with a form. */
async function signedInAs(t: TestApp, userId: string, locale: Locale) {
  const a = new Agent(t.app);
  a.cookies.set(sessionCookieName(t.deps.config), await t.deps.sessions.start(userId));
  const account = await a.get(`/${locale}/account`);
  if (account.statusCode !== 200 || !a.csrf()) throw new Error(`not signed in: ${account.statusCode}`);
  return a;
}

/** The account with this email, as the services take it: for a test that calls a service directly. */
export async function actorOf(t: TestApp, email: string): Promise<SignedIn> {
  const [u] = await t.deps.db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.email, email));
  if (!u) throw new Error(`no account: ${email}`);
  return u;
}

/** Signs an agent in again: after the test clock jumps months ahead, sessions have expired, as they would. */
export async function signInAgain(a: Agent, email: string, password = 'correct horse battery') {
  a.cookies.clear();
  await a.get('/fr/sign-in');
  const res = await a.post('/fr/sign-in', { email, password });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  return a;
}

/** As signedInUser, for an account the CLI provisioned as platform admin. */
export async function signedInAdmin(t: TestApp, email = 'admin@example.be') {
  const user = await provisionUser(t, { email, name: 'Secrétariat', locale: 'fr', admin: true });
  return signedInAs(t, user.id, 'fr');
}

/** A text as a RegExp that matches it literally, to build a larger pattern around it. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Escapes text as Preact does in a page (", & and <; not ' or >). */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The expected wording of a message, from the translator, so that a wording change does not break a test:
 * `onPage` as a page's HTML shows it, `inText` as plain text (mail, CSV, a browser's accessible names).
 * Both give a RegExp matching it literally; a placeholder not given in params (a date, a number formatted
 * elsewhere) matches any text. Plural and number placeholders must be given.
 */
export const onPage = (locale: Locale) => expected(locale, escapeHtml);
export const inText = (locale: Locale) => expected(locale, (s) => s);

function expected(locale: Locale, asShown: (s: string) => string) {
  const t = translator(locale);
  return (key: MessageKey, params: Params = {}) => {
    const raw = allMessages().get(key)?.[locale];
    if (!raw) throw new Error(`no message ${key}`);
    const open: Params = {};
    for (const [, name] of raw.matchAll(/\{(\w+)\}/g)) if (name && !(name in params)) open[name] = `\u0000`;
    const pieces = t(key, { ...open, ...params }).split('\u0000');
    return new RegExp(pieces.map((p) => escapeRe(asShown(p))).join('[\\s\\S]*?'));
  };
}

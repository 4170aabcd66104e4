import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { RouteOptions } from 'fastify';
import { users } from '../../src/platform/auth/schema.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { Agent, signedInAdmin, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';

/**
 * Every route of the app, tried as each role. A route added without a line here fails the last test,
 * so no route ships without an authorization check.
 */
type Role = 'anonymous' | 'user' | 'admin';
interface Expect {
  status: number;
  /** Where a 303 must lead (a prefix). */
  to?: string;
}
interface Case {
  url: (ctx: { adminId: string; asset: string }) => string;
  form?: (n: number) => Record<string, string>;
  expect: Record<Role, Expect>;
}

const all = (e: Expect): Record<Role, Expect> => ({ anonymous: e, user: e, admin: e });
const signInFirst = { status: 303, to: '/fr/sign-in' };
const page = { status: 200 };

const cases: Record<string, Case> = {
  'GET /': { url: () => '/', expect: all({ status: 302 }) },
  'GET /healthz': { url: () => '/healthz', expect: all(page) },
  'GET /readyz': { url: () => '/readyz', expect: all(page) },
  'GET /static/:file': { url: (c) => c.asset, expect: all(page) },
  'GET /:l': { url: () => '/fr', expect: all(page) },
  'GET /:l/sign-up': { url: () => '/fr/sign-up', expect: all(page) },
  'POST /:l/sign-up': {
    url: () => '/fr/sign-up',
    form: (n) => ({ name: 'New', email: `new${n}@example.be`, password: 'long enough password' }),
    expect: all({ status: 303, to: '/fr/sign-up/check-email' }),
  },
  'GET /:l/sign-up/check-email': { url: () => '/fr/sign-up/check-email', expect: all(page) },
  'GET /:l/verify-email': { url: () => '/fr/verify-email', expect: all({ status: 400 }) },
  'POST /:l/verify-email': {
    url: () => '/fr/verify-email',
    form: () => ({ token: 'z'.repeat(43) }),
    expect: all({ status: 400 }),
  },
  'GET /:l/sign-in': {
    url: () => '/fr/sign-in',
    expect: {
      anonymous: page,
      user: { status: 303, to: '/fr/account' },
      admin: { status: 303, to: '/fr/account' },
    },
  },
  'POST /:l/sign-in': {
    url: () => '/fr/sign-in',
    form: () => ({ email: 'nobody@example.be', password: 'wrong password' }),
    expect: all({ status: 422 }),
  },
  'POST /:l/sign-out': {
    url: () => '/fr/sign-out',
    form: () => ({}),
    expect: all({ status: 303, to: '/fr' }),
  },
  'GET /:l/forgot-password': { url: () => '/fr/forgot-password', expect: all(page) },
  'POST /:l/forgot-password': {
    url: () => '/fr/forgot-password',
    form: () => ({ email: 'nobody@example.be' }),
    expect: all({ status: 303, to: '/fr/forgot-password/sent' }),
  },
  'GET /:l/forgot-password/sent': { url: () => '/fr/forgot-password/sent', expect: all(page) },
  'GET /:l/reset-password': { url: () => '/fr/reset-password', expect: all({ status: 400 }) },
  'POST /:l/reset-password': {
    url: () => '/fr/reset-password',
    form: () => ({ token: 'z'.repeat(43), password: 'long enough password' }),
    expect: all({ status: 400 }),
  },
  'GET /:l/account': {
    url: () => '/fr/account',
    expect: { anonymous: signInFirst, user: page, admin: page },
  },
  'POST /:l/account': {
    url: () => '/fr/account',
    form: () => ({ name: 'Renamed', locale: 'fr' }),
    expect: {
      anonymous: signInFirst,
      user: { status: 303, to: '/fr/account' },
      admin: { status: 303, to: '/fr/account' },
    },
  },
  'POST /:l/account/password': {
    url: () => '/fr/account/password',
    form: () => ({ currentPassword: 'not it', newPassword: 'long enough password' }),
    expect: { anonymous: signInFirst, user: { status: 422 }, admin: { status: 422 } },
  },
  'POST /:l/account/sign-out-everywhere': {
    url: () => '/fr/account/sign-out-everywhere',
    form: () => ({}),
    // Signed-in people land on the sign-in page too, but with their sessions ended (checked below).
    expect: all(signInFirst),
  },
  'GET /:l/admin/users': {
    url: () => '/fr/admin/users',
    expect: { anonymous: signInFirst, user: { status: 403 }, admin: page },
  },
  'POST /:l/admin/users/:id/role': {
    url: (c) => `/fr/admin/users/${c.adminId}/role`,
    form: () => ({ role: 'admin' }),
    expect: { anonymous: signInFirst, user: { status: 403 }, admin: { status: 303, to: '/fr/admin/users' } },
  },
  'GET /:l/admin/audit': {
    url: () => '/fr/admin/audit',
    expect: { anonymous: signInFirst, user: { status: 403 }, admin: page },
  },
};

const routes = new Set<string>();
let t: TestApp;
before(async () => {
  t = await startTestApp({
    onRoute: (r: RouteOptions) => {
      for (const m of [r.method].flat()) {
        if (m === 'HEAD') continue;
        routes.add(`${m} ${r.url.replace(new RegExp(`^/(${LOCALES.join('|')})(?=/|$)`), '/:l')}`);
      }
    },
  });
});
after(() => t.close());

test('every route is in the authorization table, in every language', () => {
  const missing = [...routes].filter((r) => !(r in cases));
  assert.deepEqual(missing, [], 'routes without an authorization case');
  const stale = Object.keys(cases).filter((c) => !routes.has(c));
  assert.deepEqual(stale, [], 'cases for routes that do not exist');
});

test('each route answers each role as the table says', async () => {
  const adminAgent = await signedInAdmin(t, 'authz-admin@example.be');
  const adminId =
    (await t.deps.db.select().from(users).where(eq(users.email, 'authz-admin@example.be')))[0]?.id ?? '';
  const home = await t.app.inject('/fr');
  const asset = /href="(\/static\/styles\.[^"]+)"/.exec(home.body)?.[1] ?? '';
  let n = 0;
  const agents: Record<Role, () => Promise<Agent>> = {
    anonymous: async () => new Agent(t.app),
    user: () => signedInUser(t, { email: `authz-user-${++n}@example.be` }),
    admin: async () => adminAgent,
  };
  const cached: Partial<Record<Role, Agent>> = {};
  const cachedAgent = async (role: Role) => {
    const agent = cached[role] ?? (await agents[role]());
    cached[role] = agent;
    return agent;
  };
  for (const [name, c] of Object.entries(cases)) {
    for (const role of ['anonymous', 'user', 'admin'] as const) {
      // Routes that end sessions get a fresh agent, so the others keep theirs.
      const ends = name.includes('sign-out');
      const agent = ends
        ? role === 'admin'
          ? await signedInUser(t, { email: `authz-admin-${++n}@example.be` }).then(async (a) => {
              await t.deps.db
                .update(users)
                .set({ role: 'admin' })
                .where(eq(users.email, `authz-admin-${n}@example.be`));
              return a;
            })
          : await agents[role]()
        : await cachedAgent(role);
      const url = c.url({ adminId, asset });
      if (c.form) await agent.get('/fr/sign-up'); // any page with a form, for a CSRF token
      const res = c.form ? await agent.post(url, c.form(++n)) : await agent.get(url);
      const want = c.expect[role];
      assert.equal(
        res.statusCode,
        want.status,
        `${name} as ${role}: ${res.statusCode} ${res.headers.location ?? ''}`,
      );
      if (want.to)
        assert.ok(
          String(res.headers.location).startsWith(want.to),
          `${name} as ${role} → ${res.headers.location}`,
        );
      if (ends && role !== 'anonymous')
        assert.equal((await agent.get('/fr/account')).statusCode, 303, `${name} ends the session`);
    }
  }
});

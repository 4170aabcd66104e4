import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../../src/db/schema.ts';
import { organisations } from '../../src/features/organisations/schema.ts';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { sessions, users, userTokens } from '../../src/platform/auth/schema.ts';
import { translator } from '../../src/platform/i18n/index.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  type Expect,
  type LoadedCase,
  loadCases,
  type Role,
  routeCollector,
  SIGN_IN,
} from '../helpers/access.ts';
import { Agent, lastMailTo, linkIn, signedInAdmin, startTestApp, type TestApp } from '../helpers/app.ts';
import { buildWorld, ROLES } from '../helpers/world.ts';

/**
 * Every form, fed what a careless or hostile client sends: too long, the wrong type, no CSRF token.
 * Each gets a 4xx with a clear message in the page's language, and nothing is written.
 */
let t: TestApp;
let admin: Agent;
const { routes, onRoute } = routeCollector();
before(async () => {
  t = await startTestApp({
    onRoute,
    setup(app) {
      app.get('/en/boom', async () => {
        throw new Error('secret internal detail');
      });
      app.get('/api/v1/boom', async () => {
        throw new Error('secret internal detail');
      });
    },
  });
  admin = await signedInAdmin(t, 'bad-input-admin@example.be');
});
after(() => t.close());

async function snapshot() {
  const n = async (
    table:
      | typeof users
      | typeof sessions
      | typeof outbox
      | typeof auditEvents
      | typeof userTokens
      | typeof organisations,
  ) => (await t.deps.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    users: await n(users),
    sessions: await n(sessions),
    outbox: await n(outbox),
    audit: await n(auditEvents),
    tokens: await n(userTokens),
    organisations: await n(organisations),
  };
}

const long = 'x'.repeat(5000);
const forms: {
  path: string;
  signedIn: boolean;
  /** Opens what the form needs first (an emailed link). */
  open?: (agent: Agent) => Promise<void>;
  valid: Record<string, string>;
  fields: string[];
}[] = [
  {
    path: '/nl/sign-up',
    signedIn: false,
    valid: { name: 'An', email: 'an@example.be', password: 'long enough pw' },
    fields: ['name', 'email', 'password'],
  },
  {
    path: '/nl/sign-in',
    signedIn: false,
    valid: { email: 'an@example.be', password: 'long enough pw' },
    fields: ['email', 'password'],
  },
  { path: '/nl/forgot-password', signedIn: false, valid: { email: 'an@example.be' }, fields: ['email'] },
  { path: '/nl/sign-up/check-email', signedIn: false, valid: { email: 'an@example.be' }, fields: ['email'] },
  {
    path: '/nl/reset-password',
    signedIn: false,
    // A live link, so that the form answers rather than the "invalid link" page: its token is in a cookie.
    open: async (agent) => {
      await agent.get('/nl/forgot-password');
      await agent.post('/nl/forgot-password', { email: 'bad-input-admin@example.be' });
      await agent.follow(linkIn((await lastMailTo(t, 'bad-input-admin@example.be'))?.bodyText));
    },
    valid: { password: 'long enough pw' },
    fields: ['password'],
  },
  { path: '/nl/account', signedIn: true, valid: { name: 'An', locale: 'nl' }, fields: ['name', 'locale'] },
  {
    path: '/nl/organisations/new',
    signedIn: true,
    valid: {
      creatorRole: 'representative',
      legalName: 'Org',
      kbo: '0403199702',
      sector: 'private',
      sizeBand: 'small',
      postcode: '1000',
      commune: 'Brussel',
      description_nl: 'Een organisatie.',
    },
    fields: ['legalName', 'kbo', 'commune', 'description_nl', 'website'],
  },
  {
    path: '/nl/account/password',
    signedIn: true,
    valid: { currentPassword: 'x', newPassword: 'long enough pw' },
    fields: ['currentPassword', 'newPassword'],
  },
];

describe('every form refuses bad input without writing anything', () => {
  for (const f of forms) {
    test(f.path, async () => {
      const agent = f.signedIn ? admin : new Agent(t.app);
      await agent.get(f.signedIn ? '/nl/account' : '/nl/sign-up');
      await f.open?.(agent);
      const before = await snapshot();
      for (const field of f.fields) {
        const tooLong = await agent.post(f.path, { ...f.valid, [field]: long });
        assert.ok([400, 422].includes(tooLong.statusCode), `${field} too long: ${tooLong.statusCode}`);
        assert.match(tooLong.body, /<html lang="nl">/);
        assert.doesNotMatch(tooLong.body, /\n\s+at |node_modules/);
      }
      // The wrong type: every field sent twice arrives as a list.
      const doubled = new URLSearchParams({ _csrf: agent.csrf() });
      for (const [k, v] of Object.entries(f.valid)) {
        doubled.append(k, v);
        doubled.append(k, v);
      }
      const wrongType = await t.app.inject({
        method: 'POST',
        url: f.path,
        payload: doubled.toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      assert.ok([400, 422].includes(wrongType.statusCode), `wrong type: ${wrongType.statusCode}`);
      // JSON instead of a form, with a number where text belongs.
      const json = await t.app.inject({
        method: 'POST',
        url: f.path,
        payload: JSON.stringify({
          _csrf: agent.csrf(),
          ...Object.fromEntries(Object.keys(f.valid).map((k) => [k, 42])),
        }),
        headers: {
          'content-type': 'application/json',
          cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      assert.ok([400, 422].includes(json.statusCode), `numbers: ${json.statusCode}`);
      const noCsrf = await agent.post(f.path, { ...f.valid, _csrf: '' });
      assert.equal(noCsrf.statusCode, 403);
      assert.match(noCsrf.body, /formulier is verlopen|verlopen/i);
      const malformed = await t.app.inject({
        method: 'POST',
        url: f.path,
        payload: '{"not json',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(malformed.statusCode, 400);
      assert.deepEqual(await snapshot(), before);
    });
  }
});

test('an unexpected failure is a 500 page in the visitor’s language with a reference, never the error itself', async () => {
  const res = await t.app.inject('/en/boom');
  assert.equal(res.statusCode, 500);
  assert.match(res.body, /<html lang="en">/);
  assert.match(res.body, /Something went wrong|went wrong/i);
  assert.ok(res.body.includes(String(res.headers['x-request-id'])), 'the reference is the request id');
  assert.doesNotMatch(res.body, /secret internal detail|\n\s+at /);
  const api = await t.app.inject('/api/v1/boom');
  assert.equal(api.statusCode, 500);
  assert.equal(api.json().code, 'internal');
  assert.doesNotMatch(api.body, /secret internal detail/);
});

/**
 * Every form of the authorization cases (each feature's access.cases.ts), fed bad input as the role the case
 * lets through: one world, built once, visited in the cases' own order.
 */
const { cases } = await loadCases();
const formCases = cases.filter((c) => c.form);

const succeeds = (e: Expect) => e.status === 200 || e.status === 303;
const bounced = (e: Expect) => e.status === 303 && e.to === SIGN_IN;
const refused = (e: Expect) => e.status === 403 || bounced(e);
/**
 * Who posts the form: someone it succeeds for; for a route that signs people out, someone signed in; else
 * someone who passes the access check and meets a rule (a 4xx); else someone signed in, for the CSRF check.
 */
function poster(c: LoadedCase): Role {
  const e = c.expect;
  return (
    ROLES.find((r) => succeeds(e[r]) && !bounced(e[r])) ??
    ROLES.find((r) => r !== 'anonymous' && succeeds(e[r])) ??
    ROLES.find((r) => !refused(e[r])) ??
    'user'
  );
}

/**
 * Rows per table, from the drizzle schema. rate_limits is left out: its counters are written by every
 * counted request, refused or not, by design. Sessions are counted: a refused form must not open or end one
 * (that a request touches its session's last-seen time changes no count).
 */
const tableNames = (Object.values(schema) as unknown[])
  .flatMap((x) => (is(x, PgTable) ? [getTableName(x)] : []))
  .filter((n) => n !== 'rate_limits')
  .sort();
async function rowCounts(): Promise<Record<string, number>> {
  const query = `select ${tableNames.map((n) => `(select count(*) from "${n}")::int as "${n}"`).join(', ')}`;
  const res = (await t.deps.db.execute(sql.raw(query))) as unknown as { rows: Record<string, number>[] };
  return { ...res.rows[0] };
}

/** Longer than any text a form takes (the longest take 20,000), and under the body limit with the rest of a form. */
const tooLong = () => 'x'.repeat(Math.floor(t.deps.config.bodyLimit / 2));
const nl = translator('nl');
const inDutch = (url: string) => url.replace(/^\/fr(?=\/|$|\?)/, '/nl');
const noStackTrace = (body: string, what: string) =>
  assert.doesNotMatch(body, /\n\s+at |node_modules|\.tsx?:\d+/, `${what}: a stack trace in the body`);

function rawPost(agent: Agent, url: string, body: string) {
  return t.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
}

describe('every form of the route cases refuses bad input without writing anything', () => {
  let world: Awaited<ReturnType<typeof buildWorld>>;
  const cached: Partial<Record<Role, Agent>> = {};
  before(async () => {
    world = await buildWorld(t);
    cached.admin = world.admin;
  });

  test('the row counts cover every table of the database but rate_limits', async () => {
    const res = (await t.deps.db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as unknown as { rows: { name: string }[] };
    const inDatabase = res.rows.map((r) => r.name).filter((n) => n !== 'rate_limits');
    assert.deepEqual([...tableNames].sort(), inDatabase.sort());
  });

  test('every POST route has a case with a form', () => {
    const posts = [...routes.keys()].filter((r) => r.startsWith('POST '));
    const covered = new Set(formCases.map((c) => c.name));
    assert.deepEqual(
      posts.filter((r) => !covered.has(r)),
      [],
      'POST routes bad input never reaches',
    );
  });

  for (const c of formCases) {
    test(`${c.name} (${poster(c)})`, async () => {
      const { ctx, fresh, next } = world;
      const role = poster(c);
      const want = c.expect[role];
      // Routes that end sessions get a fresh agent, so the others keep theirs.
      const ends = c.name.includes('sign-out');
      const agent = ends ? await fresh[role]() : (cached[role] ?? (await fresh[role]()));
      if (!ends) cached[role] = agent;
      const url = inDutch(await c.url(ctx));
      await agent.get('/nl/sign-up'); // any page with a form, for a CSRF token
      // Kept, since the refusals' pages may carry none (the agent would otherwise send the last page's).
      const _csrf = agent.csrf();
      assert.ok(_csrf, 'a CSRF token to send');
      const valid = c.form?.(next(), ctx) ?? {};
      const before = await rowCounts();

      const noCsrf = await agent.post(url, { ...valid, _csrf: '' });
      assert.equal(noCsrf.statusCode, 403, `without a CSRF token: ${noCsrf.statusCode}`);
      assert.match(noCsrf.body, /<html lang="nl">/);
      assert.ok(noCsrf.body.includes(nl('err.csrf')), 'the CSRF message, in Dutch');

      // Past the access check only: elsewhere a refusal says nothing about the fields.
      if (!refused(want)) {
        for (const field of Object.keys(valid).filter((f) => !c.controls?.includes(f))) {
          const res = await agent.post(url, { ...valid, [field]: tooLong(), _csrf });
          const what = `${field} too long`;
          // A 403 would be the CSRF check or the access check, not the field's.
          assert.ok(
            res.statusCode >= 400 && res.statusCode < 500 && res.statusCode !== 403,
            `${what}: ${res.statusCode}`,
          );
          noStackTrace(res.body, what);
          if (String(res.headers['content-type']).startsWith('text/html')) {
            assert.match(res.body, /<html lang="nl">/, what);
            if (res.statusCode === 422) assert.ok(res.body.includes(nl('form.error_summary')), what);
          }
        }
      }

      const limit = t.deps.config.bodyLimit;
      const oversize = await rawPost(
        agent,
        url,
        new URLSearchParams({ _csrf, ...valid, filler: 'x'.repeat(limit + 1) }).toString(),
      );
      assert.equal(oversize.statusCode, 413, `over the size limit: ${oversize.statusCode}`);
      noStackTrace(oversize.body, 'over the size limit');

      assert.deepEqual(await rowCounts(), before, 'nothing written');

      // The same form, valid, still gets its case's answer: the refusals above were the bad input's doing.
      // (A refused role's answer may depend on pages the authorization test opened before; it proves nothing.)
      if (!refused(want)) {
        const res = await agent.post(inDutch(await c.url(ctx)), { ...valid, _csrf });
        const where = `${res.statusCode} ${res.headers.location ?? ''}`;
        assert.equal(res.statusCode, want.status, `the valid form: ${where}`);
        if (want.to)
          assert.ok(String(res.headers.location).startsWith(inDutch(want.to)), `the valid form: ${where}`);
      }
    });
  }

  /**
   * The wrong type: a field sent twice arrives as a list. The form refuses it or handles it as usual, which
   * may write; so this pass runs after the one above, whose valid forms need the world as the cases left it.
   */
  for (const c of formCases.filter((c) => !refused(c.expect[poster(c)]))) {
    test(`${c.name}, each field twice (${poster(c)})`, async () => {
      const { ctx, fresh, next } = world;
      const role = poster(c);
      const ends = c.name.includes('sign-out');
      const agent = ends ? await fresh[role]() : (cached[role] ?? (await fresh[role]()));
      if (!ends) cached[role] = agent;
      const url = inDutch(await c.url(ctx));
      await agent.get('/nl/sign-up');
      const _csrf = agent.csrf();
      const valid = c.form?.(next(), ctx) ?? {};
      for (const field of Object.keys(valid)) {
        const doubled = new URLSearchParams({ _csrf, ...valid });
        doubled.append(field, valid[field] ?? '');
        const res = await rawPost(agent, url, doubled.toString());
        assert.ok(res.statusCode < 500, `${field} twice: ${res.statusCode}`);
        noStackTrace(res.body, `${field} twice`);
      }
    });
  }
});

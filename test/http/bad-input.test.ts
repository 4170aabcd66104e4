import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import { organisations } from '../../src/features/organisations/schema.ts';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { sessions, users, userTokens } from '../../src/platform/auth/schema.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import { Agent, lastMailTo, linkIn, signedInAdmin, startTestApp, type TestApp } from '../helpers/app.ts';

/**
 * Every form, fed what a careless or hostile client sends: too long, the wrong type, no CSRF token.
 * Each gets a 4xx with a clear message in the page's language, and nothing is written.
 */
let t: TestApp;
let admin: Agent;
before(async () => {
  t = await startTestApp({
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

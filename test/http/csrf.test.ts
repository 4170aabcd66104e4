import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { users } from '../../src/platform/auth/schema.ts';
import { Agent, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';

/** Issue 12, item 5: a token is good only with the session it was made for, and only from our own pages. */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const nameOf = async (email: string) =>
  (await t.deps.db.select().from(users).where(eq(users.email, email)))[0]?.name;

describe('CSRF tokens are bound to the session', () => {
  test("the victim's session with the attacker's own CSRF cookie and token is refused", async () => {
    const victim = await signedInUser(t, { email: 'victim@example.be', name: 'Victim' });
    // The attacker takes a secret and a token of their own, from their own visit, signed in or not.
    const attacker = await signedInUser(t, { email: 'attacker@example.be', name: 'Attacker' });
    await attacker.get('/fr/account');
    const anonymous = new Agent(t.app);
    await anonymous.get('/fr/sign-in');
    for (const [from, label] of [
      [attacker, 'signed-in attacker'],
      [anonymous, 'anonymous attacker'],
    ] as const) {
      const forged = new Agent(t.app);
      forged.cookies = new Map(from.cookies);
      forged.cookies.set('sid', victim.cookies.get('sid') ?? '');
      const res = await forged.post('/fr/account', { name: 'Pwned', locale: 'fr', _csrf: from.csrf() }, {});
      assert.equal(res.statusCode, 403, label);
    }
    assert.equal(await nameOf('victim@example.be'), 'Victim');

    // The victim's own page and token still work.
    await victim.get('/fr/account');
    const own = await victim.post('/fr/account', { name: 'Victim Renamed', locale: 'fr' });
    assert.equal(own.statusCode, 303);
    assert.equal(await nameOf('victim@example.be'), 'Victim Renamed');
  });

  test('a token made before signing in does not work once the session changes', async () => {
    const a = await signedInUser(t, { email: 'rotating@example.be' });
    await a.get('/fr/account');
    const before = a.csrf();
    await a.post('/fr/sign-out', {});
    await a.get('/fr/sign-in');
    await a.post('/fr/sign-in', { email: 'rotating@example.be', password: 'correct horse battery' });
    const stale = await a.post('/fr/account', { name: 'Stale', locale: 'fr', _csrf: before });
    assert.equal(stale.statusCode, 403);
  });

  test('a form posted from another site is refused even with a good token; our own origin passes', async () => {
    const a = await signedInUser(t, { email: 'origin@example.be', name: 'Origin' });
    await a.get('/fr/account');
    const evil = await a.post(
      '/fr/account',
      { name: 'From elsewhere', locale: 'fr' },
      { origin: 'https://evil.example' },
    );
    assert.equal(evil.statusCode, 403);
    const nullOrigin = await a.post('/fr/account', { name: 'Sandboxed', locale: 'fr' }, { origin: 'null' });
    assert.equal(nullOrigin.statusCode, 403);
    const badReferer = await a.post(
      '/fr/account',
      { name: 'Referred', locale: 'fr' },
      { referer: 'https://evil.example/page' },
    );
    assert.equal(badReferer.statusCode, 403);
    assert.equal(await nameOf('origin@example.be'), 'Origin');
    const own = await a.post(
      '/fr/account',
      { name: 'From here', locale: 'fr' },
      { origin: t.deps.config.baseUrl },
    );
    assert.equal(own.statusCode, 303);
    assert.equal(await nameOf('origin@example.be'), 'From here');
  });

  test('under https the CSRF cookie carries the __Host- prefix', async () => {
    const secure = await startTestApp({ env: { BASE_URL: 'https://inclusio.example' } });
    try {
      const res = await secure.app.inject('/fr/sign-in');
      const names = (res.cookies as { name: string; secure?: boolean; path?: string }[]).map((c) => c);
      const csrf = names.find((c) => c.name.includes('csrf'));
      assert.equal(csrf?.name, '__Host-csrf');
      assert.equal(csrf?.secure, true);
      assert.equal(csrf?.path, '/');
    } finally {
      await secure.close();
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import { users } from '../../src/platform/auth/schema.ts';
import { Agent, onPage, startTestApp, type TestApp } from '../helpers/app.ts';

/** Issue 12, item 1: a NUL byte (or another control character) reached PostgreSQL and became a 500. */
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const message = (lang: 'fr' | 'nl' | 'de' | 'en') => onPage(lang)('err.text.control_chars');

describe('control characters are refused at the input boundary', () => {
  for (const url of [
    '/api/v1/signatories?q=%00',
    '/fr/signatories?q=%00',
    '/nl/practices?q=a%00b',
    '/fr/signatories/%00',
    '/de/signatories?q=%1B%5B31m',
    '/en/practices?q=%7F',
    '/fr/signatories?q=%C2%85',
  ]) {
    test(`GET ${url} is a 4xx with the message in the page's language`, async () => {
      const res = await t.app.inject(url);
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${url}: ${res.statusCode}`);
      const lang = url.startsWith('/api/') ? 'fr' : (url.slice(1, 3) as 'fr' | 'nl' | 'de' | 'en');
      if (url.startsWith('/api/')) {
        assert.match(String(res.headers['content-type']), /problem\+json/);
        assert.equal(res.json().code, 'text.control_chars');
      } else if (res.statusCode === 400) {
        assert.match(res.body, message(lang));
      }
    });
  }

  test('a sign-up whose name holds a NUL byte is refused and writes nothing', async () => {
    const [before] = await t.deps.db.select({ n: count() }).from(users);
    const a = new Agent(t.app);
    await a.get('/fr/sign-up');
    const res = await a.post('/fr/sign-up', {
      name: 'x\u0000y',
      email: 'nul@example.be',
      password: 'correct horse battery',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, message('fr'));
    const [after] = await t.deps.db.select({ n: count() }).from(users);
    assert.equal(after?.n, before?.n);
  });

  test('tab and line breaks stay allowed in form text, where multi-line text holds them', async () => {
    const a = new Agent(t.app);
    await a.get('/fr/sign-up');
    const res = await a.post('/fr/sign-up', {
      name: 'Ana\tPeeters',
      email: 'tab@example.be',
      password: 'correct horse battery',
    });
    assert.notEqual(res.statusCode, 400);
    assert.ok(res.statusCode < 500);
  });

  test('a JSON body with a control character in a nested value is refused', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/fr/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: ['a\u0001b@example.be'] }),
    });
    assert.equal(res.statusCode, 400);
    const lone = await t.app.inject({
      method: 'POST',
      url: '/api/v1/signatories',
      headers: { 'content-type': 'application/json' },
      payload: '{"q":"\\uD800"}',
    });
    assert.ok(lone.statusCode >= 400 && lone.statusCode < 500, String(lone.statusCode));
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { count } from 'drizzle-orm';
import { users } from '../../src/platform/auth/schema.ts';
import { LOCALES, translator } from '../../src/platform/i18n/index.ts';
import { Agent, onPage, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe('health', () => {
  test('GET /healthz answers ok', async () => {
    const res = await t.app.inject('/healthz');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
  });

  test('GET /readyz is 200 while the database answers and 503 when it does not', async () => {
    const ok = await t.app.inject('/readyz');
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().status, 'ok');
    const other = await startTestApp();
    await other.database.close();
    const down = await other.app.inject('/readyz');
    assert.equal(down.statusCode, 503);
    assert.equal(down.json().status, 'unavailable');
    await other.app.close();
  });
});

describe('languages', () => {
  test('/ redirects by Accept-Language, French by default', async () => {
    const cases: [string | undefined, string][] = [
      [undefined, '/fr'],
      ['nl-BE,nl;q=0.9,en;q=0.8', '/nl'],
      ['de-DE', '/de'],
      ['en-GB,en;q=0.9', '/en'],
      ['es-ES,it;q=0.8', '/fr'],
      ['es, en;q=0.5, nl;q=0.7', '/nl'],
    ];
    for (const [header, location] of cases) {
      const res = await t.app.inject({ url: '/', headers: header ? { 'accept-language': header } : {} });
      assert.equal(res.statusCode, 302, String(header));
      assert.equal(res.headers.location, location, String(header));
    }
  });

  test('every page says its language in <html lang> and offers the same page in the others', async () => {
    for (const locale of LOCALES) {
      for (const page of ['', '/sign-in', '/sign-up', '/forgot-password']) {
        const res = await t.app.inject(`/${locale}${page}`);
        assert.equal(res.statusCode, 200, `/${locale}${page}`);
        assert.match(res.body, new RegExp(`<html lang="${locale}">`));
        for (const other of LOCALES) {
          assert.ok(
            res.body.includes(`href="/${other}${page}" lang="${other}"`),
            `switcher to ${other} on ${page}`,
          );
        }
      }
    }
  });

  test('the switcher keeps the query string', async () => {
    const res = await t.app.inject('/nl/sign-in?next=%2Fnl%2Faccount');
    assert.ok(res.body.includes('href="/de/sign-in?next=%2Fnl%2Faccount"'));
  });

  test('an unknown language or page is a localized 404', async () => {
    const fr = await t.app.inject('/xx/sign-in');
    assert.equal(fr.statusCode, 404);
    assert.match(fr.body, /<html lang="fr">/);
    assert.match(fr.body, onPage('fr')('errorpage.404'));
    const nl = await t.app.inject({ url: '/xx/sign-in', headers: { 'accept-language': 'nl' } });
    assert.match(nl.body, /<html lang="nl">/);
    const de = await t.app.inject('/de/no-such-page');
    assert.equal(de.statusCode, 404);
    assert.match(de.body, /<html lang="de">/);
    assert.doesNotMatch(de.body, /at \w+ \(|node_modules/);
  });

  test('API errors are problem+json in the language asked for', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing', headers: { 'accept-language': 'en' } });
    assert.equal(res.statusCode, 404);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const body = res.json();
    assert.equal(body.status, 404);
    assert.equal(body.code, 'not_found');
    assert.equal(body.title, translator('en')('errorpage.404'));
  });
});

describe('security and transport', () => {
  test('pages carry a strict CSP with no inline script, and the other security headers', async () => {
    const res = await t.app.inject('/fr');
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.ok(res.headers['referrer-policy']);
    assert.doesNotMatch(res.body, /<script/);
    assert.doesNotMatch(res.body, / style="/);
  });

  test('each response has a request id, and a proxy’s well-formed one is kept', async () => {
    const a = await t.app.inject('/healthz');
    assert.match(String(a.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    const b = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'lb-1234567890' } });
    assert.equal(b.headers['x-request-id'], 'lb-1234567890');
    const c = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\nwith newline' } });
    assert.notEqual(c.headers['x-request-id'], 'bad id\nwith newline');
  });

  test('pages are compressed', async () => {
    const res = await t.app.inject({ url: '/fr', headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(res.headers['content-encoding'], 'br');
    const html = zlib.brotliDecompressSync(res.rawPayload).toString();
    assert.match(html, /^<!doctype html>/);
  });

  test('static files are fingerprinted and cached for a year; a stale fingerprint is a 404', async () => {
    const page = await t.app.inject('/fr');
    const href = /href="(\/static\/styles\.[0-9a-f]{10}\.css)"/.exec(page.body)?.[1];
    assert.ok(href, 'stylesheet link');
    const css = await t.app.inject(href);
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['cache-control']), /max-age=31536000/);
    assert.match(String(css.headers['cache-control']), /immutable/);
    assert.match(String(css.headers['content-type']), /text\/css/);
    const stale = await t.app.inject('/static/styles.0000000000.css');
    assert.equal(stale.statusCode, 404);
    const traversal = await t.app.inject('/static/..%2Fpackage.json');
    assert.equal(traversal.statusCode, 404);
  });

  test('a form without its CSRF token, or with a wrong one, is refused and writes nothing', async () => {
    const before = (await t.deps.db.select({ n: count() }).from(users))[0]?.n;
    const agent = new Agent(t.app);
    await agent.get('/fr/sign-up');
    const form = { name: 'Eve', email: 'eve@example.be', password: 'long enough password' };
    const missing = await t.app.inject({
      method: 'POST',
      url: '/fr/sign-up',
      payload: new URLSearchParams(form).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(missing.statusCode, 403);
    assert.match(missing.body, onPage('fr')('err.csrf'));
    const wrong = await agent.post('/fr/sign-up', { ...form, _csrf: 'forged-token' });
    assert.equal(wrong.statusCode, 403);
    const after = (await t.deps.db.select({ n: count() }).from(users))[0]?.n;
    assert.equal(after, before);
  });

  test('a body over the size limit is a 413 with a clear message', async () => {
    const agent = new Agent(t.app);
    await agent.get('/en/sign-up');
    const res = await agent.post('/en/sign-up', {
      name: 'x'.repeat(70 * 1024),
      email: 'big@example.be',
      password: 'long enough password',
    });
    assert.equal(res.statusCode, 413);
    assert.match(res.body, onPage('en')('err.body_too_large'));
  });

  test('an unsupported content type is a 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/en/sign-in',
      payload: '<hello/>',
      headers: { 'content-type': 'application/xml' },
    });
    assert.equal(res.statusCode, 415);
    assert.match(res.body, /<html lang="en">/);
  });
});

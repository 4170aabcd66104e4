import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { translator } from '../../src/platform/i18n/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

// Node's HTTP parser refuses these before Fastify runs, so inject() cannot see them: a real server can.
let t: TestApp;
let base: string;
before(async () => {
  t = await startTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
after(() => t.close());

const longQuery = `q=${'a'.repeat(20_000)}`;

describe('requests Node refuses before any route', () => {
  test('a 20,000-character query string gets the error page in the page’s language', async () => {
    for (const locale of ['fr', 'nl'] as const) {
      const res = await fetch(`${base}/${locale}/signatories?${longQuery}`);
      assert.equal(res.status, 431);
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
      const html = await res.text();
      const tr = translator(locale);
      assert.match(html, new RegExp(`^<!doctype html><html lang="${locale}"`));
      assert.ok(html.includes(`<h1>${tr('errorpage.431')}</h1>`), locale);
      assert.ok(html.includes(tr('err.request_too_long')), locale);
      assert.ok(html.includes(`href="/${locale}"`), 'a way back home');
    }
  });

  test('outside a language prefix, Accept-Language decides; under /api/ the answer is problem+json', async () => {
    const page = await fetch(`${base}/nowhere?${longQuery}`, {
      headers: { 'accept-language': 'de-BE,de;q=0.9' },
    });
    assert.equal(page.status, 431);
    assert.ok((await page.text()).includes(translator('de')('err.request_too_long')));

    const api = await fetch(`${base}/api/v1/signatories?${longQuery}`, {
      headers: { 'accept-language': 'nl' },
    });
    assert.equal(api.status, 431);
    assert.equal(api.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.deepEqual(await api.json(), {
      type: 'about:blank',
      title: translator('nl')('errorpage.431'),
      status: 431,
      code: 'request_too_long',
      detail: translator('nl')('err.request_too_long'),
    });
  });

  test('an ordinary request on the same server still works', async () => {
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
  });
});

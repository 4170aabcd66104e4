import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { isUpload, MAX_CONCURRENT_UPLOADS } from '../../src/platform/http/multipart.ts';
import { Agent, onPage, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let rep: Agent;

/** A route of this test's own, taking one file of at most 1,000 bytes; it says what it received. */
const ROUTE = '/fr/test-upload';
const LIMIT = 1000;

before(async () => {
  t = await startTestApp({
    setup: (app) =>
      app.post(ROUTE, { config: { multipart: { maxFileBytes: LIMIT } } }, async (req) =>
        Object.fromEntries(
          Object.entries(req.body as Record<string, unknown>).map(([k, v]) => [
            k,
            isUpload(v) ? v.bytes.length : v,
          ]),
        ),
      ),
  });
  rep = await signedInUser(t, { email: 'uploads-rep@example.be' });
});
after(() => t.close());

type Part = [name: string, value: string | Buffer];

/** A multipart/form-data body as a browser builds it, with its parts in the order given. */
async function multipart(parts: Part[]) {
  const fd = new FormData();
  for (const [name, value] of parts) {
    if (typeof value === 'string') fd.append(name, value);
    else fd.append(name, new Blob([new Uint8Array(value)], { type: 'application/octet-stream' }), 'f.bin');
  }
  const r = new Response(fd);
  return { body: Buffer.from(await r.arrayBuffer()), type: r.headers.get('content-type') ?? '' };
}

/** A body the server pulls on demand: `pulled` tells whether it read any of it; `finish` sends what is left. */
function pulledBody(body: Buffer, firstChunk = body.length) {
  let markPulled = () => {};
  const started = new Promise<void>((resolve) => {
    markPulled = resolve;
  });
  const state = { pulled: false };
  let sent = false;
  const stream = new Readable({
    read() {
      if (sent) return;
      sent = true;
      state.pulled = true;
      this.push(body.subarray(0, firstChunk));
      if (firstChunk === body.length) this.push(null);
      markPulled();
    },
  });
  const finish = () => {
    stream.push(body.subarray(firstChunk));
    stream.push(null);
  };
  return { stream, state, started, finish };
}

const cookies = (a: Agent) => [...a.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
const post = (url: string, m: { type: string }, payload: Buffer | Readable, agent?: Agent) =>
  t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': m.type, ...(agent ? { cookie: cookies(agent) } : {}) },
  });

describe('forms with files', () => {
  test('an anonymous upload gets the sign-in answer before any of its body is read', async () => {
    const anonymous = new Agent(t.app);
    await anonymous.get('/fr/sign-up'); // a page with a form, for a CSRF token
    // A logo over every limit: reading it would end in a 413, not in the sign-in page.
    const m = await multipart([
      ['_csrf', anonymous.csrf()],
      ['legalName', 'Anonyme'],
      ['logo', Buffer.alloc(6 * 1024 * 1024)],
    ]);
    for (const url of ['/fr/organisations/new', ROUTE]) {
      const body = pulledBody(m.body);
      const res = await post(url, m, body.stream, anonymous);
      assert.equal(res.statusCode, 303, url);
      assert.equal(res.headers.location, '/fr/sign-in');
      assert.equal(body.state.pulled, false, `${url}: nothing of the body was read`);
    }
  });

  test('the CSRF token comes before the file and is checked before the file is read', async () => {
    await rep.get('/fr/organisations/new');
    const big = Buffer.alloc(LIMIT * 50);
    // A wrong or missing token before a file over the limit: refused for the token, the file left unread.
    const wrong = await multipart([
      ['_csrf', `${rep.csrf()}x`],
      ['file', big],
    ]);
    const refused = await post(ROUTE, wrong, wrong.body, rep);
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, onPage('fr')('err.csrf'));
    const missing = await multipart([['file', big]]);
    assert.equal((await post(ROUTE, missing, missing.body, rep)).statusCode, 403);
    // The right token, but after the file: refused too.
    const late = await multipart([
      ['file', Buffer.alloc(10)],
      ['_csrf', rep.csrf()],
    ]);
    assert.equal((await post(ROUTE, late, late.body, rep)).statusCode, 403);
    // The right token first: the form arrives, fields and file, whatever comes after the file.
    const ok = await multipart([
      ['_csrf', rep.csrf()],
      ['note', 'un'],
      ['file', Buffer.alloc(10)],
      ['note', 'deux'],
    ]);
    const res = await post(ROUTE, ok, ok.body, rep);
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    assert.deepEqual(res.json(), { _csrf: rep.csrf(), note: ['un', 'deux'], file: 10 });
  });

  test('a route that takes no file refuses a multipart body without reading it', async () => {
    const anonymous = new Agent(t.app);
    await anonymous.get('/fr/sign-in');
    const m = await multipart([
      ['_csrf', anonymous.csrf()],
      ['email', 'uploads-rep@example.be'],
      ['password', 'correct horse battery'],
    ]);
    const body = pulledBody(m.body);
    const res = await post('/fr/sign-in', m, body.stream, anonymous);
    assert.equal(res.statusCode, 415);
    assert.match(res.body, onPage('fr')('err.unsupported_media_type'));
    assert.equal(body.state.pulled, false);
    assert.equal(res.cookies.length, 0, 'not signed in');
    // Signed in, to a form without a file field: refused the same, and the person stays signed in.
    await rep.get('/fr/account');
    const signOut = await multipart([['_csrf', rep.csrf()]]);
    assert.equal((await post('/fr/sign-out', signOut, signOut.body, rep)).statusCode, 415);
    assert.equal((await rep.get('/fr/account')).statusCode, 200);
  });

  test('a file is read up to its route’s limit, one file per form', async () => {
    await rep.get('/fr/organisations/new');
    const at = await multipart([
      ['_csrf', rep.csrf()],
      ['file', Buffer.alloc(LIMIT)],
    ]);
    assert.equal((await post(ROUTE, at, at.body, rep)).json().file, LIMIT);
    const over = await multipart([
      ['_csrf', rep.csrf()],
      ['file', Buffer.alloc(LIMIT + 1)],
    ]);
    const res = await post(ROUTE, over, over.body, rep);
    assert.equal(res.statusCode, 413);
    assert.match(res.body, onPage('fr')('err.body_too_large'));
    const two = await multipart([
      ['_csrf', rep.csrf()],
      ['file', Buffer.alloc(10)],
      ['other', Buffer.alloc(10)],
    ]);
    assert.equal((await post(ROUTE, two, two.body, rep)).statusCode, 413);
  });

  test('a broken multipart body is refused with a 4xx, never a 500', async () => {
    await rep.get('/fr/organisations/new');
    const m = await multipart([
      ['_csrf', rep.csrf()],
      ['file', Buffer.alloc(10)],
    ]);
    const cases: [type: string, body: Buffer][] = [
      ['multipart/form-data', m.body],
      [m.type, m.body.subarray(0, m.body.length - 20)],
      [m.type, Buffer.from('not multipart at all')],
      [m.type, Buffer.alloc(0)],
    ];
    for (const [type, body] of cases) {
      const res = await post(ROUTE, { type }, body, rep);
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${type}: ${res.statusCode}`);
    }
  });

  test(`at most ${MAX_CONCURRENT_UPLOADS} forms with files are read at once; the next one is asked to wait`, async () => {
    await rep.get('/fr/organisations/new');
    const m = await multipart([
      ['_csrf', rep.csrf()],
      ['file', Buffer.alloc(LIMIT - 100)],
    ]);
    // Uploads that stop half-way through their file, as over a slow connection.
    const slow = Array.from({ length: MAX_CONCURRENT_UPLOADS }, () =>
      pulledBody(m.body, m.body.length - 300),
    );
    const pending = slow.map((b) => post(ROUTE, m, b.stream, rep));
    await Promise.all(slow.map((b) => b.started));
    const busy = await post(ROUTE, m, m.body, rep);
    assert.equal(busy.statusCode, 503);
    assert.match(busy.body, onPage('fr')('err.uploads_busy'));
    assert.equal(busy.headers['retry-after'], '10');
    for (const b of slow) b.finish();
    for (const res of await Promise.all(pending)) assert.equal(res.statusCode, 200);
    // Their places are free again.
    assert.equal((await post(ROUTE, m, m.body, rep)).statusCode, 200);
  });
});

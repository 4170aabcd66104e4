import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import { DEFAULT_TEXTS } from '../../src/features/site-pages/content.ts';
import { sitePages } from '../../src/features/site-pages/schema.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import {
  Agent,
  escapeHtml,
  escapeRe,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';

/** The footer's pages: public in four languages, written by the secretariat, with honest defaults until then. */
let t: TestApp;
let admin: Agent;
before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'site-admin@example.be');
});
after(() => t.close());

const rows = async () => (await t.deps.db.select({ n: count() }).from(sitePages))[0]?.n ?? 0;
const fourLanguages = (text: string) => Object.fromEntries(LOCALES.map((l) => [`body_${l}`, `${text} ${l}`]));

test('every page links to the four footer pages, which show their default text in each language', async () => {
  const a = new Agent(t.app);
  for (const locale of LOCALES) {
    const home = await a.get(`/${locale}`);
    for (const name of ['accessibility', 'privacy', 'legal', 'contact'])
      assert.match(
        home.body,
        new RegExp(`<footer[^]*href="/${locale}/${name}"`),
        `${locale} footer: ${name}`,
      );
    const statement = await a.get(`/${locale}/accessibility`);
    assert.equal(statement.statusCode, 200);
    assert.match(statement.body, /WCAG 2\.2/);
    assert.match(statement.body, /2016\/2102/);
    assert.match(statement.body, new RegExp(`<div class="prose" lang="${locale}">`));
    // The statement names the contact for barriers: the contact page's own text, under a heading of its own.
    assert.match(statement.body, /id="site-contact"/);
    assert.match(statement.body, new RegExp(`href="/${locale}/accessibility" aria-current="page"`));
    const privacy = await a.get(`/${locale}/privacy`);
    assert.match(privacy.body, /argon2id/);
    assert.match(privacy.body, /IP/);
    assert.equal((await a.get(`/${locale}/legal`)).statusCode, 200);
    assert.match((await a.get(`/${locale}/legal`)).body, /EUPL 1\.2/);
    assert.equal((await a.get(`/${locale}/contact`)).statusCode, 200);
  }
  assert.equal((await a.get('/fr/imprint')).statusCode, 404);
});

test('the French defaults keep a no-break space before high punctuation', async () => {
  const body = (await new Agent(t.app).get('/fr/accessibility')).body;
  assert.ok(body.includes('\u00a0:'), 'a no-break space before a colon');
  assert.doesNotMatch(body.split('<main')[1] ?? '', / [:;?!]\s/);
});

test('the secretariat writes a page in some languages; readers get theirs or the first written, marked', async () => {
  await admin.get('/fr/admin/site-pages');
  const form = await admin.get('/fr/admin/site-pages/contact/edit');
  assert.equal(form.statusCode, 200);
  // The form starts from the default text, in the four languages.
  const contactDe = DEFAULT_TEXTS.contact.de ?? '';
  assert.match(form.body, new RegExp(`id="f-body_de"[^>]*>${escapeRe(escapeHtml(contactDe))}`));
  const saved = await admin.post('/fr/admin/site-pages/contact/edit', {
    body_fr:
      '## Écrire\n\nÉcrivez à [secretariat@example.be](mailto:secretariat@example.be).\n\n<script>x</script>',
    body_nl: 'Schrijf naar secretariaat@example.be.',
    body_de: '',
    body_en: '',
  });
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, '/fr/contact');
  const fr = await admin.get('/fr/contact');
  assert.match(fr.body, onPage('fr')('site.saved'));
  assert.match(fr.body, /<h2>Écrire<\/h2>/);
  assert.match(fr.body, /href="mailto:secretariat@example.be"/);
  assert.doesNotMatch(fr.body, /<script>x/, 'raw HTML stays text');
  assert.match(fr.body, /&lt;script&gt;x/);
  const de = await new Agent(t.app).get('/de/contact');
  assert.match(de.body, /<div class="prose" lang="fr">/, 'German readers get the first language written');
  assert.doesNotMatch(
    de.body,
    new RegExp(escapeRe(escapeHtml(contactDe.split('\n\n').at(-1) ?? contactDe))),
    'the default text is gone once edited',
  );
  const nl = await new Agent(t.app).get('/nl/accessibility');
  assert.match(
    nl.body,
    /Schrijf naar <a href="mailto:secretariaat@example\.be">/,
    'the statement shows the contact as written',
  );
  const list = await admin.get('/fr/admin/site-pages');
  assert.match(list.body, onPage('fr')('site.edited'));
  assert.equal(await rows(), 1);
});

test('only the secretariat may edit', async () => {
  const user = await signedInUser(t, { email: 'site-user@example.be' });
  await user.get('/fr/contact');
  const before = await rows();
  const res = await user.post('/fr/admin/site-pages/legal/edit', fourLanguages('Pris'));
  assert.equal(res.statusCode, 403);
  assert.equal((await user.get('/fr/admin/site-pages/legal/edit')).statusCode, 403);
  assert.equal(await rows(), before);
});

describe('the edit form refuses bad input without writing anything', () => {
  const path = '/nl/admin/site-pages/privacy/edit';
  const inject = (payload: string, contentType: string) =>
    t.app.inject({
      method: 'POST',
      url: path,
      payload,
      headers: {
        'content-type': contentType,
        cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });

  test('too long, every language empty, a list, numbers, no CSRF token, an unknown page', async () => {
    await admin.get(path);
    const before = await rows();
    const tooLong = await admin.post(path, { ...fourLanguages('ok'), body_de: 'x'.repeat(20_001) });
    assert.equal(tooLong.statusCode, 422);
    assert.match(tooLong.body, /<html lang="nl">/);
    assert.match(tooLong.body, /error-summary/);
    const empty = await admin.post(path, { body_fr: ' ', body_nl: '', body_de: '', body_en: '' });
    assert.equal(empty.statusCode, 422);
    const doubled = new URLSearchParams({ _csrf: admin.csrf() });
    for (const l of LOCALES) {
      doubled.append(`body_${l}`, 'Dubbel-een');
      doubled.append(`body_${l}`, 'Dubbel-twee');
    }
    const list = await inject(doubled.toString(), 'application/x-www-form-urlencoded');
    assert.equal(list.statusCode, 422);
    const numbers = await inject(
      JSON.stringify({ _csrf: admin.csrf(), body_fr: 42, body_nl: 42, body_de: 42, body_en: 42 }),
      'application/json',
    );
    assert.equal(numbers.statusCode, 422);
    const noCsrf = await admin.post(path, { ...fourLanguages('Zonder token'), _csrf: '' });
    assert.equal(noCsrf.statusCode, 403);
    const unknown = await admin.post('/nl/admin/site-pages/imprint/edit', fourLanguages('Nergens'));
    assert.equal(unknown.statusCode, 404);
    assert.equal(await rows(), before);
    assert.doesNotMatch((await new Agent(t.app).get('/nl/privacy')).body, /Zonder token|Dubbel-/);
  });
});

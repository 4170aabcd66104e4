import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse as parseDisposition } from 'content-disposition';
import { extractText } from 'unpdf';
import { formatDay } from '../../src/platform/i18n/index.ts';
import {
  type Agent,
  inText,
  onPage,
  signedInAdmin,
  signedInUser,
  signInAgain,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { fillIndex } from '../helpers/index.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
const orgs: { agent: Agent; id: string; email: string }[] = [];

const pdfText = async (body: Buffer) => (await extractText(new Uint8Array(body), { mergePages: true })).text;

before(async () => {
  t = await startTestApp();
  t.clock.set('2025-05-02T09:00:00Z');
  admin = await signedInAdmin(t, 'eval-admin@example.be');
  for (let i = 0; i < 6; i++) {
    const email = `eval${i}@example.be`;
    const agent = await signedInUser(t, { email });
    const id = await createOrganisation(agent, 3500 + i, {
      legalName: `Évaluée ${i}`,
      sector: i < 5 ? 'associative' : 'private',
    });
    await signCharter(agent, id);
    await approve(admin, t, id);
    orgs.push({ agent, id, email });
  }
  t.clock.set('2025-05-10T09:00:00Z');
  for (const o of orgs) await fillIndex(o.agent, o.id, 'worst');
  // Nine months later: a second index and the first yearly report.
  t.clock.set('2026-03-02T09:00:00Z');
  await signInAgain(admin, 'eval-admin@example.be');
  for (const [i, o] of orgs.entries()) {
    await signInAgain(o.agent, o.email);
    await fillIndex(o.agent, o.id, i % 2 ? 'best' : 'middle');
    await o.agent.get(`/fr/organisations/${o.id}/reports/2026`);
    const sent = await o.agent.post(`/fr/organisations/${o.id}/reports/2026`, {
      statement: `Notre année ${i}.`,
      publicParts: ['statement', 'plan'],
      signerName: 'Ana Peeters',
      signerTitle: 'Directrice',
      confirm: 'yes',
      intent: 'submit',
    });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
  }
});
after(() => t.close());

describe('the three-year evaluation', () => {
  test('each signatory sees its start against today, per commitment and per pillar', async () => {
    const [o] = orgs;
    const page = await o?.agent.get(`/fr/organisations/${o.id}/evaluation`);
    assert.equal(page?.statusCode, 200);
    const fr = onPage('fr');
    assert.match(page?.body ?? '', fr('eval.baseline_report', { year: '2026', n: 1 }));
    assert.match(page?.body ?? '', fr('eval.baseline_index', { date: formatDay('fr', '2025-05-10'), n: 2 }));
    assert.match(page?.body ?? '', /<caption id="eval-index-table-caption">/);
    // First index 0 everywhere, latest 50.
    assert.match(page?.body ?? '', /<td class="num">0<\/td><td class="num">50<\/td>/);
    const other = orgs[1];
    assert.equal((await other?.agent.get(`/fr/organisations/${o?.id}/evaluation`))?.statusCode, 403);
    assert.equal((await admin.get(`/fr/organisations/${o?.id}/evaluation`)).statusCode, 200);
  });

  test('the coalition report: anonymous, small groups hidden, as a page, a PDF and an HTML file', async () => {
    const page = await admin.get('/fr/admin/evaluation');
    assert.equal(page.statusCode, 200);
    for (const o of orgs)
      assert.doesNotMatch(page.body, new RegExp(`Évaluée ${o.id}|Évaluée \\d`), 'no names');
    const onFr = onPage('fr');
    assert.match(page.body, onFr('eval.coalition_title'));
    assert.match(page.body, onFr('eval.index_spread', { n: 6 }));
    // 5 associative, 1 private: the private one is hidden, and so is the associative count beside it.
    const hidden = onFr('eval.suppressed').source;
    assert.match(
      page.body,
      new RegExp(
        `<td class="num">6</td><td class="num">${hidden}</td><td class="num">0</td><td class="num">${hidden}</td>`,
      ),
    );
    assert.match(
      page.body,
      onFr('eval.movement_line', { n: 6, improved: 6, same: 0, declined: 0, change: 75 }),
    );
    assert.match(page.body, /<svg[^>]*role="img"/);

    const fr = await admin.get('/fr/admin/evaluation/download.pdf');
    assert.equal(fr.headers['content-type'], 'application/pdf');
    const text = await pdfText(fr.rawPayload);
    assert.match(text, inText('fr')('eval.coalition_title'));
    assert.match(text, inText('fr')('eval.suppressed'));
    const en = await pdfText((await admin.get('/en/admin/evaluation/download.pdf')).rawPayload);
    assert.match(en, inText('en')('eval.coalition_title'));
    assert.match(en, inText('en')('eval.suppressed'));
    const de = await pdfText((await admin.get('/de/admin/evaluation/download.pdf')).rawPayload);
    assert.match(de, inText('de')('eval.coalition_title'));
    assert.match(de, inText('de')('eval.suppressed'));
    const html = await admin.get('/nl/admin/evaluation/download.html');
    assert.match(
      parseDisposition(String(html.headers['content-disposition'])).parameters.filename ?? '',
      /^inclusio-evaluation-2026-03-02\.html$/,
    );
    assert.match(html.body, /^<!doctype html><html lang="nl">/);
    assert.match(html.body, new RegExp(`<h1>${onPage('nl')('eval.coalition_title').source}</h1>`));

    for (const path of [
      '/fr/admin/evaluation',
      '/fr/admin/evaluation/download.pdf',
      '/fr/admin/evaluation/download.html',
    ])
      assert.equal((await orgs[0]?.agent.get(path))?.statusCode, 403, path);
    assert.equal((await t.app.inject('/fr/admin/evaluation')).statusCode, 303, 'anonymous: to sign in');
  });
});

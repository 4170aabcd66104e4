import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import { practices } from '../../src/features/practices/schema.ts';
import { type Agent, signedInAdmin, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
let rep: Agent;
let orgId: string;
let stranger: Agent;
let obstacleIds: Record<string, string>;

before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'practice-admin@example.be');
  rep = await signedInUser(t, { email: 'practice-rep@example.be' });
  orgId = await createOrganisation(rep, 2400, { legalName: 'Bibliothèque Ouverte' });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  stranger = await signedInUser(t, { email: 'practice-stranger@example.be' });
  const api = (await t.app.inject('/api/v1/obstacles')).json() as {
    obstacles: { id: string; slug: string }[];
  };
  obstacleIds = Object.fromEntries(api.obstacles.map((o) => [o.slug, o.id]));
});
after(() => t.close());

async function submit(agent: Agent, form: Record<string, string | string[]>) {
  await agent.get(`/fr/organisations/${orgId}/practices/new`);
  return agent.post(`/fr/organisations/${orgId}/practices/new`, {
    commitments: 'C1',
    sector: 'associative',
    region: 'wallonia',
    ...form,
  });
}
const idOf = (location: unknown) => /practices\/([0-9a-f-]{36})$/.exec(String(location))?.[1] ?? '';

async function publish(id: string) {
  await admin.get(`/fr/practices/${id}`);
  const res = await admin.post(`/fr/admin/practices/${id}/publish`, {});
  assert.equal(res.statusCode, 303);
}

describe('the good-practice library', () => {
  test('submitted, returned with a comment, edited, published; the body is Markdown without raw HTML', async () => {
    const res = await submit(rep, {
      title: 'Des ateliers pour apprendre à repérer les arnaques',
      summary: 'Chaque mercredi, des bénévoles aident les seniors à reconnaître les faux messages.',
      body: '## Comment faire\n\n- réserver une salle\n- inviter les **seniors**\n\n<script>alert(1)</script>\n\n[piège](javascript:alert(1))',
      lang: 'fr',
      commitments: ['C1', 'C8'],
      obstacles: [obstacleIds['fraud-phishing'] ?? '', obstacleIds['digital-skills'] ?? ''],
      targetGroups: ['seniors'],
      results: '120 personnes formées en un an',
      links: 'https://example.be/ateliers',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const id = idOf(res.headers.location);

    // Not public until the secretariat publishes it.
    assert.equal((await t.app.inject(`/fr/practices/${id}`)).statusCode, 404);
    assert.equal((await stranger.get(`/fr/practices/${id}`)).statusCode, 403);
    assert.doesNotMatch((await t.app.inject('/fr/practices')).body, /repérer les arnaques/);
    assert.match((await admin.get('/fr/admin/practices')).body, /repérer les arnaques/);

    await admin.get(`/fr/practices/${id}`);
    const empty = await admin.post(`/fr/admin/practices/${id}/return`, { comment: '' });
    assert.equal(empty.statusCode, 422);
    const back = await admin.post(`/fr/admin/practices/${id}/return`, { comment: 'Ajoutez un contact.' });
    assert.equal(back.statusCode, 303);
    const seen = await rep.get(`/fr/practices/${id}`);
    assert.match(seen.body, /Ajoutez un contact\./);
    assert.equal((await admin.post(`/fr/admin/practices/${id}/publish`, {})).statusCode, 409, 'not waiting');

    await rep.get(`/fr/practices/${id}/edit`);
    const form = await rep.get(`/fr/practices/${id}/edit`);
    assert.match(form.body, /value="C8" checked/);
    const edited = await rep.post(`/fr/practices/${id}/edit`, {
      title: 'Des ateliers pour apprendre à repérer les arnaques',
      summary: 'Chaque mercredi, des bénévoles aident les seniors à reconnaître les faux messages.',
      body: '## Comment faire\n\n- réserver une salle\n- inviter les **seniors**\n\n<script>alert(1)</script>\n\n[piège](javascript:alert(1))',
      lang: 'fr',
      commitments: ['C1', 'C8'],
      obstacles: obstacleIds['fraud-phishing'] ?? '',
      targetGroups: ['seniors'],
      sector: 'associative',
      region: 'wallonia',
      contact: 'ateliers@example.be',
    });
    assert.equal(edited.statusCode, 303);
    await publish(id);

    const page = await t.app.inject(`/fr/practices/${id}`);
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /<h2>Comment faire<\/h2>/,
      'the body’s first heading comes right under the page’s h1',
    );
    assert.match(page.body, /<strong>seniors<\/strong>/);
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.match(page.body, /&lt;script&gt;/);
    assert.doesNotMatch(page.body, /href="javascript:/);
    assert.match(page.body, /ateliers@example\.be/);
    assert.match(page.body, /Fraude en ligne et hameçonnage/);
    // The obstacle's page lists the practices that address it.
    const obstacle = await t.app.inject('/nl/obstacles/fraud-phishing');
    assert.match(obstacle.body, /Goede praktijken tegen deze drempel: 1/);
    assert.match(obstacle.body, /lang="fr">Des ateliers pour apprendre à repérer les arnaques/);
    assert.match((await t.app.inject('/nl/obstacles/cost')).body, /tegen deze drempel: 0/);
  });

  test('search is in the practice’s own language, accent-insensitive and ranked; filters narrow it', async () => {
    const nl = idOf(
      (
        await submit(rep, {
          title: 'Digitale hulp in de bibliotheek',
          summary: 'Vrijwilligers helpen bezoekers met hun computers en formulieren.',
          body: 'Elke week helpen vrijwilligers met computers.',
          lang: 'nl',
          region: 'flanders',
          targetGroups: ['job_seekers'],
        })
      ).headers.location,
    );
    const en = idOf(
      (
        await submit(rep, {
          title: 'Lending laptops',
          summary: 'We lend refurbished computers to families.',
          body: 'Families borrow a computer for three months.',
          lang: 'en',
          targetGroups: ['low_income'],
          obstacles: obstacleIds['no-device'] ?? '',
        })
      ).headers.location,
    );
    await publish(nl);
    await publish(en);
    const titles = async (query: string) =>
      (
        (await t.app.inject(`/api/v1/practices?${query}`)).json() as { practices: { title: string }[] }
      ).practices.map((p) => p.title);
    // French stemming and no accents needed: "arnaque" finds "arnaques", "reperer" finds "repérer".
    assert.deepEqual(await titles('q=arnaque'), ['Des ateliers pour apprendre à repérer les arnaques']);
    assert.deepEqual(await titles('q=reperer'), ['Des ateliers pour apprendre à repérer les arnaques']);
    // Dutch stemming: "vrijwilliger" finds "vrijwilligers"; English: "computer" finds "computers".
    assert.deepEqual(await titles('q=vrijwilliger'), ['Digitale hulp in de bibliotheek']);
    assert.deepEqual((await titles('q=computer')).sort(), [
      'Digitale hulp in de bibliotheek',
      'Lending laptops',
    ]);
    // Ranked: a word in the title counts more than in the body.
    assert.deepEqual(await titles('q=laptops'), ['Lending laptops']);
    assert.deepEqual(await titles('q=computer&lang=en'), ['Lending laptops']);
    assert.deepEqual(await titles('target=job_seekers'), ['Digitale hulp in de bibliotheek']);
    assert.deepEqual(await titles(`obstacle=${obstacleIds['no-device']}`), ['Lending laptops']);
    assert.deepEqual(await titles('commitment=C8'), ['Des ateliers pour apprendre à repérer les arnaques']);
    assert.deepEqual(await titles('region=flanders'), ['Digitale hulp in de bibliotheek']);
    assert.equal((await titles('sector=public')).length, 0);
    const html = await t.app.inject('/de/practices?q=computer&lang=nl');
    assert.match(html.body, /Digitale hulp in de bibliotheek/);
    assert.match(html.body, /lang="nl"/);
    for (const bad of ['commitment=C10', 'lang=xx', 'obstacle=nope', 'target=cats', 'page=-1']) {
      assert.equal((await t.app.inject(`/api/v1/practices?${bad}`)).statusCode, 400, bad);
      assert.equal((await t.app.inject(`/fr/practices?${bad}`)).statusCode, 400, bad);
    }
  });

  test('bad input: each field gets its message and nothing is written; others cannot write here', async () => {
    const n = async () => (await t.deps.db.select({ n: count() }).from(practices))[0]?.n;
    const before = await n();
    const bad = await submit(rep, {
      title: '',
      summary: '',
      body: '',
      lang: 'xx',
      commitments: [],
      sector: 'none',
      region: '',
      links: 'pas un lien',
      obstacles: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(bad.statusCode, 422);
    for (const f of ['title', 'summary', 'body', 'lang', 'commitments', 'sector', 'region', 'links']) {
      assert.match(bad.body, new RegExp(`href="#f-${f}"`), f);
    }
    const unknownObstacle = await submit(rep, {
      title: 'x',
      summary: 'y',
      body: 'z',
      lang: 'fr',
      obstacles: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknownObstacle.statusCode, 422);
    assert.equal(await n(), before);

    await stranger.get('/fr/practices');
    const foreign = await stranger.post(`/fr/organisations/${orgId}/practices/new`, {
      title: 'x',
      summary: 'y',
      body: 'z',
      lang: 'fr',
      commitments: 'C1',
      sector: 'private',
      region: 'brussels',
    });
    assert.equal(foreign.statusCode, 403);
    const [any] = await t.deps.db.select().from(practices);
    assert.equal((await stranger.get(`/fr/practices/${any?.id}/edit`)).statusCode, 403);
    assert.equal(await n(), before);
  });
});

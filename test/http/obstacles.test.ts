import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import { obstacles } from '../../src/features/obstacles/schema.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { type Agent, onPage, signedInAdmin, startTestApp, type TestApp } from '../helpers/app.ts';

const fr = onPage('fr');

let t: TestApp;
let admin: Agent;
before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'obstacle-admin@example.be');
});
after(() => t.close());

const everyLanguage = (name: string, description: string) =>
  Object.fromEntries(
    LOCALES.flatMap((l) => [
      [`name_${l}`, `${name} (${l})`],
      [`description_${l}`, description],
    ]),
  );

describe('the obstacle catalogue', () => {
  test('starts from the seeds’ obstacles plus accessibility, language and cost, in four languages', async () => {
    const api = (await t.app.inject('/api/v1/obstacles')).json() as {
      obstacles: { slug: string; name: Record<string, string> }[];
    };
    assert.deepEqual(
      api.obstacles.map((o) => o.slug),
      [
        'digital-skills',
        'no-device',
        'no-connection',
        'digital-stress',
        'security-privacy',
        'fraud-phishing',
        'accessibility-disability',
        'language',
        'cost',
      ],
    );
    for (const o of api.obstacles) assert.deepEqual(Object.keys(o.name).sort(), [...LOCALES].sort(), o.slug);
    const nl = await t.app.inject('/nl/obstacles');
    assert.match(nl.body, /Onlinefraude en phishing/);
    const page = await t.app.inject('/de/obstacles/no-connection');
    assert.match(page.body, /<h1 lang="de">Keine Verbindung<\/h1>/);
    // Loading twice (two first visitors at once) does not duplicate the catalogue.
    await Promise.all([t.app.inject('/fr/obstacles'), t.app.inject('/en/obstacles')]);
    assert.equal((await t.deps.db.select({ n: count() }).from(obstacles))[0]?.n, 9);
  });

  test('the secretariat adds and edits an obstacle; every language is required', async () => {
    await admin.get('/fr/admin/obstacles/new');
    const res = await admin.post('/fr/admin/obstacles/new', {
      slug: 'Time-Poverty',
      ...everyLanguage('Manque de temps', 'Pas le temps d’apprendre.'),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/fr/obstacles/time-poverty');
    assert.match((await t.app.inject('/en/obstacles')).body, /Manque de temps \(en\)/);

    const missing = await admin.post('/fr/admin/obstacles/new', {
      slug: 'half',
      name_fr: 'Seulement en français',
      description_fr: 'x',
    });
    assert.equal(missing.statusCode, 422);
    for (const f of ['name_nl', 'name_de', 'name_en', 'description_nl', 'description_de', 'description_en']) {
      assert.match(missing.body, new RegExp(`href="#f-${f}"`), f);
    }
    const badSlug = await admin.post('/fr/admin/obstacles/new', {
      slug: 'pas un slug!',
      ...everyLanguage('x', 'y'),
    });
    assert.equal(badSlug.statusCode, 422);
    assert.match(badSlug.body, fr('err.obstacle.slug_invalid'));
    const taken = await admin.post('/fr/admin/obstacles/new', { slug: 'cost', ...everyLanguage('x', 'y') });
    assert.equal(taken.statusCode, 422);
    assert.match(taken.body, fr('err.obstacle.slug_taken'));
    assert.equal((await t.deps.db.select({ n: count() }).from(obstacles))[0]?.n, 10, 'nothing half-written');

    const id = (await t.deps.db.select().from(obstacles)).find((o) => o.slug === 'time-poverty')?.id ?? '';
    await admin.get(`/fr/admin/obstacles/${id}/edit`);
    const clash = await admin.post(`/fr/admin/obstacles/${id}/edit`, {
      slug: 'cost',
      ...everyLanguage('x', 'y'),
    });
    assert.equal(clash.statusCode, 422);
    const edit = await admin.post(`/fr/admin/obstacles/${id}/edit`, {
      slug: 'time',
      ...everyLanguage('Manque de temps', 'Des journées trop pleines.'),
    });
    assert.equal(edit.headers.location, '/fr/obstacles/time');
    assert.match((await t.app.inject('/fr/obstacles/time')).body, /Des journées trop pleines/);
    assert.equal((await t.app.inject('/fr/obstacles/time-poverty')).statusCode, 404);
    assert.equal((await t.app.inject('/fr/obstacles/Not_A_Slug')).statusCode, 404);
  });
});

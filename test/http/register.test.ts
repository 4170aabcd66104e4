import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { type Agent, signedInAdmin, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { approve, createOrganisation, signCharter, validKbo } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
const orgs: Record<string, string> = {};

before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'reg-admin@example.be');
  const rep = await signedInUser(t, { email: 'reg-rep@example.be' });
  const make = async (
    key: string,
    n: number,
    o: Record<string, string>,
    sign: 'active' | 'pending' | 'none' = 'active',
  ) => {
    const id = await createOrganisation(rep, n, o);
    orgs[key] = id;
    if (sign === 'none') return;
    await signCharter(rep, id, { signerName: `Signer ${key}`, signerTitle: 'Directeur' });
    if (sign === 'active') await approve(admin, t, id);
  };
  await make('fr', 1201, {
    legalName: 'Épicerie Numérique',
    description_fr: 'Nous formons les aînés aux démarches bancaires en ligne.',
  });
  await make('nl', 1202, {
    legalName: 'Digitale Bakkerij',
    sector: 'associative',
    postcode: '9000',
    commune: 'Gent',
    description_fr: '',
    description_nl: 'Wij leren ouderen veilig internetbankieren en herkennen van phishing.',
  });
  await make('de', 1203, {
    legalName: 'Öffentliche Bücherei',
    sector: 'public',
    postcode: '4700',
    commune: 'Eupen',
    description_fr: '',
    description_de: 'Wir helfen Bürgerinnen und Bürgern bei Überweisungen und Formularen.',
  });
  await make('en', 1204, {
    legalName: 'Tech Helpers',
    sector: 'associative',
    postcode: '4000',
    commune: 'Liège',
    description_fr: '',
    description_en: 'We teach people to spot phishing emails.',
  });
  await make('pending', 1205, { legalName: 'Pending Company' }, 'pending');
  await make('unsigned', 1206, { legalName: 'Unsigned Company' }, 'none');
});
after(() => t.close());

const names = (body: string) =>
  [...body.matchAll(/class="card-title"><a href="[^"]+">([^<]+)</g)].map((m) => m[1]);

describe('the public register', () => {
  test('lists active signatories only, by name, by default', async () => {
    const res = await t.app.inject('/fr/signatories');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(names(res.body), [
      'Digitale Bakkerij',
      'Épicerie Numérique',
      'Öffentliche Bücherei',
      'Tech Helpers',
    ]);
  });

  test('full-text search ignores accents and finds words in the language they were written in', async () => {
    const cases: [string, string[]][] = [
      ['epicerie', ['Épicerie Numérique']],
      ['démarche', ['Épicerie Numérique']], // French stemming: démarches
      ['internetbankieren', ['Digitale Bakkerij']],
      ['uberweisung', ['Öffentliche Bücherei']], // German stemming without the umlaut
      ['phishing', ['Digitale Bakkerij', 'Tech Helpers']],
      ['teaching', ['Tech Helpers']], // English stemming: teach
      ['pending', []],
    ];
    for (const [q, expected] of cases) {
      const res = await t.app.inject(`/fr/signatories?q=${encodeURIComponent(q)}&sort=name`);
      assert.deepEqual(names(res.body).sort(), expected.sort(), q);
    }
  });

  test('the page and the API find a signatory by its enterprise number in any usual format', async () => {
    const kbo = validKbo(1202);
    const formats = [
      `${kbo.slice(0, 4)}.${kbo.slice(4, 7)}.${kbo.slice(7)}`,
      `BE ${kbo.slice(0, 4)} ${kbo.slice(4, 7)} ${kbo.slice(7)}`,
      kbo.slice(1),
    ];
    for (const q of formats) {
      const page = await t.app.inject(`/fr/signatories?q=${encodeURIComponent(q)}`);
      assert.deepEqual(names(page.body), ['Digitale Bakkerij'], q);
      const api = await t.app.inject(`/api/v1/signatories?q=${encodeURIComponent(q)}`);
      assert.deepEqual(
        api.json().items.map((i: { name: string }) => i.name),
        ['Digitale Bakkerij'],
        q,
      );
    }
    // A pending organisation's number finds nothing: it is not listed yet.
    const pending = await t.app.inject(`/fr/signatories?q=${validKbo(1205)}`);
    assert.deepEqual(names(pending.body), []);
  });

  test('a signature withdrawn before the secretariat verified it is never listed, nor its signer named', async () => {
    const rep = await signedInUser(t, { email: 'reg-withdrawer@example.be' });
    const id = await createOrganisation(rep, 1207, { legalName: 'Withdrawn Early' });
    await signCharter(rep, id, { signerName: 'Early Signer', signerTitle: 'Directeur' });
    await rep.get(`/fr/organisations/${id}/signature`);
    assert.equal((await rep.post(`/fr/organisations/${id}/withdraw`, { confirm: 'yes' })).statusCode, 303);
    for (const url of ['/fr/signatories?status=all', '/fr/signatories?status=withdrawn']) {
      assert.ok(!names((await t.app.inject(url)).body).includes('Withdrawn Early'), url);
    }
    const api = await t.app.inject('/api/v1/signatories?status=all&q=Withdrawn');
    assert.equal(api.json().total, 0);
    assert.ok(!(await t.app.inject('/open-data/signatories.csv')).body.includes('Early Signer'));
    assert.equal((await t.app.inject('/fr/signatories/withdrawn-early')).statusCode, 404);
  });

  test('filters by sector, region, signing year and status; sorts; paginates', async () => {
    assert.deepEqual(names((await t.app.inject('/fr/signatories?sector=associative')).body), [
      'Digitale Bakkerij',
      'Tech Helpers',
    ]);
    assert.deepEqual(names((await t.app.inject('/fr/signatories?region=wallonia')).body), [
      'Öffentliche Bücherei',
      'Tech Helpers',
    ]);
    const year = t.clock.now().getUTCFullYear();
    assert.equal(names((await t.app.inject(`/fr/signatories?year=${year}`)).body).length, 4);
    assert.equal(names((await t.app.inject(`/fr/signatories?year=${year - 3}`)).body).length, 0);
    assert.deepEqual(names((await t.app.inject('/fr/signatories?status=all&sector=public')).body), [
      'Öffentliche Bücherei',
    ]);
    const newest = names((await t.app.inject('/fr/signatories?sort=newest')).body);
    assert.equal(newest[0], 'Tech Helpers');
    for (const bad of [
      'sector=military',
      'region=mars',
      'year=12',
      'status=pending',
      'sort=random',
      'page=-2',
    ]) {
      const res = await t.app.inject(`/fr/signatories?${bad}`);
      assert.equal(res.statusCode, 400, bad);
    }
    const empty = await t.app.inject('/fr/signatories?sector=&region=&year=&status=&sort=');
    assert.equal(empty.statusCode, 200, 'an empty filter means no filter');
  });

  test('the API takes the same filters and answers {items, total, page}', async () => {
    const res = await t.app.inject('/api/v1/signatories?sector=associative');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.total, 2);
    assert.equal(body.page, 1);
    assert.deepEqual(
      body.items.map((i: { name: string }) => i.name),
      ['Digitale Bakkerij', 'Tech Helpers'],
    );
    const bad = await t.app.inject('/api/v1/signatories?status=pending');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'invalid');
  });

  test('a profile shows name, sector, region, date signed and charter version; unlisted organisations have none', async () => {
    const list = await t.app.inject('/nl/signatories?q=bakkerij');
    const href = /href="(\/nl\/signatories\/[^"]+)"/.exec(list.body)?.[1];
    assert.ok(href);
    const profile = await t.app.inject(href);
    assert.equal(profile.statusCode, 200);
    for (const needle of [/Digitale Bakkerij/, /lang="nl"/, /Signer nl, Directeur/, /9000|Gent/])
      assert.match(profile.body, needle);
    assert.equal((await t.app.inject('/nl/signatories/pending-company')).statusCode, 404);
    assert.equal((await t.app.inject('/nl/signatories/unsigned-company')).statusCode, 404);
  });

  test('open data in CSV and JSON: documented columns, UTF-8, no personal data beyond the signer’s public name and title', async () => {
    const csv = await t.app.inject('/open-data/signatories.csv');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv; charset=utf-8/);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 4);
    assert.deepEqual(Object.keys(rows[0] ?? {}), [
      'id',
      'name',
      'enterprise_number',
      'sector',
      'size_band',
      'region',
      'postcode',
      'commune',
      'website',
      'status',
      'signed_on',
      'charter_version',
      'charter_hash',
      'signer_name',
      'signer_title',
      'profile_url',
    ]);
    assert.ok(
      rows.some((r) => r.name === 'Öffentliche Bücherei'),
      'UTF-8 kept',
    );
    assert.doesNotMatch(csv.body, /@example\.be|127\.0\.0\.1/);
    const json = await t.app.inject('/open-data/signatories.json');
    assert.equal(json.json().items.length, 4);
    assert.doesNotMatch(json.body, /@example\.be|127\.0\.0\.1/);
  });
});

describe('home page counters', () => {
  test('active signatories by sector, with groups under 5 shown as "fewer than 5"', async () => {
    const fr = await t.app.inject('/fr');
    assert.match(fr.body, /moins de 5/);
    assert.doesNotMatch(fr.body, /<dd>4<\/dd>/, 'the total of 4 is itself a small group');
  });
});

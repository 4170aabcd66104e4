import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { translator } from '../../src/platform/i18n/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { helpPointForm } from '../helpers/help-points.ts';
import { makeOrg, makeUser } from '../helpers/services.ts';

// The finder and a help point's page as a visitor meets them: plain HTML, no script, in each language.
let t: TestApp;
let pointId: string;
let appointmentOnly: string;

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-12-01T09:00:00Z'); // Tuesday, 10:00 in Brussels
  const manager = await makeUser(t, 'hp-page-manager@example.be');
  const orgId = await makeOrg(t, manager, 71, { legalName: 'Commune de Schaerbeek', sector: 'public' });
  const hp = t.services.helpPoints;
  pointId = (await hp.points.create(manager, orgId, hp.fields.parse(helpPointForm()))).id;
  appointmentOnly = (
    await hp.points.create(
      manager,
      orgId,
      hp.fields.parse(
        helpPointForm({
          name: 'CPAS d’Uccle',
          postcode: '1180',
          commune: 'Ukkel',
          access: 'appointment',
          hours: undefined,
        }),
      ),
    )
  ).id;
});
after(() => t.close());

const get = (url: string) => t.app.inject({ url });

describe('the finder', () => {
  test('from a commune’s Dutch name: the list nearest first, open now until when, distance, services as words, the map', async () => {
    const res = await get('/fr/help-points?where=Schaarbeek');
    assert.equal(res.statusCode, 200);
    const html = res.body;
    const near = html.indexOf('Espace public numérique Colignon');
    const far = html.indexOf('CPAS d’Uccle');
    assert.ok(near > 0 && far > near, 'nearest first');
    assert.match(html, /Ouvert maintenant, jusqu’à 12:00/);
    assert.match(html, /Horaires inconnus/, 'the point without hours says so');
    assert.match(html, /À 0 km|À 0,\d km/);
    assert.match(html, /Aide pour l’eID et itsme · Wi-Fi gratuit/);
    assert.match(html, /<svg[^>]*role="img"[\s\S]*<title[^>]*>Carte de la Belgique/);
    assert.match(html, /<text[^>]*>1<\/text>[\s\S]*<text[^>]*>2<\/text>/, 'numbered as in the list');
    // One script, an enhancement ("use my location"), external and deferred: nothing inline, nothing needed.
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(
      scripts.map((s) => /src="\/static\/finder\.[0-9a-f]+\.js" defer/.test(s)),
      [true],
    );
  });

  test('filters: walk-in leaves out the appointment-only point; open on Tuesday at 14:00 and closed on Wednesday afternoon', async () => {
    const walkIn = (await get('/nl/help-points?where=1030&walkIn=yes')).body;
    assert.ok(walkIn.includes(`/help-points/${pointId}`));
    assert.ok(!walkIn.includes(`/help-points/${appointmentOnly}`));
    const tuesday = (await get('/en/help-points?where=1030&open=at&day=Tu&time=14:00')).body;
    assert.ok(tuesday.includes(`/help-points/${pointId}`));
    const wednesday = (await get('/de/help-points?where=1030&open=at&day=We&time=14:00')).body;
    assert.ok(!wednesday.includes(`/help-points/${pointId}`));
    assert.ok(wednesday.includes(translator('de')('helppoints.none', { place: 'Schaerbeek (1030)' })));
  });

  test('a place it does not know says how to write one; a bad filter is a 400 in the reader’s language', async () => {
    const unknown = await get('/fr/help-points?where=Atlantis');
    assert.equal(unknown.statusCode, 200);
    assert.match(unknown.body, /Nous ne trouvons pas «\u00a0Atlantis\u00a0»/);
    for (const q of [
      'service=massage',
      'open=sometimes',
      'day=Xx',
      'time=25:00',
      'where=' + 'x'.repeat(500),
    ]) {
      const res = await get(`/nl/help-points?where=1030&${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.match(res.headers['content-type'] as string, /text\/html/, q);
    }
  });
});

describe('a help point’s page', () => {
  test('open now, tap to call, directions, the week with today marked, the next exceptions, JSON-LD', async () => {
    const res = await get(`/fr/help-points/${pointId}`);
    assert.equal(res.statusCode, 200);
    const html = res.body;
    assert.match(html, /href="tel:022447500"/);
    assert.match(html, /href="geo:50\.\d+,4\.\d+"/);
    assert.match(html, /openstreetmap\.org\/directions\?to=50\.\d+%2C4\.\d+/);
    assert.match(html, /<tr class="hp-week__today" aria-current="date"><th scope="row">mardi 1er décembre/);
    assert.match(html, /jeudi 24 décembre 2026: Fermé/);
    assert.match(html, /vendredi 25 décembre 2026: Fermé \(jour férié\)/);
    assert.match(html, /Sans rendez-vous ou sur rendez-vous/);
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? '{}');
    assert.equal(ld['@type'], 'Place');
    assert.equal(ld.address.postalCode, '1030');
    assert.equal(ld.geo['@type'], 'GeoCoordinates');
    assert.deepEqual(ld.openingHoursSpecification[0], {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Monday',
      opens: '09:00',
      closes: '12:00',
    });
  });

  test('after a year without a check it says the information may be out of date; an unknown id is a 404', async () => {
    t.clock.set('2028-01-05T09:00:00Z');
    try {
      assert.match((await get(`/en/help-points/${pointId}`)).body, /may be out of date/);
    } finally {
      t.clock.set('2026-12-01T09:00:00Z');
    }
    assert.equal((await get(`/fr/help-points/${crypto.randomUUID()}`)).statusCode, 404);
    assert.equal((await get('/fr/help-points/not-an-id')).statusCode, 404);
  });
});

describe('the interactive map, when a tile server is configured', () => {
  test('MAP_TILE_URL adds Leaflet, its tiles to the CSP and the points as data; without it, none of that', async () => {
    const tiled = await startTestApp({ env: { MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' } });
    try {
      const manager = await makeUser(tiled, 'hp-tiles@example.be');
      const orgId = await makeOrg(tiled, manager, 74, { legalName: 'Commune d’Ixelles', sector: 'public' });
      const hp = tiled.services.helpPoints;
      await hp.points.create(manager, orgId, hp.fields.parse(helpPointForm()));
      const res = await tiled.app.inject('/fr/help-points?where=1030');
      assert.match(
        String(res.headers['content-security-policy']),
        /img-src 'self' data: https:\/\/tiles\.example\.org/,
      );
      assert.match(res.body, /<script src="\/static\/leaflet\/leaflet\.js" defer/);
      assert.match(res.body, /id="hp-live-map"[^>]*data-tiles="https:\/\/tiles\.example\.org\/\{z\}/);
      assert.match(res.body, /data-points="\[\{&quot;n&quot;:1/);
      const js = await tiled.app.inject('/static/leaflet/leaflet.js');
      assert.equal(js.statusCode, 200);
      assert.match(js.body, /Leaflet/);
      assert.equal((await tiled.app.inject('/static/leaflet/package.json')).statusCode, 404);
    } finally {
      await tiled.close();
    }
    const plain = await get('/fr/help-points?where=1030');
    assert.doesNotMatch(plain.body, /leaflet|hp-live-map/);
    assert.doesNotMatch(String(plain.headers['content-security-policy']), /tiles\.example/);
    assert.equal((await get('/static/leaflet/leaflet.js')).statusCode, 404);
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { belgianSchema } from '../../src/features/help-points/data-inclusion.ts';
import { CSV_COLUMNS } from '../../src/features/help-points/open-data.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { helpPointForm } from '../helpers/help-points.ts';
import { makeOrg, makeUser } from '../helpers/services.ts';

// The help points as open data and through the API: what a region, a researcher or France's national map reads.
let t: TestApp;
let full: string;
let bare: string;

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-12-01T09:00:00Z'); // a Tuesday, 10:00 in Brussels
  const manager = await makeUser(t, 'hp-open-data@example.be');
  const orgId = await makeOrg(t, manager, 72, { legalName: 'Commune d’Evere', sector: 'public' });
  const hp = t.services.helpPoints;
  full = (await hp.points.create(manager, orgId, hp.fields.parse(helpPointForm()))).id;
  bare = (
    await hp.points.create(
      manager,
      orgId,
      hp.fields.parse({
        name: 'Digipunt Gent',
        kind: 'digipunt',
        street: 'Botermarkt 1',
        postcode: '9000',
        commune: 'Gent',
        access: 'appointment',
      }),
    )
  ).id;
});
after(() => t.close());

const get = (url: string) => t.app.inject({ url });

/** ajv with the formats the schemas use (date, email, uri). */
function validator(name: 'structure' | 'service', schema = belgianSchema(name)) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('data·inclusion', () => {
  test('structures and services validate against the schemas, with Belgian postcodes; the French schema would refuse them', async () => {
    const structures = JSON.parse((await get('/open-data/data-inclusion/structures.json')).body);
    const services = JSON.parse((await get('/open-data/data-inclusion/services.json')).body);
    assert.deepEqual(structures.map((s: { nom: string }) => s.nom).sort(), [
      'Digipunt Gent',
      'Espace public numérique Colignon',
    ]);
    const s = validator('structure');
    for (const x of structures) assert.ok(s(x), JSON.stringify(s.errors));
    const v = validator('service');
    assert.equal(services.length, 4, 'one per service of the full point; the bare point has none');
    for (const x of services) assert.ok(v(x), JSON.stringify(v.errors));
    const one = structures.find((x: { id: string }) => x.id === `inclusio--${full}`);
    assert.equal(one.code_postal, '1030');
    assert.equal(
      one.horaires_accueil,
      'Mo-Tu 09:00-12:00,13:00-16:30; We 09:00-12:00; Th-Fr 09:00-12:00,13:00-16:30; PH off; 2026 Dec 24 off',
    );
    assert.deepEqual(one.reseaux_porteurs, ['espaces-publics-numeriques']);
    const wifi = services.find((x: { id: string }) => x.id === `inclusio--${full}--wifi`);
    assert.equal(wifi.nom, 'Wi-Fi gratuit');
    assert.deepEqual(wifi.thematiques, ['numerique--acceder-a-une-connexion-internet']);
    assert.equal(wifi.frais, 'gratuit');
    const french = JSON.parse(
      fs.readFileSync(path.resolve('content/help-points/data-inclusion/structure.schema.json'), 'utf8'),
    );
    assert.equal(validator('structure', french)(one), false, 'a 4-digit postcode breaks the French pattern');
  });
});

describe('the other open-data files', () => {
  test('CSV: the documented columns, one row per point; GeoJSON: a point feature with longitude first', async () => {
    const csv = await get('/open-data/help-points.csv');
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0] ?? {}), [...CSV_COLUMNS]);
    const row = rows.find((r) => r.id === full);
    assert.equal(row?.services, 'online_procedures eid_itsme wifi print_scan');
    assert.equal(row?.structure, 'Commune d’Evere');
    const geo = await get('/open-data/help-points.geojson');
    assert.match(String(geo.headers['content-type']), /^application\/geo\+json/);
    const fc = JSON.parse(geo.body);
    assert.equal(fc.type, 'FeatureCollection');
    const gent = fc.features.find((f: { id: string }) => f.id === bare);
    assert.equal(gent.geometry.type, 'Point');
    const [lon, lat] = gent.geometry.coordinates;
    assert.ok(lon > 3.6 && lon < 3.8 && lat > 51 && lat < 51.1, 'Ghent, longitude first');
  });
});

describe('GET /api/v1/help-points', () => {
  test('the finder’s filters, nearest first, in the list envelope, with open now in machine words', async () => {
    const res = await get('/api/v1/help-points?where=Evere&service=wifi&open=now');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.place.postcode, '1140');
    assert.deepEqual(
      body.items.map((i: { id: string }) => i.id),
      [full],
    );
    assert.equal(body.total, 1);
    assert.equal(body.page, 1);
    assert.equal(body.pageSize, 20);
    assert.equal(body.items[0].status.state, 'open');
    assert.equal(body.items[0].status.until, '2026-12-01T11:00:00.000Z');
    assert.ok(body.items[0].distanceKm > 0);
    const all = (await get('/api/v1/help-points?where=9000')).json();
    assert.deepEqual(all.items[0].id, bare, 'nearest first: Ghent from 9000');
  });

  test('no place, an unknown place or a bad filter is a 400 problem with a stable code', async () => {
    for (const [url, code] of [
      ['/api/v1/help-points', 'required'],
      ['/api/v1/help-points?where=Atlantis', 'helppoint.place_unknown'],
      ['/api/v1/help-points?where=1030&service=teleportation', 'helppoint.choice_unknown'],
      ['/api/v1/help-points?where=1030&open=at&day=Tu&time=25:00', 'hours.time_invalid'],
    ] as const) {
      const res = await get(url);
      assert.equal(res.statusCode, 400, url);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      assert.equal(res.json().code, code, url);
    }
  });
});

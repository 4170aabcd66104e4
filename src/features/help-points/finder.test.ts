import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { distanceKm, searchPlace } from '../../platform/geo.ts';
import { type FinderPoint, find } from './finder.ts';
import { MAP_HEIGHT, MAP_WIDTH, mapOf } from './map.ts';

const point = (p: Partial<FinderPoint> & Pick<FinderPoint, 'id' | 'lat' | 'lon'>): FinderPoint => ({
  name: p.id,
  kind: 'epn',
  services: ['online_procedures'],
  access: 'both',
  languages: ['fr'],
  accessibility: [],
  audiences: ['everyone'],
  hours: 'Mo-Fr 09:00-17:00; PH off',
  ...p,
});
const brussels = point({ id: 'brussels', lat: 50.8466, lon: 4.3517 });
const schaerbeek = point({
  id: 'schaerbeek',
  lat: 50.8676,
  lon: 4.3737,
  kind: 'cpas',
  services: ['eid_itsme', 'wifi'],
  access: 'appointment',
  languages: ['fr', 'nl'],
  accessibility: ['step_free'],
  audiences: ['older_people'],
  hours: 'Mo-Fr 13:00-16:00',
});
const antwerp = point({ id: 'antwerp', lat: 51.2211, lon: 4.3997, languages: ['nl'], hours: 'nonsense' });
const all = [antwerp, schaerbeek, brussels];
/** Tuesday 1 December 2026, 10:00 in Brussels. */
const tuesdayMorning = new Date('2026-12-01T09:00Z');
const ids = (r: { point: FinderPoint }[]) => r.map((f) => f.point.id);

describe('the finder', () => {
  test('a postcode or a commune in French, Dutch or German gives its place; nonsense gives none', () => {
    assert.equal(searchPlace('1000')[0]?.name, 'Bruxelles');
    for (const q of ['Brussel', 'bruxelles', 'BRUSSELS'])
      assert.equal(searchPlace(q)[0]?.postcode, '1000', q);
    for (const q of ['Luik', 'Lüttich', 'liege']) assert.equal(searchPlace(q)[0]?.name, 'Liège', q);
    assert.equal(searchPlace('Antwerpen').length, 1, 'one place for a commune with many postcodes');
    for (const q of ['9999', 'Atlantis', '', '   ', '\u0000']) assert.deepEqual(searchPlace(q), [], q);
  });

  test('distances: Brussels to Antwerp is about 41 km', () => {
    assert.ok(Math.abs(distanceKm(brussels, antwerp) - 41.6) < 1, String(distanceKm(brussels, antwerp)));
    assert.equal(distanceKm(brussels, brussels), 0);
  });

  test('results come nearest first, each with its distance and whether it is open', () => {
    const from = searchPlace('1030')[0] as { lat: number; lon: number };
    const r = find(all, from, {}, tuesdayMorning);
    assert.deepEqual(ids(r), ['schaerbeek', 'brussels', 'antwerp']);
    assert.ok(r[0] && r[0].km < 0.5 && r[2] && r[2].km > 35);
    assert.deepEqual(
      r.map((f) => f.status.state),
      ['closed', 'open', 'unknown'],
    );
  });

  test('each filter keeps only what matches', () => {
    const from = brussels;
    const f = (filters: Parameters<typeof find>[2], now = tuesdayMorning) =>
      ids(find(all, from, filters, now));
    assert.deepEqual(f({ service: 'wifi' }), ['schaerbeek']);
    assert.deepEqual(f({ kind: 'cpas' }), ['schaerbeek']);
    assert.deepEqual(f({ language: 'nl' }), ['schaerbeek', 'antwerp']);
    assert.deepEqual(f({ accessibility: 'step_free' }), ['schaerbeek']);
    assert.deepEqual(f({ walkIn: true }), ['brussels', 'antwerp']);
    // A point for everyone welcomes older people too; one for older people only does not welcome job seekers.
    assert.deepEqual(f({ audience: 'older_people' }), ['brussels', 'schaerbeek', 'antwerp']);
    assert.deepEqual(f({ audience: 'job_seekers' }), ['brussels', 'antwerp']);
    // Unknown hours are never "open".
    assert.deepEqual(f({ openNow: true }), ['brussels']);
    assert.deepEqual(f({ openAt: new Date('2026-12-03T13:30Z') }), ['brussels', 'schaerbeek']);
    assert.deepEqual(
      f({ openAt: new Date('2026-12-25T13:30Z') }),
      ['schaerbeek'],
      'Christmas closes one of them',
    );
    assert.deepEqual(f({ service: 'wifi', walkIn: true }), []);
  });
});

describe('the map', () => {
  test('Belgium’s outline with the results as numbered points inside the picture, north up', () => {
    const places = ['1000', '2000', '6700', '8400', '4700'].map(
      (p) => searchPlace(p)[0] as { lat: number; lon: number },
    );
    const { d, points } = mapOf(places);
    assert.match(d, /^M[\d.,L]+Z/);
    assert.ok(d.length < 4000, `the outline weighs ${d.length} characters`);
    assert.deepEqual(
      points.map((p) => p.n),
      [1, 2, 3, 4, 5],
    );
    for (const p of points)
      assert.ok(p.x > 0 && p.x < MAP_WIDTH && p.y > 0 && p.y < MAP_HEIGHT, JSON.stringify(p));
    const [bru, antw, arlon, ostend, eupen] = points as [
      (typeof points)[0],
      (typeof points)[0],
      (typeof points)[0],
      (typeof points)[0],
      (typeof points)[0],
    ];
    assert.ok(antw.y < bru.y && arlon.y > bru.y, 'Antwerp north, Arlon south of Brussels');
    assert.ok(ostend.x < bru.x && eupen.x > bru.x, 'Ostend west, Eupen east');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Belgian postcodes and their localities (content/geo, from bpost's list), loaded once. */
export interface Locality {
  postcode: string;
  name: string;
  lon: number;
  lat: number;
}

const file = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../content/geo/belgian-postcodes.csv',
);
let byPostcode: Map<string, Locality[]> | undefined;

function load(): Map<string, Locality[]> {
  if (byPostcode) return byPostcode;
  byPostcode = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [postcode, quotedName, lon, lat] = line.split(',');
    const name = quotedName?.replace(/^"|"$/g, '');
    if (!postcode || !name) continue;
    const list = byPostcode.get(postcode) ?? [];
    list.push({ postcode, name, lon: Number(lon), lat: Number(lat) });
    byPostcode.set(postcode, list);
  }
  return byPostcode;
}

export const localitiesOf = (postcode: string): Locality[] => load().get(postcode) ?? [];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Other official names of localities the postal list gives in one language only (Brussels' communes in
 * Dutch, the main cities in the other national languages). Keys and values are folded names.
 */
const ALIASES: Record<string, string> = {
  brussel: 'bruxelles',
  brussels: 'bruxelles',
  laken: 'laeken',
  schaarbeek: 'schaerbeek',
  elsene: 'ixelles',
  'sint gillis': 'saint gilles',
  vorst: 'forest',
  ukkel: 'uccle',
  oudergem: 'auderghem',
  'watermaal bosvoorde': 'watermael boitsfort',
  'sint lambrechts woluwe': 'woluwe saint lambert',
  'sint pieters woluwe': 'woluwe saint pierre',
  'sint jans molenbeek': 'molenbeek saint jean',
  'sint agatha berchem': 'berchem sainte agathe',
  'sint joost ten node': 'saint josse ten noode',
  anvers: 'antwerpen',
  antwerp: 'antwerpen',
  gand: 'gent',
  ghent: 'gent',
  bruges: 'brugge',
  louvain: 'leuven',
  luik: 'liege',
  luttich: 'liege',
  namen: 'namur',
  bergen: 'mons',
  doornik: 'tournai',
  kelmis: 'la calamine',
  'sankt vith': 'saint vith',
  'st vith': 'saint vith',
  courtrai: 'kortrijk',
  malines: 'mechelen',
  ostende: 'oostende',
  nijvel: 'nivelles',
  waver: 'wavre',
  aarlen: 'arlon',
};

/** The locality of a postcode that matches a commune name (accents, case, dashes and the other language aside). */
export function findLocality(postcode: string, commune: string): Locality | undefined {
  const c = fold(commune);
  const wanted = ALIASES[c] ?? c;
  return localitiesOf(postcode).find((l) => fold(l.name) === wanted || fold(l.name) === c);
}

/** The region follows from the postcode: 1000–1299 Brussels, 1300–1499 and 4000–7999 Wallonia, else Flanders. */
export function regionOf(postcode: string): 'brussels' | 'flanders' | 'wallonia' {
  const n = Number(postcode);
  if (n >= 1000 && n <= 1299) return 'brussels';
  if ((n >= 1300 && n <= 1499) || (n >= 4000 && n <= 7999)) return 'wallonia';
  return 'flanders';
}

/**
 * The places a person means by what they typed: a postcode, or a commune's name in French, Dutch or German (any
 * case or accents). Several when a name is shared; none when nothing matches.
 */
export function searchPlace(query: string): Locality[] {
  const q = query.trim();
  if (/^\d{4}$/.test(q)) return localitiesOf(q).slice(0, 1);
  const c = fold(q);
  if (!c) return [];
  const wanted = ALIASES[c] ?? c;
  const found = [...load().values()].flat().filter((l) => fold(l.name) === wanted);
  // One place per name: the postal list repeats a commune under each of its postcodes; the lowest is its centre.
  return found.filter((l, i) => found.findIndex((m) => fold(m.name) === fold(l.name)) === i);
}

/** Great-circle distance in kilometres: short enough in Belgium for the haversine formula. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The locality whose centre is nearest to a point: what a position from "use my location" is called. */
export function nearestLocality(at: { lat: number; lon: number }): Locality | undefined {
  let best: Locality | undefined;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const list of load().values())
    for (const l of list) {
      const km = distanceKm(at, l);
      if (km < bestKm) [best, bestKm] = [l, km];
    }
  return best;
}

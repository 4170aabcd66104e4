import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../src/db/client.ts';
import { type HoursForm, toSyntax } from '../src/features/help-points/hours.ts';
import { helpPoints } from '../src/features/help-points/schema.ts';
import { organisations } from '../src/features/organisations/schema.ts';

/**
 * Help points spread over Belgium's localities for the finder's rows: a point every few localities, each
 * with a week drawn from a few patterns, services, languages and audiences, as the demo has them. Written
 * straight to the table (the service's checks are the demo's and the tests' business), 500 at a time.
 */
const day = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '16:30' },
];
const none = { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] };
const WEEKS: HoursForm['week'][] = [
  { ...none, Mo: day, Tu: day, Th: day, Fr: day },
  { ...none, Tu: [{ from: '17:00', to: '19:00' }], We: [{ from: '14:00', to: '16:00' }] },
  { ...none, We: [{ from: '13:30', to: '17:00' }], Sa: [{ from: '10:00', to: '12:30' }] },
  { ...none, Mo: day, Tu: day, We: day, Th: day, Fr: day, Sa: [day[0] as (typeof day)[number]] },
];
const SERVICES = ['online_procedures', 'eid_itsme', 'computer_access', 'wifi', 'print_scan', 'workshops'];
const KINDS = ['epn', 'library', 'town_hall', 'cpas', 'association', 'digipunt'];

export async function generateHelpPoints(db: Db, n: number): Promise<string> {
  const [org] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  if (!org) throw new Error('generate signatories first');
  const places = fs
    .readFileSync(path.resolve(import.meta.dirname, '../content/geo/belgian-postcodes.csv'), 'utf8')
    .split('\n')
    .map((l) => l.split(','))
    .filter((p) => p.length === 4)
    .map(([postcode, name, lon, lat]) => ({
      postcode,
      name: name?.replace(/"/g, ''),
      lat: Number(lat),
      lon: Number(lon),
    }));
  const now = new Date();
  let first = '';
  for (let start = 0; start < n; start += 500) {
    const rows = Array.from({ length: Math.min(500, n - start) }, (_, j) => {
      const i = start + j;
      const p = places[(i * 7) % places.length] as (typeof places)[number];
      const form: HoursForm = {
        week: WEEKS[i % WEEKS.length] as HoursForm['week'],
        holidaysClosed: true,
        exceptions: [],
      };
      // A few hundred metres around the locality's centre, so that points of one place are not all at one spot.
      const jitter = (k: number) => (((i * k) % 100) - 50) / 10_000;
      return {
        organisationId: org.id,
        name: `Point d’aide ${i}`,
        kind: KINDS[i % KINDS.length] as string,
        summary: 'Quelqu’un vous aide avec les démarches en ligne.',
        street: `Rue du Banc ${i}`,
        postcode: p.postcode as string,
        commune: p.name as string,
        lat: p.lat + jitter(13),
        lon: p.lon + jitter(17),
        placed: true,
        phone: '02 000 00 00',
        hours: toSyntax(form),
        hoursForm: form,
        services: SERVICES.filter((_, k) => (i + k) % 3 !== 0),
        access: (['walk_in', 'both', 'appointment'] as const)[i % 3],
        languages: i % 2 ? ['fr', 'nl'] : ['nl'],
        audiences: ['everyone'],
        checkedAt: now,
        createdAt: now,
        updatedAt: now,
      };
    });
    const ids = await db.insert(helpPoints).values(rows).returning({ id: helpPoints.id });
    first ||= ids[0]?.id ?? '';
  }
  return first;
}

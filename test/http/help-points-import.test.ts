import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { helpPoints } from '../../src/features/help-points/schema.ts';
import { type Agent, signedInAdmin, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { createOrganisation } from '../helpers/org.ts';

// A region loads its list: the secretariat uploads a CSV, reads the dry run, applies it all or nothing; the
// same file again changes nothing.
let t: TestApp;
let admin: Agent;
let kbo: string;

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-12-01T09:00:00Z');
  const rep = await signedInUser(t, { email: 'rep@gent-bib.be', name: 'Griet Gent' });
  const orgId = await createOrganisation(rep, 44, { legalName: 'Stad Gent', sector: 'public' });
  const [org] = await t.services.organisations.byId(orgId).then((o) => [o]);
  kbo = org?.kbo ?? '';
  admin = await signedInAdmin(t, 'secretariat-import@example.be');
});
after(() => t.close());

const HEADER =
  'source_id,structure_kbo,name,kind,street,postcode,commune,opening_hours,services,languages,latitude,longitude';
const row = (id: string, name: string, extra = ',') =>
  `${id},${kbo},${name},digipunt,Kerkstraat ${id.length},9000,Gent,"Tu 17:00-19:00; We 14:00-16:00",online_procedures wifi,nl fr,${extra}`;

/** Posts the form as a browser does, with the file as its last part. */
async function upload(source: string, csv: string | Buffer) {
  await admin.get('/nl/admin/help-points/import');
  const fd = new FormData();
  fd.append('_csrf', admin.csrf());
  fd.append('source', source);
  fd.append(
    'file',
    new Blob([typeof csv === 'string' ? csv : new Uint8Array(csv)], { type: 'text/csv' }),
    'digipunten.csv',
  );
  const r = new Response(fd);
  return t.app.inject({
    method: 'POST',
    url: '/nl/admin/help-points/import',
    payload: Buffer.from(await r.arrayBuffer()),
    headers: {
      'content-type': r.headers.get('content-type') ?? '',
      cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
}
const fromSource = () => t.deps.db.select().from(helpPoints).where(eq(helpPoints.source, 'gent-digipunten'));

describe('importing help points from CSV', () => {
  test('a dry run says each row’s fate and writes nothing; a refused row blocks the whole file', async () => {
    const csv = [
      HEADER,
      row('g1', 'Digipunt Bibliotheek De Krook', '51.0480,3.7270'),
      row('g2', 'Digipunt Wijkcentrum'),
      'g3,0000000000,Digipunt Nergens,digipunt,Straat 1,9000,Gent,,,,,',
      row('g1', 'Digipunt dubbel'),
      'g5,' + kbo + ',Digipunt Atlantis,digipunt,Straat 1,9999,Gent,,,,,',
    ].join('\n');
    const res = await upload('gent-digipunten', csv);
    assert.equal(res.statusCode, 303, /error-summary[\s\S]*?<\/div>/.exec(res.body)?.[0]);
    const preview = await admin.get(String(res.headers.location));
    assert.match(preview.body, /2 regels toegevoegd/);
    assert.match(preview.body, /3 regels geweigerd/);
    assert.match(preview.body, /<td>4<\/td><td>g3<\/td>[\s\S]*?structure_kbo/);
    assert.match(preview.body, /<td>5<\/td><td>g1<\/td>[\s\S]*?staat al op een regel hoger/);
    assert.match(preview.body, /<td>6<\/td><td>g5<\/td>[\s\S]*?postcode/);
    assert.doesNotMatch(preview.body, /Deze regels importeren/, 'no button while rows are refused');
    const id = String(res.headers.location).split('/').at(-1);
    const forced = await admin.post(`/nl/admin/help-points/import/${id}/apply`, {});
    assert.equal(forced.statusCode, 409);
    assert.equal((await fromSource()).length, 0, 'nothing half-written');
  });

  test('applied: rows added with their hours and services; the same file again is all unchanged; a change is a change', async () => {
    const csv = [
      HEADER,
      row('g1', 'Digipunt Bibliotheek De Krook', '51.0480,3.7270'),
      row('g2', 'Digipunt Wijkcentrum'),
    ].join('\n');
    const first = await upload('gent-digipunten', csv);
    await admin.get(String(first.headers.location));
    const applied = await admin.post(`${String(first.headers.location)}/apply`, {});
    assert.equal(applied.statusCode, 303);
    const rows = await fromSource();
    assert.equal(rows.length, 2);
    const krook = rows.find((r) => r.sourceId === 'g1');
    assert.equal(krook?.hours, 'Tu 17:00-19:00; We 14:00-16:00');
    assert.deepEqual(krook?.services, ['online_procedures', 'wifi']);
    assert.equal(krook?.placed, true);
    const again = await upload('gent-digipunten', csv);
    const preview = await admin.get(String(again.headers.location));
    assert.match(preview.body, /2 regels ongewijzigd/);
    assert.match(preview.body, /0 regels toegevoegd/);
    const changed = await upload(
      'gent-digipunten',
      csv.replace('Digipunt Wijkcentrum', 'Digipunt Wijkcentrum Ledeberg'),
    );
    assert.match((await admin.get(String(changed.headers.location))).body, /1 regel gewijzigd/);
    assert.equal((await admin.post(`${String(again.headers.location)}/apply`, {})).statusCode, 303);
    assert.equal((await admin.post(`${String(again.headers.location)}/apply`, {})).statusCode, 409, 'once');
    assert.equal((await fromSource()).length, 2);
    // The open-data CSV of these rows imports again as it is: every row unchanged.
    const exported = (await t.app.inject('/open-data/help-points.csv')).body;
    const round = await upload('gent-digipunten', exported);
    assert.equal(round.statusCode, 303);
    assert.match((await admin.get(String(round.headers.location))).body, /2 regels ongewijzigd/);
  });

  test('a file that is not UTF-8, or has unknown columns, is refused whole beside the file field', async () => {
    const latin1 = await upload(
      'gent-digipunten',
      Buffer.from(`${HEADER}\ng9,${kbo},Café Digitaal,digipunt,a,9000,Gent`, 'latin1'),
    );
    assert.equal(latin1.statusCode, 422);
    assert.match(latin1.body, /CSV UTF-8/);
    const unknown = await upload('gent-digipunten', 'source_id,naam\ng1,x');
    assert.equal(unknown.statusCode, 422);
    assert.match(unknown.body, /id="f-file-error"[\s\S]*?kolommen/);
  });
});

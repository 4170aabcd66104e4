import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { addMember, makeOrg, makeUser, type Person, refusedWith } from '../../../test/helpers/services.ts';
import type { HelpPointInput } from './fields.ts';

// The help points' rules, called on the services as a route would: who keeps a point, what its address and
// hours become, how complete it is, and what the finder returns.
let t: TestApp;
let admin: Person;
let n = 500;

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-12-01T09:00:00Z'); // a Tuesday, 10:00 in Brussels
  admin = await makeUser(t, 'secretariat@example.be', { admin: true });
});
after(() => t.close());

const hp = () => t.services.helpPoints;
const am = { from: '09:00', to: '12:00' };
const none = { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] };

/** What the form sends, parsed the way a route parses it. */
function input(values: Record<string, unknown> = {}): HelpPointInput {
  const r = hp().fields.safeParse({
    name: 'Espace public numérique de Schaerbeek',
    kind: 'epn',
    street: 'Place Colignon 1',
    postcode: '1030',
    commune: 'Schaerbeek',
    access: 'walk_in',
    services: ['online_procedures', 'wifi'],
    ...values,
  });
  assert.ok(r.success, JSON.stringify(r.error?.issues));
  return r.data;
}

async function structure() {
  const i = ++n;
  const manager = await makeUser(t, `hp-manager${i}@example.be`);
  const orgId = await makeOrg(t, manager, i, { legalName: `Commune de Test ${i}`, sector: 'public' });
  const editor = await makeUser(t, `hp-editor${i}@example.be`);
  await addMember(t, manager, orgId, editor, 'editor');
  const outsider = await makeUser(t, `hp-outsider${i}@example.be`);
  return { manager, editor, outsider, orgId };
}

describe('keeping a help point', () => {
  test('its structure’s members and the secretariat keep it; anyone else, or no one signed in, cannot', async () => {
    const s = await structure();
    const p = await hp().points.create(s.manager, s.orgId, input());
    await hp().points.update(s.editor, p.id, input({ name: 'EPN Colignon' }));
    await hp().points.update(admin, p.id, input({ name: 'EPN Colignon (secrétariat)' }));
    await assert.rejects(hp().points.update(s.outsider, p.id, input()), refusedWith('forbidden', 403));
    await assert.rejects(hp().points.create(s.outsider, s.orgId, input()), refusedWith('forbidden', 403));
    await assert.rejects(hp().points.create(null, s.orgId, input()), refusedWith('auth.required', 401));
    await assert.rejects(hp().points.ofStructure(s.outsider, s.orgId), refusedWith('forbidden', 403));
    await assert.rejects(
      hp().points.update(s.manager, crypto.randomUUID(), input()),
      refusedWith('not_found', 404),
    );
    assert.equal((await hp().points.get(p.id)).name, 'EPN Colignon (secrétariat)');
  });

  test('the address is checked against the postcode list; without coordinates it sits at the postcode', async () => {
    const s = await structure();
    const p = await hp().points.create(s.manager, s.orgId, input({ commune: 'schaarbeek' }));
    assert.equal(p.commune, 'Schaerbeek', 'the Dutch name is understood and stored as the list writes it');
    assert.deepEqual([p.lat, p.lon, p.placed], [50.8676041, 4.3737121, false]);
    await assert.rejects(
      hp().points.create(s.manager, s.orgId, input({ commune: 'Namur' })),
      refusedWith('commune.mismatch', 422),
    );
    const placed = await hp().points.create(s.manager, s.orgId, input({ lat: '50,8671', lon: '4,3801' }));
    assert.deepEqual([placed.lat, placed.lon, placed.placed], [50.8671, 4.3801, true]);
    for (const where of [{ lat: '48,85', lon: '2,35' }, { lat: '50,8' }])
      await assert.rejects(
        hp().points.create(s.manager, s.orgId, input(where)),
        refusedWith('helppoint.outside_belgium', 422),
      );
  });

  test('the hours form is stored with its opening_hours syntax', async () => {
    const s = await structure();
    const hours = { week: { ...none, Mo: [am], Tu: [am] }, holidaysClosed: true, exceptions: [] };
    const p = await hp().points.create(s.manager, s.orgId, input({ hours }));
    assert.equal(p.hours, 'Mo-Tu 09:00-12:00; PH off');
    assert.deepEqual(p.hoursForm, hours);
  });

  test('the form refuses an unknown kind or service, a bad phone number or web address, with their codes', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'casino' }, 'helppoint.kind_unknown'],
      [{ services: ['wifi', 'massage'] }, 'helppoint.choice_unknown'],
      [{ phone: 'call us' }, 'helppoint.phone_invalid'],
      [{ phone: '12' }, 'helppoint.phone_invalid'],
      [{ website: 'javascript:alert(1)' }, 'helppoint.url_invalid'],
      [{ summary: 'x'.repeat(281) }, 'too_long'],
      [{ name: '\u202Egnp.exe' }, 'text.invisible'],
      [
        {
          hours: {
            week: { ...none, Mo: [{ from: '12:00', to: '09:00' }] },
            holidaysClosed: false,
            exceptions: [],
          },
        },
        'hours.order',
      ],
    ];
    for (const [values, code] of cases) {
      const r = hp().fields.safeParse({ ...input(), ...values });
      assert.equal(r.success, false, JSON.stringify(values));
      assert.ok(
        r.error?.issues.some((i) => i.message === code),
        `${JSON.stringify(values)}: ${JSON.stringify(r.error?.issues)}`,
      );
    }
    assert.equal(
      input({ phone: '+32 2 123 45 67', website: 'https://www.schaerbeek.be' }).phone,
      '+32 2 123 45 67',
    );
  });

  test('completeness and out-of-date: what a visitor needs, shown to managers; confirming counts as a check', async () => {
    const s = await structure();
    const bare = await hp().points.create(s.manager, s.orgId, input());
    const full = await hp().points.create(
      s.manager,
      s.orgId,
      input({
        summary: 'Ordinateurs, wifi et aide pour vos démarches.',
        description: 'Un animateur vous aide sans rendez-vous.',
        phone: '02 244 75 00',
        lat: '50,8671',
        lon: '4,3801',
        languages: ['fr', 'nl'],
        accessibility: ['step_free'],
        audiences: ['everyone'],
        hours: { week: { ...none, Tu: [am] }, holidaysClosed: true, exceptions: [] },
      }),
    );
    const before = (await hp().points.ofStructure(s.manager, s.orgId)).points;
    assert.deepEqual(
      before.map((p) => [p.id, p.completeness, p.stale]).sort(),
      [
        [bare.id, 20, false],
        [full.id, 100, false],
      ].sort(),
    );
    t.clock.set('2027-12-02T09:00:00Z');
    try {
      const later = (await hp().points.ofStructure(s.manager, s.orgId)).points;
      assert.ok(later.every((p) => p.stale));
      assert.equal(later.find((p) => p.id === full.id)?.completeness, 90);
      assert.equal((await hp().points.get(full.id)).stale, true);
      await hp().points.confirm(s.editor, full.id);
      assert.equal((await hp().points.get(full.id)).stale, false);
      await assert.rejects(hp().points.confirm(s.outsider, full.id), refusedWith('forbidden', 403));
    } finally {
      t.clock.set('2026-12-01T09:00:00Z');
    }
  });
});

describe('finding a help point', () => {
  test('from a postcode or a commune’s name: nearest first, filtered, open now; an unknown place says so', async () => {
    const s = await structure();
    const open = { week: { ...none, Tu: [am] }, holidaysClosed: true, exceptions: [] };
    const near = await hp().points.create(s.manager, s.orgId, input({ name: 'Près', hours: open }));
    const far = await hp().points.create(
      s.manager,
      s.orgId,
      input({ name: 'Loin', postcode: '1180', commune: 'Uccle', access: 'appointment', services: ['wifi'] }),
    );
    const r = await hp().points.find('Schaerbeek', {});
    assert.equal(r.place?.postcode, '1030');
    const ids = r.results.map((f) => f.point.id);
    assert.ok(ids.indexOf(near.id) >= 0 && ids.indexOf(near.id) < ids.indexOf(far.id), 'nearest first');
    const byName = await hp().points.find('1030', { openNow: true });
    assert.ok(byName.results.some((f) => f.point.id === near.id));
    assert.ok(!byName.results.some((f) => f.point.id === far.id), 'hours unknown is not open');
    const walkIn = await hp().points.find('Ukkel', { walkIn: true });
    assert.ok(!walkIn.results.some((f) => f.point.id === far.id));
    assert.deepEqual(await hp().points.find('Atlantis', {}), { place: null, total: 0, results: [] });
  });
});

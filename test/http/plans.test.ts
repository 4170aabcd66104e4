import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { count, eq } from 'drizzle-orm';
import {
  actions,
  objectives,
  progressUpdates,
  SAFETY_MEASURES,
  safetyMeasures,
  trainingSessions,
} from '../../src/features/plans/schema.ts';
import {
  type Agent,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let rep: Agent;
let orgId: string;
let otherRep: Agent;
let otherOrg: string;
let admin: Agent;

before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'plan-admin@example.be');
  rep = await signedInUser(t, { email: 'plan-rep@example.be' });
  orgId = await createOrganisation(rep, 1500, { legalName: 'Plan Org' });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  otherRep = await signedInUser(t, { email: 'plan-other@example.be' });
  otherOrg = await createOrganisation(otherRep, 1501, { legalName: 'Other Org' });
});
after(() => t.close());

const idFrom = (location: string | undefined, kind: 'objective' | 'action') =>
  new RegExp(`#${kind}-([0-9a-f-]{36})$`).exec(String(location))?.[1] ?? '';

async function newObjective(agent: Agent, org: string, form: Record<string, string>) {
  await agent.get(`/fr/organisations/${org}/plan/objectives/new?commitment=${form.commitment ?? 'C4'}`);
  const res = await agent.post(`/fr/organisations/${org}/plan/objectives/new`, { commitment: 'C4', ...form });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  return idFrom(res.headers.location as string, 'objective');
}

describe('the action plan', () => {
  test('objectives with an indicator take their progress from the latest value; others from their actions', async () => {
    const trained = await newObjective(rep, orgId, {
      title: 'Former 30 % du personnel',
      indicator: 'Part du personnel formé',
      unit: '%',
      baseline: '0',
      target: '30',
      deadline: '2099-12-31',
      isPublic: 'yes',
    });
    await rep.get(`/fr/organisations/${orgId}/plan`);
    const upd = await rep.post(`/fr/organisations/${orgId}/plan/objectives/${trained}/progress`, {
      [`on-${trained}`]: '2026-01-10',
      [`note-${trained}`]: 'Deux sessions données',
      [`value-${trained}`]: '12,5',
    });
    assert.equal(upd.statusCode, 303);
    assert.equal(
      upd.headers.location,
      `/fr/organisations/${orgId}/plan#objective-${trained}`,
      'back to the same place',
    );

    const safety = await newObjective(rep, orgId, {
      commitment: 'C8',
      title: 'Canaux de contact sûrs',
      deadline: '2020-01-01',
    });
    for (const [title, status, isPublic] of [
      ['Campagne anti-phishing', 'done', 'yes'],
      ['Ligne téléphonique gardée', 'in_progress', ''],
      ['Ancien projet', 'dropped', ''],
    ] as const) {
      await rep.get(`/fr/organisations/${orgId}/plan/objectives/${safety}/actions/new`);
      const res = await rep.post(`/fr/organisations/${orgId}/plan/objectives/${safety}/actions/new`, {
        title,
        status,
        owner: 'Équipe client',
        dueDate: '2021-01-01',
        evidence: 'https://example.be/report.pdf',
        ...(isPublic ? { isPublic } : {}),
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      assert.match(String(res.headers.location), /#action-/);
    }

    const page = await rep.get(`/fr/organisations/${orgId}/plan`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<progress max="100" value="42"/, 'C4: 12.5 of 30 from 0 → 42 %');
    assert.match(page.body, /<progress max="100" value="50"/, 'C8: one of two counted actions done');
    assert.match(
      page.body,
      onPage('fr')('plan.late_count', { n: 2 }),
      'the C8 objective and an action are late',
    );

    // The public side shows only what was made public.
    const api = await t.app.inject(`/api/v1/signatories/${orgId}/plan`);
    assert.equal(api.statusCode, 200);
    const plan = api.json();
    assert.deepEqual(
      plan.objectives.map((o: { title: string }) => o.title),
      ['Former 30 % du personnel'],
    );
    assert.equal(plan.commitments.find((c: { code: string }) => c.code === 'C4').progress, 42);
    assert.equal(plan.commitments.find((c: { code: string }) => c.code === 'C8').objectives, 0);
    const slug =
      (await t.app.inject('/fr/signatories?q=plan')).body.match(/href="(\/fr\/signatories\/[^"]+)"/)?.[1] ??
      '';
    const profile = await t.app.inject(slug);
    assert.match(profile.body, /Former 30 % du personnel/);
    assert.doesNotMatch(profile.body, /Canaux de contact sûrs|Ligne téléphonique/);
    // An unlisted organisation has no public plan.
    assert.equal((await t.app.inject(`/api/v1/signatories/${otherOrg}/plan`)).statusCode, 404);
  });

  test('editing an objective or an action keeps the person where they were', async () => {
    const id = await newObjective(rep, orgId, { title: 'À modifier' });
    await rep.get(`/fr/organisations/${orgId}/plan/objectives/${id}/edit`);
    const res = await rep.post(`/fr/organisations/${orgId}/plan/objectives/${id}/edit`, {
      commitment: 'C1',
      title: 'Modifié',
    });
    assert.equal(res.headers.location, `/fr/organisations/${orgId}/plan#objective-${id}`);
    const [row] = await t.deps.db.select().from(objectives).where(eq(objectives.id, id));
    assert.equal(row?.title, 'Modifié');
    assert.equal(row?.commitment, 'C1');
    assert.equal(row?.isPublic, false, 'private unless ticked');
    const del = await rep.post(`/fr/organisations/${orgId}/plan/objectives/${id}/delete`, {});
    assert.equal(del.headers.location, `/fr/organisations/${orgId}/plan#C1`);
  });

  test('bad input gets a 422 beside its field, and nothing is written', async () => {
    const obj = await newObjective(rep, orgId, {
      title: 'Pour les erreurs',
      indicator: 'x',
      baseline: '1',
      target: '2',
    });
    const before = async () => [
      (await t.deps.db.select({ n: count() }).from(objectives))[0]?.n,
      (await t.deps.db.select({ n: count() }).from(actions))[0]?.n,
      (await t.deps.db.select({ n: count() }).from(progressUpdates))[0]?.n,
    ];
    const snapshot = await before();
    await rep.get(`/fr/organisations/${orgId}/plan/objectives/new`);
    for (const [form, field] of [
      [{ commitment: 'C10', title: 'x' }, 'commitment'],
      [{ commitment: 'C1', title: '' }, 'title'],
      [{ commitment: 'C1', title: 'x'.repeat(201) }, 'title'],
      [{ commitment: 'C1', title: 'x', baseline: 'beaucoup' }, 'baseline'],
      [{ commitment: 'C1', title: 'x', deadline: '2026-02-30' }, 'deadline'],
    ] as const) {
      const res = await rep.post(`/fr/organisations/${orgId}/plan/objectives/new`, form);
      assert.equal(res.statusCode, 422, JSON.stringify(form));
      assert.match(res.body, new RegExp(`href="#f-${field}"`));
    }
    await rep.get(`/fr/organisations/${orgId}/plan/objectives/${obj}/actions/new`);
    for (const [form, field] of [
      [{ title: 'x', status: 'maybe' }, 'status'],
      [{ title: 'x', status: 'planned', startDate: '2026-05-01', dueDate: '2026-04-01' }, 'dueDate'],
      [{ title: 'x', status: 'planned', evidence: 'javascript:alert(1)' }, 'evidence'],
    ] as const) {
      const res = await rep.post(`/fr/organisations/${orgId}/plan/objectives/${obj}/actions/new`, form);
      assert.equal(res.statusCode, 422, JSON.stringify(form));
      assert.match(res.body, new RegExp(`href="#f-${field}"`));
    }
    await rep.get(`/fr/organisations/${orgId}/plan`);
    for (const form of [
      { [`on-${obj}`]: '', [`note-${obj}`]: 'x' },
      { [`on-${obj}`]: '2999-01-01', [`note-${obj}`]: 'x' },
      { [`on-${obj}`]: '2026-01-01', [`note-${obj}`]: 'x', [`value-${obj}`]: 'douze' },
    ]) {
      const res = await rep.post(`/fr/organisations/${orgId}/plan/objectives/${obj}/progress`, form);
      assert.equal(res.statusCode, 422, JSON.stringify(form));
      assert.match(res.body, /class="error-summary"/);
    }
    assert.deepEqual(await before(), snapshot);
  });

  test('another organisation’s members can neither read nor change this plan, even with its ids', async () => {
    const obj = await newObjective(rep, orgId, { title: 'Secret' });
    await rep.get(`/fr/organisations/${orgId}/plan/objectives/${obj}/actions/new`);
    await rep.post(`/fr/organisations/${orgId}/plan/objectives/${obj}/actions/new`, {
      title: 'Secret action',
      status: 'planned',
    });
    const [act] = await t.deps.db.select().from(actions).where(eq(actions.objectiveId, obj));
    assert.ok(act);
    await otherRep.get(`/fr/organisations/${otherOrg}/plan`);
    // Through A's URLs: refused.
    for (const url of [
      `/fr/organisations/${orgId}/plan`,
      `/fr/organisations/${orgId}/plan/objectives/${obj}/edit`,
      `/fr/organisations/${orgId}/plan/actions/${act.id}/edit`,
    ]) {
      assert.equal((await otherRep.get(url)).statusCode, 403, url);
    }
    assert.equal(
      (
        await otherRep.post(`/fr/organisations/${orgId}/plan/objectives/${obj}/edit`, {
          commitment: 'C1',
          title: 'Hacked',
        })
      ).statusCode,
      403,
    );
    // Through B's URLs with A's ids: not found.
    for (const url of [
      `/fr/organisations/${otherOrg}/plan/objectives/${obj}/edit`,
      `/fr/organisations/${otherOrg}/plan/actions/${act.id}/edit`,
      `/fr/organisations/${otherOrg}/plan/objectives/${obj}/actions/new`,
    ]) {
      assert.equal((await otherRep.get(url)).statusCode, 404, url);
    }
    assert.equal(
      (
        await otherRep.post(`/fr/organisations/${otherOrg}/plan/objectives/${obj}/edit`, {
          commitment: 'C1',
          title: 'Hacked',
        })
      ).statusCode,
      404,
    );
    assert.equal(
      (await otherRep.post(`/fr/organisations/${otherOrg}/plan/objectives/${obj}/delete`, {})).statusCode,
      404,
    );
    const [still] = await t.deps.db.select().from(objectives).where(eq(objectives.id, obj));
    assert.equal(still?.title, 'Secret');
    // And the private items never reach the public API.
    assert.doesNotMatch((await t.app.inject(`/api/v1/signatories/${orgId}/plan`)).body, /Secret/);
  });
});

describe('the secretariat’s grid', () => {
  test('every signatory against the nine commitments, filtered, and as CSV; for the secretariat only', async () => {
    await newObjective(rep, orgId, { commitment: 'C6', title: 'Soutenir la semaine anti-phishing' });
    const page = await admin.get('/fr/admin/plans');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Plan Org/);
    assert.doesNotMatch(page.body, /Other Org/, 'only signatories');
    assert.doesNotMatch((await admin.get('/fr/admin/plans?sector=public')).body, /Plan Org/);
    assert.equal((await admin.get('/fr/admin/plans?region=mars')).statusCode, 400);
    const csv = await admin.get('/admin/plans.csv?sector=private');
    assert.equal(csv.statusCode, 200);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.organisation, 'Plan Org');
    assert.equal(rows[0]?.C6_objectives, '1');
    assert.ok(Number(rows[0]?.C4_objectives) >= 1);
    assert.equal((await rep.get('/fr/admin/plans')).statusCode, 403);
    assert.equal((await rep.get('/admin/plans.csv')).statusCode, 403);
  });
});

describe('internal training (C4)', () => {
  test('sessions are recorded and totalled per year; bad input writes nothing; outsiders are refused', async () => {
    await rep.get(`/fr/organisations/${orgId}/training`);
    for (const [on, hours, staff, audience] of [
      ['2025-03-01', '2', '10', 'employees'],
      ['2025-09-01', '1,5', '5', 'managers'],
      ['2026-01-10', '3', '20', 'volunteers'],
    ] as const) {
      const res = await rep.post(`/fr/organisations/${orgId}/training`, {
        on,
        topic: 'Phishing',
        hours,
        staffTrained: staff,
        audience,
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 200));
    }
    const data = await t.app.inject({
      url: `/fr/organisations/${orgId}/training`,
      headers: { cookie: [...rep.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    assert.equal(data.statusCode, 200);
    const totals = await t.deps.db.select().from(trainingSessions);
    assert.equal(totals.length, 3);
    const row2025 = /<td>2025<\/td><td class="num">2<\/td><td class="num">3,5<\/td><td class="num">15<\/td>/;
    assert.match(data.body, row2025, 'two sessions, 3.5 hours, 15 people in 2025');
    for (const bad of [
      { on: '', topic: 'x', hours: '1', staffTrained: '1', audience: 'employees' },
      { on: '2026-01-01', topic: 'x', hours: '-1', staffTrained: '1', audience: 'employees' },
      { on: '2026-01-01', topic: 'x', hours: '1', staffTrained: '2.5', audience: 'employees' },
      { on: '2026-01-01', topic: 'x', hours: '1', staffTrained: '', audience: 'employees' },
      { on: '2026-01-01', topic: 'x', hours: '1', staffTrained: '3', audience: 'robots' },
      { on: '2999-01-01', topic: 'x', hours: '1', staffTrained: '3', audience: 'employees' },
    ]) {
      const res = await rep.post(`/fr/organisations/${orgId}/training`, bad);
      assert.equal(res.statusCode, 422, JSON.stringify(bad));
    }
    assert.equal((await t.deps.db.select().from(trainingSessions)).length, 3);
    await otherRep.get(`/fr/organisations/${otherOrg}/training`);
    assert.equal((await otherRep.get(`/fr/organisations/${orgId}/training`)).statusCode, 403);
    assert.equal(
      (
        await otherRep.post(`/fr/organisations/${orgId}/training`, {
          on: '2026-01-01',
          topic: 'x',
          hours: '1',
          staffTrained: '1',
          audience: 'employees',
        })
      ).statusCode,
      403,
    );
  });
});

describe('the trust and safety checklist (C8)', () => {
  test('each measure gets a status and a note; a missing status is refused; outsiders are refused', async () => {
    const page = await rep.get(`/fr/organisations/${orgId}/safety`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, onPage('fr')('safety.measure.phishing_awareness'));
    const all = Object.fromEntries(SAFETY_MEASURES.map((m) => [m, 'planned']));
    const missing = await rep.post(`/fr/organisations/${orgId}/safety`, { ...all, secure_contact: '' });
    assert.equal(missing.statusCode, 422);
    assert.match(missing.body, /href="#f-secure_contact"/);
    assert.equal((await t.deps.db.select().from(safetyMeasures)).length, 0);
    const ok = await rep.post(`/fr/organisations/${orgId}/safety`, {
      ...all,
      assisted_alternative: 'in_place',
      assisted_alternative_note: 'Guichet ouvert le samedi',
    });
    assert.equal(ok.statusCode, 303);
    const again = await rep.post(`/fr/organisations/${orgId}/safety`, {
      ...all,
      phishing_awareness: 'in_place',
    });
    assert.equal(again.statusCode, 303);
    const rows = await t.deps.db.select().from(safetyMeasures);
    assert.equal(rows.length, SAFETY_MEASURES.length, 'one row per measure, updated in place');
    assert.equal(rows.find((r) => r.measure === 'phishing_awareness')?.status, 'in_place');
    assert.equal(rows.find((r) => r.measure === 'assisted_alternative')?.status, 'planned');
    const view = await admin.get(`/fr/organisations/${orgId}/safety`);
    assert.equal(view.statusCode, 200, 'the secretariat reads it');
    assert.doesNotMatch(view.body, /<form action="\/fr\/organisations\/[^"]+\/safety"/, 'but has no form');
    await otherRep.get(`/fr/organisations/${otherOrg}/plan`);
    assert.equal((await otherRep.post(`/fr/organisations/${orgId}/safety`, all)).statusCode, 403);
  });
});

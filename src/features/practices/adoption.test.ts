import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import {
  addMember,
  IP,
  makeOrg,
  makeUser,
  type Person,
  refusedWith,
  verifiedSignatory,
} from '../../../test/helpers/services.ts';
import type { PracticeInput } from './service.ts';

// "We adopted this" (commitment C1) on the service: a member of another signatory in good standing declares it
// for a published practice, rewrites its note or withdraws it; the public sees the adopters the register lists.
// And the moderation states the practice goes through, which decide whether it can be adopted.
let t: TestApp;
let admin: Person;
type Signatory = { rep: Person; orgId: string; signatureId: string };
/** A shares the practices; B adopts them. */
let a: Signatory;
let b: Signatory;
let editorA: Person;
let editorB: Person;
/** A member of no organisation. */
let stranger: Person;
/** Signed, not yet verified. */
let pending: { rep: Person; orgId: string };
/** Registered, never signed. */
let unsigned: { rep: Person; orgId: string };
/** A's published practice. */
let practice: string;
let n = 4100;

const input = (title: string): PracticeInput => ({
  title,
  summary: 'Des bénévoles aident les seniors à reconnaître les faux messages.',
  body: 'Chaque mercredi, un atelier dans la bibliothèque.',
  lang: 'fr',
  commitments: ['C1'],
  obstacles: [],
  targetGroups: ['seniors'],
  links: [],
});
const note = 'Nous l’avons reprise dans nos trois agences.';
const adopt = (actor: Person | null, orgId: string, id = practice, text = note) =>
  t.services.practices.adopt(actor, id, orgId, text);
/** The adopters the public sees on the practice page. */
const publicAdopters = async (id = practice) => (await t.services.practices.view(null, id)).adopters;
const sharedCount = async (id = practice) =>
  (await t.services.practices.sharedBy(a.orgId)).find((p) => p.id === id)?.adoptions;

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-01-15T09:00:00Z');
  admin = await makeUser(t, 'secretariat@example.be', { admin: true });
  a = await verifiedSignatory(t, admin, 4000);
  b = await verifiedSignatory(t, admin, 4001);
  editorA = await makeUser(t, 'editor-a@example.be');
  await addMember(t, a.rep, a.orgId, editorA, 'editor');
  editorB = await makeUser(t, 'editor-b@example.be');
  await addMember(t, b.rep, b.orgId, editorB, 'editor');
  stranger = await makeUser(t, 'stranger@example.be');
  const pendingRep = await makeUser(t, 'pending@example.be');
  const pendingOrg = await makeOrg(t, pendingRep, 4002);
  await t.services.signatures.sign(
    pendingRep,
    pendingOrg,
    { signerName: 'P', signerTitle: 'CEO' },
    IP,
    'test',
  );
  pending = { rep: pendingRep, orgId: pendingOrg };
  const unsignedRep = await makeUser(t, 'unsigned@example.be');
  unsigned = { rep: unsignedRep, orgId: await makeOrg(t, unsignedRep, 4003) };
  practice = (await t.services.practices.submit(editorA, a.orgId, input('Des ateliers anti-arnaques'))).id;
  await t.services.practices.publish(admin, practice);
});
after(() => t.close());

describe('moderation', () => {
  test('submitted → returned with a comment → submitted again when edited → published; only the secretariat decides', async () => {
    const p = t.services.practices;
    const { id } = await p.submit(a.rep, a.orgId, input('Un café numérique'));
    const statusOf = async () => (await p.view(a.rep, id)).practice;
    assert.equal((await statusOf()).status, 'submitted');
    for (const actor of [a.rep, editorA, b.rep]) {
      await assert.rejects(p.publish(actor, id), refusedWith('forbidden', 403));
      await assert.rejects(p.returnToAuthor(actor, id, 'x'), refusedWith('forbidden', 403));
    }
    await assert.rejects(p.publish(null, id), refusedWith('auth.required', 401));
    // Unpublished, it is for its members and the secretariat only.
    await assert.rejects(p.view(null, id), refusedWith('not_found', 404));
    await assert.rejects(p.view(b.rep, id), refusedWith('forbidden', 403));
    assert.equal((await p.view(admin, id)).canEdit, false);
    assert.equal((await p.view(editorA, id)).canEdit, true);

    await p.returnToAuthor(admin, id, 'Ajoutez les résultats.');
    assert.deepEqual(
      [(await statusOf()).status, (await statusOf()).moderationComment],
      ['returned', 'Ajoutez les résultats.'],
    );
    await assert.rejects(p.publish(admin, id), refusedWith('practice.not_submitted', 409));
    await assert.rejects(p.update(b.rep, id, input('x')), refusedWith('forbidden', 403));
    await p.update(editorA, id, { ...input('Un café numérique'), results: '30 personnes par mois' });
    assert.equal((await statusOf()).status, 'submitted');
    await p.publish(admin, id);
    const published = await p.view(null, id);
    assert.deepEqual([published.practice.status, published.practice.moderationComment], ['published', null]);
    await assert.rejects(p.publish(admin, id), refusedWith('practice.not_submitted', 409));
    await assert.rejects(p.returnToAuthor(admin, id, 'x'), refusedWith('practice.not_submitted', 409));
  });
});

describe('who may adopt', () => {
  test('a member of another live signatory, for a published practice; everyone else is refused', async () => {
    const draft = (await t.services.practices.submit(a.rep, a.orgId, input('Pas encore publiée'))).id;
    await assert.rejects(adopt(null, b.orgId), refusedWith('auth.required', 401));
    await assert.rejects(adopt(stranger, b.orgId), refusedWith('forbidden', 403));
    await assert.rejects(
      adopt(admin, b.orgId),
      refusedWith('forbidden', 403),
      'the secretariat acts for none',
    );
    await assert.rejects(adopt(a.rep, b.orgId), refusedWith('forbidden', 403), 'not a member of B');
    for (const author of [a.rep, editorA])
      await assert.rejects(adopt(author, a.orgId), refusedWith('adoption.own_practice', 422));
    await assert.rejects(adopt(b.rep, b.orgId, draft), refusedWith('adoption.not_published', 422));
    await assert.rejects(
      adopt(b.rep, b.orgId, '00000000-0000-4000-8000-000000000000'),
      refusedWith('not_found', 404),
    );
    for (const org of [pending, unsigned])
      await assert.rejects(adopt(org.rep, org.orgId), refusedWith('adoption.signatories_only', 422));
    assert.deepEqual(await publicAdopters(), { rows: [], total: 0 });
  });

  test('an editor declares it with a note; a second declaration rewrites the note', async () => {
    await adopt(editorB, b.orgId);
    const seen = await publicAdopters();
    assert.deepEqual(
      seen.rows.map((r) => [r.id, r.note]),
      [[b.orgId, note]],
    );
    assert.equal(seen.total, 1);
    assert.equal(await sharedCount(), 1);
    assert.deepEqual(
      (await t.services.practices.adoptedBy(b.orgId)).map((p) => [p.id, p.note]),
      [[practice, note]],
    );
    const mine = (await t.services.practices.view(b.rep, practice)).mine;
    assert.deepEqual(mine, [{ id: b.orgId, name: 'Organisation de service 4001', canAdopt: true, note }]);
    await adopt(b.rep, b.orgId, practice, 'Reprise aussi à Namur.');
    const again = await publicAdopters();
    assert.deepEqual([again.total, again.rows[0]?.note], [1, 'Reprise aussi à Namur.']);
  });

  test('a non-reporting signatory is still in good standing; a suspended one is not', async () => {
    const late = await verifiedSignatory(t, admin, ++n);
    await t.deps.db.transaction((tx) =>
      t.services.signatures.reportingStep(tx, late.signatureId, 'non_reporting', null),
    );
    await adopt(late.rep, late.orgId);
    assert.ok((await publicAdopters()).rows.some((r) => r.id === late.orgId));

    const held = await verifiedSignatory(t, admin, ++n);
    await t.services.signatures.secretariatStep(admin, held.signatureId, 'suspend', 'Plainte', IP);
    await assert.rejects(adopt(held.rep, held.orgId), refusedWith('adoption.signatories_only', 422));
    assert.equal((await t.services.practices.view(held.rep, practice)).mine[0]?.canAdopt, false);
  });
});

describe('withdrawing an adoption', () => {
  test('only a member of the adopter withdraws it, once', async () => {
    const p = t.services.practices;
    const before = (await publicAdopters()).total;
    await assert.rejects(p.withdrawAdoption(null, practice, b.orgId), refusedWith('auth.required', 401));
    await assert.rejects(p.withdrawAdoption(stranger, practice, b.orgId), refusedWith('forbidden', 403));
    await assert.rejects(p.withdrawAdoption(admin, practice, b.orgId), refusedWith('forbidden', 403));
    await assert.rejects(p.withdrawAdoption(a.rep, practice, b.orgId), refusedWith('forbidden', 403));
    assert.equal((await publicAdopters()).total, before);
    await p.withdrawAdoption(editorB, practice, b.orgId);
    const after = await publicAdopters();
    assert.equal(after.total, before - 1);
    assert.ok(!after.rows.some((r) => r.id === b.orgId));
    assert.deepEqual(await p.adoptedBy(b.orgId), []);
    assert.equal((await p.view(b.rep, practice)).mine[0]?.note, null);
    await assert.rejects(p.withdrawAdoption(b.rep, practice, b.orgId), refusedWith('not_found', 404));
  });
});

describe('what the public sees', () => {
  test('adopters follow the register: a withdrawn signatory stays listed, a revoked one leaves', async () => {
    const gone = await verifiedSignatory(t, admin, ++n);
    const revoked = await verifiedSignatory(t, admin, ++n);
    await adopt(gone.rep, gone.orgId);
    await adopt(revoked.rep, revoked.orgId);
    const before = (await publicAdopters()).total;
    await t.services.signatures.withdraw(gone.rep, gone.orgId, IP);
    assert.equal((await publicAdopters()).total, before);
    await t.services.signatures.secretariatStep(admin, revoked.signatureId, 'revoke', 'Faux', IP);
    const after = await publicAdopters();
    assert.equal(after.total, before - 1);
    assert.ok(!after.rows.some((r) => r.id === revoked.orgId));
    assert.ok(after.rows.some((r) => r.id === gone.orgId));
    assert.equal(await sharedCount(), after.total);
  });

  test('a practice back in moderation cannot be adopted and leaves the adopters’ profiles until published again', async () => {
    const p = t.services.practices;
    const c = await verifiedSignatory(t, admin, ++n);
    await adopt(c.rep, c.orgId);
    await p.update(editorA, practice, input('Des ateliers anti-arnaques, version 2'));
    await assert.rejects(adopt(b.rep, b.orgId), refusedWith('adoption.not_published', 422));
    await assert.rejects(p.view(null, practice), refusedWith('not_found', 404));
    assert.deepEqual(await p.adoptedBy(c.orgId), []);
    await p.publish(admin, practice);
    assert.deepEqual(
      (await p.adoptedBy(c.orgId)).map((x) => x.id),
      [practice],
      'the declaration was kept',
    );
  });
});

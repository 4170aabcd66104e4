import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { validKbo } from '../../../test/helpers/org.ts';
import {
  addMember,
  audited,
  IP,
  makeOrg,
  makeUser,
  type Person,
  refusedWith,
  verifiedSignatory,
} from '../../../test/helpers/services.ts';
import type { OrganisationInput } from '../organisations/service.ts';

// The identity rules of the signatures service (identity.ts), called on the service as a route would:
// changes that apply at once or wait for the secretariat, its decision, and disputes over a number.
let t: TestApp;
let admin: Person;
let n = 100;
const signer = { signerName: 'Ana Peeters', signerTitle: 'CEO' };

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-01-15T09:00:00Z');
  admin = await makeUser(t, 'secretariat@example.be', { admin: true });
});
after(() => t.close());

/** An organisation with a representative, an editor, and a representative of another organisation. */
async function world() {
  const i = ++n;
  const rep = await makeUser(t, `rep${i}@example.be`);
  const orgId = await makeOrg(t, rep, i);
  const editor = await makeUser(t, `editor${i}@example.be`);
  await addMember(t, rep, orgId, editor, 'editor');
  const outsider = await makeUser(t, `outsider${i}@example.be`);
  await makeOrg(t, outsider, 5000 + i);
  return { i, rep, editor, outsider, orgId };
}

const sign = (actor: Person | null, orgId: string) =>
  t.services.signatures.sign(actor, orgId, signer, IP, 'test-agent');

const lastLedgerEvent = async () => {
  const { head, entries, valid } = await t.services.ledger.verify();
  assert.ok(valid, `the ledger chain holds (head ${head})`);
  return (await t.services.ledger.entry(entries)).payload as {
    event: string;
    signature: { id: string; signerName?: string; signerCommitment?: string };
    reason?: string;
    change?: { from: { name: string }; to: { name: string } };
  };
};

describe('identity changes', () => {
  const input = (i: number, o: Partial<OrganisationInput> = {}): OrganisationInput => ({
    legalName: `Organisation de service ${i}`,
    kbo: validKbo(i),
    sector: 'private',
    sizeBand: 'small',
    postcode: '1000',
    commune: 'Bruxelles',
    description: { fr: `Une organisation de test numéro ${i}.` },
    ...o,
  });
  const save = (actor: Person | null, orgId: string, i: number, o: Partial<OrganisationInput> = {}) =>
    t.services.signatures.saveOrganisation(actor, orgId, input(i, o), undefined, IP);
  const nameOf = async (orgId: string) => (await t.services.organisations.byId(orgId))?.legalName;

  test('before signing, the members change the identity at once; strangers cannot', async () => {
    const w = await world();
    await assert.rejects(save(w.outsider, w.orgId, w.i, { legalName: 'X' }), refusedWith('forbidden', 403));
    await assert.rejects(save(null, w.orgId, w.i, { legalName: 'X' }), refusedWith('auth.required', 401));
    assert.deepEqual(await save(w.editor, w.orgId, w.i, { legalName: 'Nouveau Nom SA' }), {
      proposed: false,
    });
    assert.equal(await nameOf(w.orgId), 'Nouveau Nom SA');
  });

  test('once checked, a member’s change waits for the secretariat; a newer one replaces it; free fields change at once', async () => {
    const w = await world();
    const s = t.services.signatures;
    const { signature } = await sign(w.rep, w.orgId);
    const first = await save(w.editor, w.orgId, w.i, {
      legalName: 'Premier Nom SA',
      description: { fr: 'Une description nouvelle.' },
    });
    assert.deepEqual(first, { proposed: true });
    const org = await t.services.organisations.byId(w.orgId);
    assert.equal(org?.legalName, `Organisation de service ${w.i}`, 'the checked name stays');
    assert.deepEqual(org?.description, { fr: 'Une description nouvelle.' });
    assert.equal((await s.pendingChange(w.rep, w.orgId))?.after.legalName, 'Premier Nom SA');
    await save(w.rep, w.orgId, w.i, { legalName: 'Second Nom SA' });
    assert.equal(
      (await s.pendingChange(admin, w.orgId))?.after.legalName,
      'Second Nom SA',
      'one open change',
    );
    await assert.rejects(s.pendingChange(w.outsider, w.orgId), refusedWith('forbidden', 403));
    await assert.rejects(
      s.decideChange(w.rep, signature.id, 'approve', undefined, IP),
      refusedWith('forbidden', 403),
    );
    const { entries } = await t.services.ledger.verify();
    await s.decideChange(admin, signature.id, 'reject', 'Pas de preuve.', IP);
    assert.equal(await s.pendingChange(w.rep, w.orgId), null);
    assert.equal(await nameOf(w.orgId), `Organisation de service ${w.i}`);
    assert.equal((await t.services.ledger.verify()).entries, entries, 'a refusal writes no entry');
    assert.equal(await audited(t, 'organisation.change_rejected', w.orgId), 1);
    await assert.rejects(
      s.decideChange(admin, signature.id, 'approve', undefined, IP),
      refusedWith('change.not_pending', 409),
    );
  });

  test('an approved change applies with a ledger entry of before and after; the secretariat’s own edit applies at once', async () => {
    const { rep, orgId, signatureId } = await verifiedSignatory(t, admin, ++n);
    const i = n;
    const s = t.services.signatures;
    await save(rep, orgId, i, { legalName: 'Nom Approuvé SA' });
    await s.decideChange(admin, signatureId, 'approve', undefined, IP);
    assert.equal(await nameOf(orgId), 'Nom Approuvé SA');
    const entry = await lastLedgerEvent();
    assert.equal(entry.event, 'identity_changed');
    assert.deepEqual(
      [entry.change?.from.name, entry.change?.to.name],
      [`Organisation de service ${i}`, 'Nom Approuvé SA'],
    );
    assert.deepEqual(await save(admin, orgId, i, { legalName: 'Nom du Secrétariat SA' }), {
      proposed: false,
    });
    assert.equal(await nameOf(orgId), 'Nom du Secrétariat SA');
    assert.equal((await lastLedgerEvent()).change?.to.name, 'Nom du Secrétariat SA');
    assert.equal(await audited(t, 'signature.identity_changed', signatureId), 2);
  });

  // Fails today (reported to the lead): the open proposal outlives the check, and approving it later would bring
  // back the older name over the newer one.
  test('when the signature ends unverified, a direct edit replaces the proposal still open', async () => {
    const w = await world();
    const s = t.services.signatures;
    const { signature } = await sign(w.rep, w.orgId);
    assert.deepEqual(await save(w.rep, w.orgId, w.i, { legalName: 'Nom Proposé SA' }), { proposed: true });
    await s.withdraw(w.rep, w.orgId, IP);
    assert.deepEqual(await save(w.rep, w.orgId, w.i, { legalName: 'Nom Direct SA' }), { proposed: false });
    assert.equal(await nameOf(w.orgId), 'Nom Direct SA');
    assert.equal(await s.pendingChange(w.rep, w.orgId), null, 'a newer edit replaces the open one');
    await assert.rejects(
      s.decideChange(admin, signature.id, 'approve', undefined, IP),
      refusedWith('change.not_pending', 409),
    );
    assert.equal(await nameOf(w.orgId), 'Nom Direct SA');
  });

  test('after a revocation the identity is no longer checked: edits apply at once, without an entry', async () => {
    const { rep, orgId, signatureId } = await verifiedSignatory(t, admin, ++n);
    const i = n;
    await t.services.signatures.secretariatStep(admin, signatureId, 'revoke', 'Faux', IP);
    const { entries } = await t.services.ledger.verify();
    assert.deepEqual(await save(rep, orgId, i, { legalName: 'Vrai Nom SA' }), { proposed: false });
    assert.equal(await nameOf(orgId), 'Vrai Nom SA');
    assert.equal((await t.services.ledger.verify()).entries, entries);
  });
});

describe('disputes', () => {
  const claim = (kbo: string) => ({
    kbo,
    organisationName: 'La Vraie Société',
    claimantName: 'Jan Claes',
    claimantRole: 'Directeur',
    contact: 'jan@example.be',
  });

  test('anyone disputes a taken number; only the secretariat reads and closes it, once', async () => {
    const w = await world();
    const s = t.services.signatures;
    await assert.rejects(s.dispute(null, claim(validKbo(9999)), IP), refusedWith('dispute.not_taken', 422));
    const d = await s.dispute(null, claim(validKbo(w.i)), IP);
    assert.equal(d.status, 'open');
    await assert.rejects(s.disputeDetail(w.rep, d.id), refusedWith('forbidden', 403));
    assert.equal((await s.disputeDetail(admin, d.id)).holder?.id, w.orgId);
    await assert.rejects(s.closeDispute(w.rep, d.id, undefined, IP), refusedWith('forbidden', 403));
    await s.closeDispute(admin, d.id, 'Vérifié : même société.', IP);
    await assert.rejects(s.closeDispute(admin, d.id, undefined, IP), refusedWith('dispute.closed', 409));
    assert.equal(await audited(t, 'kbo.dispute_closed', d.id), 1);
  });
});

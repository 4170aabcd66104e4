import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';
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

// The signature's rules, called on the service as a route, the CLI or a job would: each step that is allowed,
// each that is refused (with its code and status), and the state the service's own read methods then show.
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

/** The organisation's signatures, newest first, with their steps, as its members see them. */
const history = async (actor: Person, orgId: string) =>
  (await t.services.signatures.history(actor, orgId)).signatures;
const stepsOf = async (orgId: string) =>
  (await history(admin, orgId))[0]?.events.map((e) => e.event.type) ?? [];
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

describe('signing', () => {
  test('only a representative of the organisation signs; anyone else is refused', async () => {
    const w = await world();
    await assert.rejects(sign(null, w.orgId), refusedWith('auth.required', 401));
    await assert.rejects(sign(w.editor, w.orgId), refusedWith('organisation.representative_only', 403));
    await assert.rejects(sign(w.outsider, w.orgId), refusedWith('forbidden', 403));
    await assert.rejects(sign(admin, w.orgId), refusedWith('forbidden', 403));
    await assert.rejects(sign(w.rep, '00000000-0000-4000-8000-000000000000'), refusedWith('not_found', 404));
    assert.equal(await t.services.signatures.statusOf(w.orgId), null, 'nothing was signed');
    assert.equal(await audited(t, 'signature.signed', w.orgId), 0);
  });

  test('a signature waits for the secretariat; the ledger holds only a commitment to the signer', async () => {
    const w = await world();
    const { signature, event } = await sign(w.rep, w.orgId);
    assert.equal(signature.status, 'pending');
    assert.equal((await t.services.signatures.liveSignature(w.orgId))?.id, signature.id);
    assert.equal(await t.services.signatures.statusOf(w.orgId), 'pending');
    assert.deepEqual(await stepsOf(w.orgId), ['signed']);
    const entry = await lastLedgerEvent();
    assert.equal(entry.event, 'signed');
    assert.equal(entry.signature.id, signature.id);
    assert.equal(entry.signature.signerName, undefined, 'no name before verification');
    assert.match(entry.signature.signerCommitment ?? '', /^[0-9a-f]{64}$/);
    assert.equal(await audited(t, 'signature.signed', signature.id), 1);
    // The receipt names the signer to the members and the secretariat only, until verification.
    assert.equal((await t.services.signatures.receipt(null, event.id)).signer, null);
    assert.equal((await t.services.signatures.receipt(w.outsider, event.id)).signer, null);
    assert.equal((await t.services.signatures.receipt(w.editor, event.id)).signer?.name, signer.signerName);
    assert.equal((await t.services.signatures.receipt(admin, event.id)).signer?.name, signer.signerName);
    // One live signature per organisation.
    await assert.rejects(sign(w.rep, w.orgId), refusedWith('signature.already_signed', 409));
    assert.equal((await history(w.rep, w.orgId)).length, 1);
  });

  test('the history is for the members and the secretariat', async () => {
    const w = await world();
    await sign(w.rep, w.orgId);
    assert.equal((await t.services.signatures.history(w.editor, w.orgId)).access, 'editor');
    assert.equal((await t.services.signatures.history(admin, w.orgId)).access, 'admin');
    await assert.rejects(t.services.signatures.history(w.outsider, w.orgId), refusedWith('forbidden', 403));
    await assert.rejects(t.services.signatures.history(null, w.orgId), refusedWith('auth.required', 401));
  });
});

describe('the secretariat verifies', () => {
  test('only the secretariat approves, rejects or asks a question', async () => {
    const w = await world();
    const { signature } = await sign(w.rep, w.orgId);
    const s = t.services.signatures;
    for (const actor of [w.rep, w.editor, w.outsider]) {
      await assert.rejects(s.approve(actor, signature.id, undefined, IP), refusedWith('forbidden', 403));
      await assert.rejects(s.reject(actor, signature.id, 'no', IP), refusedWith('forbidden', 403));
      await assert.rejects(s.requestInfo(actor, signature.id, '?', IP), refusedWith('forbidden', 403));
      await assert.rejects(s.detail(actor, signature.id), refusedWith('forbidden', 403));
    }
    await assert.rejects(s.approve(null, signature.id, undefined, IP), refusedWith('auth.required', 401));
    await assert.rejects(
      s.approve(admin, '00000000-0000-4000-8000-000000000000', undefined, IP),
      refusedWith('not_found', 404),
    );
    assert.equal(await s.statusOf(w.orgId), 'pending');
    assert.deepEqual(await stepsOf(w.orgId), ['signed']);
  });

  test('a question and its answer keep the signature pending, and stay out of the ledger', async () => {
    const w = await world();
    const s = t.services.signatures;
    const { signature } = await sign(w.rep, w.orgId);
    // Nothing to answer yet.
    await assert.rejects(
      s.provideInfo(w.rep, w.orgId, 'Voici', IP),
      refusedWith('signature.no_question', 409),
    );
    const { entries } = await t.services.ledger.verify();
    const asked = await s.requestInfo(admin, signature.id, 'Quelle est la fonction du signataire ?', IP);
    assert.equal(asked.ledgerSeq, null);
    assert.ok((await s.liveSignature(w.orgId))?.infoRequestedAt, 'the question is open');
    assert.equal((await s.detail(admin, signature.id)).waitingDays, 0);
    // Any member answers; nobody else.
    await assert.rejects(s.provideInfo(w.outsider, w.orgId, 'x', IP), refusedWith('forbidden', 403));
    await assert.rejects(s.provideInfo(admin, w.orgId, 'x', IP), refusedWith('forbidden', 403));
    await assert.rejects(s.provideInfo(null, w.orgId, 'x', IP), refusedWith('auth.required', 401));
    const answered = await s.provideInfo(w.editor, w.orgId, 'La directrice générale.', IP);
    assert.equal(answered.note, 'La directrice générale.');
    const live = await s.liveSignature(w.orgId);
    assert.equal(live?.status, 'pending');
    assert.equal(live?.infoRequestedAt, null, 'the question is closed');
    await assert.rejects(
      s.provideInfo(w.rep, w.orgId, 'again', IP),
      refusedWith('signature.no_question', 409),
    );
    assert.deepEqual(await stepsOf(w.orgId), ['signed', 'info_requested', 'info_provided']);
    assert.equal((await t.services.ledger.verify()).entries, entries, 'no ledger entry for either');
    assert.equal(await audited(t, 'signature.info_requested', signature.id), 1);
    assert.equal(await audited(t, 'signature.info_provided', signature.id), 1);
  });

  test('approval makes it active and names the signer publicly; a decided signature is not decided again', async () => {
    const w = await world();
    const s = t.services.signatures;
    const { signature, event } = await sign(w.rep, w.orgId);
    await s.requestInfo(admin, signature.id, '?', IP);
    const verified = await s.approve(admin, signature.id, 'Vérifié au registre.', IP);
    const [sig] = await history(w.rep, w.orgId);
    assert.equal(sig?.status, 'active');
    assert.equal(sig?.decidedBy, admin.id);
    assert.ok(sig?.decidedAt);
    assert.equal(sig?.infoRequestedAt, null, 'an approval closes an open question');
    const entry = await lastLedgerEvent();
    assert.equal(entry.event, 'verified');
    assert.equal(entry.signature.signerName, signer.signerName, 'verification publishes the name');
    assert.equal(verified.ledgerSeq, (await t.services.ledger.verify()).entries);
    assert.equal((await s.receipt(null, event.id)).signer?.name, signer.signerName);
    assert.equal(await audited(t, 'signature.verified', signature.id), 1);
    // One at a time: each is refused on its own, not in a race with the others.
    for (const again of [
      () => s.approve(admin, signature.id, undefined, IP),
      () => s.reject(admin, signature.id, 'no', IP),
      () => s.requestInfo(admin, signature.id, '?', IP),
    ])
      await assert.rejects(again(), refusedWith('signature.not_pending', 409));
    assert.equal(await s.statusOf(w.orgId), 'active');
  });

  test('a rejected signature ends; the organisation may sign again', async () => {
    const w = await world();
    const s = t.services.signatures;
    const { signature } = await sign(w.rep, w.orgId);
    await s.reject(admin, signature.id, 'Le signataire ne dirige pas l’organisation.', IP);
    const [sig] = await history(w.rep, w.orgId);
    assert.equal(sig?.status, 'rejected');
    assert.ok(sig?.endedAt);
    assert.equal(await s.liveSignature(w.orgId), null);
    assert.equal((await lastLedgerEvent()).event, 'rejected');
    await assert.rejects(
      s.approve(admin, signature.id, undefined, IP),
      refusedWith('signature.not_pending', 409),
    );
    await assert.rejects(s.withdraw(w.rep, w.orgId, IP), refusedWith('signature.none', 409));
    const again = await sign(w.rep, w.orgId);
    assert.equal(again.signature.status, 'pending');
    assert.deepEqual(
      (await history(w.rep, w.orgId)).map((x) => x.status),
      ['pending', 'rejected'],
    );
  });
});

describe('withdrawal', () => {
  test('only a representative withdraws', async () => {
    const w = await world();
    await sign(w.rep, w.orgId);
    const s = t.services.signatures;
    await assert.rejects(
      s.withdraw(w.editor, w.orgId, IP),
      refusedWith('organisation.representative_only', 403),
    );
    await assert.rejects(s.withdraw(w.outsider, w.orgId, IP), refusedWith('forbidden', 403));
    await assert.rejects(s.withdraw(admin, w.orgId, IP), refusedWith('forbidden', 403));
    await assert.rejects(s.withdraw(null, w.orgId, IP), refusedWith('auth.required', 401));
    assert.equal(await s.statusOf(w.orgId), 'pending');
  });

  test('a verified signature withdrawn ends with its history; a new one may follow', async () => {
    const w = await world();
    const s = t.services.signatures;
    const { signature } = await sign(w.rep, w.orgId);
    await s.approve(admin, signature.id, undefined, IP);
    await s.withdraw(w.rep, w.orgId, IP);
    const [sig] = await history(w.rep, w.orgId);
    assert.equal(sig?.status, 'withdrawn');
    assert.ok(sig?.endedAt);
    assert.deepEqual(await stepsOf(w.orgId), ['signed', 'verified', 'withdrawn']);
    const entry = await lastLedgerEvent();
    assert.equal(entry.event, 'withdrawn');
    assert.equal(entry.signature.signerName, signer.signerName, 'it was verified: the name stays public');
    assert.equal(await audited(t, 'signature.withdrawn', signature.id), 1);
    await assert.rejects(s.withdraw(w.rep, w.orgId, IP), refusedWith('signature.none', 409));
    assert.equal((await sign(w.rep, w.orgId)).signature.status, 'pending');
  });

  test('a pending signature withdrawn never named its signer', async () => {
    const w = await world();
    const s = t.services.signatures;
    const { event } = await sign(w.rep, w.orgId);
    await s.withdraw(w.rep, w.orgId, IP);
    assert.equal(await s.statusOf(w.orgId), 'withdrawn');
    const entry = await lastLedgerEvent();
    assert.equal(entry.event, 'withdrawn');
    assert.equal(entry.signature.signerName, undefined);
    assert.equal((await s.receipt(null, event.id)).signer, null);
  });
});

describe('reporting steps (the reports job calls them inside its transaction)', () => {
  const reportingStep = (id: string, to: 'non_reporting' | 'lapsed' | 'active') =>
    t.deps.db.transaction((tx) => t.services.signatures.reportingStep(tx, id, to, null));

  test('active → non-reporting → active again (reinstated); a step from the wrong status does nothing', async () => {
    const { orgId, signatureId } = await verifiedSignatory(t, admin, ++n);
    const s = t.services.signatures;
    assert.equal(await reportingStep(signatureId, 'active'), null, 'already active');
    assert.equal(await reportingStep(signatureId, 'lapsed'), null, 'only a non-reporting signature lapses');
    assert.equal(await s.statusOf(orgId), 'active');
    const late = await reportingStep(signatureId, 'non_reporting');
    assert.equal(late?.type, 'non_reporting');
    assert.equal(await s.statusOf(orgId), 'non_reporting');
    assert.equal((await lastLedgerEvent()).event, 'non_reporting');
    assert.equal(await reportingStep(signatureId, 'non_reporting'), null, 'not twice');
    const back = await reportingStep(signatureId, 'active');
    assert.equal(back?.type, 'reinstated');
    assert.equal(await s.statusOf(orgId), 'active');
    assert.equal((await lastLedgerEvent()).event, 'reinstated');
    assert.equal(await audited(t, 'signature.non_reporting', signatureId), 1);
    assert.equal(await audited(t, 'signature.reinstated', signatureId), 1);
  });

  test('non-reporting → lapsed ends the signature; the organisation may sign again', async () => {
    const { rep, orgId, signatureId } = await verifiedSignatory(t, admin, ++n);
    const s = t.services.signatures;
    await reportingStep(signatureId, 'non_reporting');
    const lapsed = await reportingStep(signatureId, 'lapsed');
    assert.equal(lapsed?.type, 'lapsed');
    const [sig] = await history(rep, orgId);
    assert.equal(sig?.status, 'lapsed');
    assert.ok(sig?.endedAt);
    assert.equal(await s.liveSignature(orgId), null);
    assert.equal(await reportingStep(signatureId, 'active'), null, 'a lapsed signature is not reinstated');
    await assert.rejects(s.withdraw(rep, orgId, IP), refusedWith('signature.none', 409));
    assert.equal((await sign(rep, orgId)).signature.status, 'pending');
  });
});

describe('suspension and revocation', () => {
  const step = (actor: Person | null, id: string, kind: 'suspend' | 'lift' | 'revoke', reason?: string) =>
    t.services.signatures.secretariatStep(actor, id, kind, reason, IP);

  test('only the secretariat suspends, lifts or revokes', async () => {
    const { rep, orgId, signatureId } = await verifiedSignatory(t, admin, ++n);
    for (const kind of ['suspend', 'lift', 'revoke'] as const) {
      await assert.rejects(step(rep, signatureId, kind, 'x'), refusedWith('forbidden', 403));
      await assert.rejects(step(null, signatureId, kind, 'x'), refusedWith('auth.required', 401));
    }
    await assert.rejects(
      step(admin, '00000000-0000-4000-8000-000000000000', 'suspend', 'x'),
      refusedWith('not_found', 404),
    );
    assert.equal(await t.services.signatures.statusOf(orgId), 'active');
  });

  test('a suspension keeps the live signature with its public reason; lifting it makes it active', async () => {
    const { rep, orgId, signatureId } = await verifiedSignatory(t, admin, ++n);
    const s = t.services.signatures;
    await assert.rejects(step(admin, signatureId, 'lift'), refusedWith('signature.status_changed', 409));
    await step(admin, signatureId, 'suspend', 'Plainte en cours d’examen');
    const live = await s.liveSignature(orgId);
    assert.equal(live?.status, 'suspended');
    assert.equal(live?.publicReason, 'Plainte en cours d’examen');
    const entry = await lastLedgerEvent();
    assert.equal(entry.event, 'suspended');
    assert.equal(entry.reason, 'Plainte en cours d’examen');
    await assert.rejects(
      step(admin, signatureId, 'suspend', 'again'),
      refusedWith('signature.status_changed', 409),
    );
    // Signing again cannot escape it, and the organisation no longer acts as a signatory.
    await assert.rejects(sign(rep, orgId), refusedWith('signature.already_signed', 409));
    assert.equal((await t.services.organisations.mineAsSignatories(rep))[0]?.live, false);
    await step(admin, signatureId, 'lift');
    const lifted = await s.liveSignature(orgId);
    assert.equal(lifted?.status, 'active');
    assert.equal(lifted?.publicReason, null);
    assert.equal((await lastLedgerEvent()).event, 'suspension_lifted');
    assert.equal(await audited(t, 'signature.suspended', signatureId), 1);
    assert.equal(await audited(t, 'signature.suspension_lifted', signatureId), 1);
  });

  test('a non-reporting signature may be suspended; a pending one may not', async () => {
    const { signatureId } = await verifiedSignatory(t, admin, ++n);
    await t.deps.db.transaction((tx) =>
      t.services.signatures.reportingStep(tx, signatureId, 'non_reporting', null),
    );
    await step(admin, signatureId, 'suspend', 'Rapport douteux');
    const w = await world();
    const { signature } = await sign(w.rep, w.orgId);
    for (const kind of ['suspend', 'revoke'] as const)
      await assert.rejects(
        step(admin, signature.id, kind, 'x'),
        refusedWith('signature.status_changed', 409),
      );
    assert.equal(await t.services.signatures.statusOf(w.orgId), 'pending');
  });

  test('revocation ends the signature, from active or suspended, once; the organisation may sign again', async () => {
    const s = t.services.signatures;
    const a = await verifiedSignatory(t, admin, ++n);
    await step(admin, a.signatureId, 'revoke', 'Numéro d’une autre société');
    const [sig] = await history(a.rep, a.orgId);
    assert.equal(sig?.status, 'revoked');
    assert.ok(sig?.endedAt);
    assert.equal(sig?.publicReason, 'Numéro d’une autre société');
    const entry = await lastLedgerEvent();
    assert.deepEqual([entry.event, entry.reason], ['revoked', 'Numéro d’une autre société']);
    for (const kind of ['suspend', 'lift', 'revoke'] as const)
      await assert.rejects(
        step(admin, a.signatureId, kind, 'x'),
        refusedWith('signature.status_changed', 409),
      );
    await assert.rejects(s.withdraw(a.rep, a.orgId, IP), refusedWith('signature.none', 409));
    assert.equal((await sign(a.rep, a.orgId)).signature.status, 'pending');

    const b = await verifiedSignatory(t, admin, ++n);
    await step(admin, b.signatureId, 'suspend', 'Plainte');
    await step(admin, b.signatureId, 'revoke', 'Plainte fondée');
    assert.equal(await s.statusOf(b.orgId), 'revoked');
    assert.equal(await audited(t, 'signature.revoked', b.signatureId), 1);
  });
});

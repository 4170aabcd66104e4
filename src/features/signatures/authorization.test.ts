import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signedInAdmin, signedInUser, startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import {
  addMember,
  IP,
  makeOrg,
  makeUser,
  type Person,
  refusedWith,
} from '../../../test/helpers/services.ts';

// Who may see an organisation's signature pages and send their forms, asked of the service as a route would.
let t: TestApp;
let admin: Person;
let rep: Person;
let editor: Person;
let outsider: Person;
let orgId: string;
const unknown = '00000000-0000-4000-8000-000000000001';
const representativeOnly = refusedWith('organisation.representative_only', 403);
const forbidden = refusedWith('forbidden', 403);

before(async () => {
  t = await startTestApp();
  admin = await makeUser(t, 'secretariat@example.be', { admin: true });
  rep = await makeUser(t, 'rep@example.be');
  orgId = await makeOrg(t, rep, 1);
  editor = await makeUser(t, 'editor@example.be');
  await addMember(t, rep, orgId, editor, 'editor');
  outsider = await makeUser(t, 'outsider@example.be');
});
after(() => t.close());

test('the signing page is for the representatives alone', async () => {
  const page = await t.services.signatures.signing(rep, orgId);
  assert.equal(page.organisation.id, orgId);
  assert.equal(page.charter.version, (await t.services.charter.current()).version);
  await assert.rejects(t.services.signatures.signing(editor, orgId), representativeOnly);
  await assert.rejects(t.services.signatures.signing(admin, orgId), forbidden);
  await assert.rejects(t.services.signatures.signing(outsider, orgId), forbidden);
  await assert.rejects(t.services.signatures.signing(null, orgId), refusedWith('auth.required', 401));
  await assert.rejects(t.services.signatures.signing(rep, unknown), refusedWith('not_found', 404));
});

test('the signature page shows to the members and the secretariat; with a form’s errors, to its senders', async () => {
  for (const who of [rep, editor, admin]) {
    assert.equal((await t.services.signatures.history(who, orgId)).organisation.id, orgId);
  }
  await assert.rejects(t.services.signatures.history(outsider, orgId), forbidden);
  assert.equal((await t.services.signatures.history(rep, orgId, 'withdraw')).access, 'representative');
  await assert.rejects(t.services.signatures.history(editor, orgId, 'withdraw'), representativeOnly);
  await assert.rejects(t.services.signatures.history(admin, orgId, 'withdraw'), forbidden);
  assert.equal((await t.services.signatures.history(editor, orgId, 'reply')).access, 'editor');
  await assert.rejects(t.services.signatures.history(admin, orgId, 'reply'), forbidden);
  await assert.rejects(t.services.signatures.history(outsider, orgId, 'reply'), forbidden);
});

test('the confirmation after signing is for the members; it names the live signature and its receipt', async () => {
  assert.equal((await t.services.signatures.signed(editor, orgId)).live, undefined);
  const { event } = await t.services.signatures.sign(
    rep,
    orgId,
    { signerName: 'Ana Peeters', signerTitle: 'CEO' },
    IP,
    'test',
  );
  const { organisation, live } = await t.services.signatures.signed(editor, orgId);
  assert.equal(organisation.id, orgId);
  assert.deepEqual(live, { status: 'pending', receiptId: event.id, ledgerSeq: event.ledgerSeq });
  await assert.rejects(t.services.signatures.signed(admin, orgId), forbidden);
  await assert.rejects(t.services.signatures.signed(outsider, orgId), forbidden);
  await assert.rejects(t.services.signatures.signed(null, orgId), refusedWith('auth.required', 401));
});

test('withdrawing and answering the secretariat refuse whom their forms’ pages refuse', async () => {
  await assert.rejects(t.services.signatures.withdraw(editor, orgId, IP), representativeOnly);
  await assert.rejects(t.services.signatures.withdraw(admin, orgId, IP), forbidden);
  await assert.rejects(t.services.signatures.provideInfo(admin, orgId, 'Here', IP), forbidden);
  await assert.rejects(t.services.signatures.provideInfo(outsider, orgId, 'Here', IP), forbidden);
  // The editor passes the check and meets the rule: there is no question to answer.
  await assert.rejects(
    t.services.signatures.provideInfo(editor, orgId, 'Here', IP),
    refusedWith('signature.no_question', 409),
  );
});

// After the confirmation's test: the organisation has a signature waiting for the secretariat.
test('forms sent with errors by whom they refuse are refused, not shown their errors', async () => {
  const sig = await t.services.signatures.liveSignature(orgId);
  assert.ok(sig, 'the organisation signed');
  const desk = await signedInAdmin(t, 'desk@example.be');
  for (const [path, form] of [
    ['sign', {}],
    ['withdraw', {}],
    ['reply', { answer: '' }],
  ] as const) {
    const res = await desk.post(`/fr/organisations/${orgId}/${path}`, form);
    assert.equal(res.statusCode, 403, path);
  }
  const someone = await signedInUser(t, { email: 'someone@example.be' });
  assert.equal((await someone.post(`/fr/admin/signatures/${sig.id}/reject`, { reason: '' })).statusCode, 403);
  // The secretariat's decisions on what does not exist: not found, with or without errors in the form.
  assert.equal((await desk.post(`/fr/admin/signatures/${unknown}/reject`, { reason: '' })).statusCode, 404);
  assert.equal((await desk.post(`/fr/admin/signatures/${unknown}/approve`, {})).statusCode, 404);
  assert.equal((await desk.post(`/fr/admin/signatures/disputes/${unknown}/close`, {})).statusCode, 404);
});

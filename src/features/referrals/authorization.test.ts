import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signedInAdmin, startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import {
  addMember,
  IP,
  makeOrg,
  makeUser,
  type Person,
  refusedWith,
} from '../../../test/helpers/services.ts';

// Who may see and send an organisation's invitations to sign, asked of the service as a route would ask it.
let t: TestApp;
let admin: Person;
let rep: Person;
let editor: Person;
let outsider: Person;
let orgId: string;

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

test('the list with the form’s errors is for those who may send; the secretariat only looks', async () => {
  assert.equal((await t.services.referrals.sent(admin, orgId, 1)).access, 'admin');
  assert.equal((await t.services.referrals.sent(editor, orgId, 1, 'referral')).access, 'editor');
  assert.equal((await t.services.referrals.sent(rep, orgId, 1, 'referral')).access, 'representative');
  await assert.rejects(t.services.referrals.sent(admin, orgId, 1, 'referral'), refusedWith('forbidden', 403));
  await assert.rejects(
    t.services.referrals.sent(outsider, orgId, 1, 'referral'),
    refusedWith('forbidden', 403),
  );
  await assert.rejects(
    t.services.referrals.sent(null, orgId, 1, 'referral'),
    refusedWith('auth.required', 401),
  );
});

test('sending is for the members, not the secretariat', async () => {
  const input = { email: 'friend@example.be', lang: 'fr' } as const;
  await assert.rejects(t.services.referrals.send(admin, orgId, input, IP), refusedWith('forbidden', 403));
  await assert.rejects(t.services.referrals.send(outsider, orgId, input, IP), refusedWith('forbidden', 403));
  await t.services.referrals.send(editor, orgId, input, IP);
  assert.equal((await t.services.referrals.sent(rep, orgId, 1)).rows.length, 1);
});

test('the secretariat sending the form with errors is refused, not shown its errors', async () => {
  const desk = await signedInAdmin(t, 'desk@example.be');
  const res = await desk.post(`/fr/organisations/${orgId}/referrals`, {
    email: 'not an address',
    lang: 'fr',
  });
  assert.equal(res.statusCode, 403);
});

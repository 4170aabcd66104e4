import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signedInAdmin, startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { addMember, makeOrg, makeUser, type Person, refusedWith } from '../../../test/helpers/services.ts';

// Who may see and change an organisation, asked of the service as a route, the CLI or a job would ask it.
let t: TestApp;
let admin: Person;
let rep: Person;
let editor: Person;
let outsider: Person;
let orgId: string;
const unknownOrg = '00000000-0000-4000-8000-000000000001';

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

test('the page with the invitation form’s errors is for those who may invite; the secretariat only looks', async () => {
  assert.equal((await t.services.organisations.view(admin, orgId)).role, 'admin');
  assert.equal((await t.services.organisations.view(editor, orgId, 'invite')).role, 'editor');
  assert.equal((await t.services.organisations.view(rep, orgId, 'invite')).role, 'representative');
  await assert.rejects(t.services.organisations.view(admin, orgId, 'invite'), refusedWith('forbidden', 403));
  await assert.rejects(
    t.services.organisations.view(outsider, orgId, 'invite'),
    refusedWith('forbidden', 403),
  );
  await assert.rejects(
    t.services.organisations.view(null, orgId, 'invite'),
    refusedWith('auth.required', 401),
  );
  await assert.rejects(
    t.services.organisations.view(admin, unknownOrg, 'invite'),
    refusedWith('not_found', 404),
  );
});

test('the secretariat may not invite, as the form it may not see says', async () => {
  await assert.rejects(
    t.services.organisations.invite(
      admin,
      orgId,
      { email: 'x@example.be', role: 'editor' },
      'fr',
      '192.0.2.1',
    ),
    refusedWith('forbidden', 403),
  );
});

test('the edit form is for the members and the secretariat; others are refused before anything shows', async () => {
  for (const who of [rep, editor, admin]) {
    assert.equal((await t.services.organisations.editable(who, orgId)).id, orgId);
  }
  await assert.rejects(t.services.organisations.editable(outsider, orgId), refusedWith('forbidden', 403));
  await assert.rejects(t.services.organisations.editable(null, orgId), refusedWith('auth.required', 401));
  await assert.rejects(
    t.services.organisations.editable(outsider, unknownOrg),
    refusedWith('not_found', 404),
  );
});

test('the secretariat sending the invitation form with errors is refused, not shown its errors', async () => {
  const desk = await signedInAdmin(t, 'desk@example.be');
  const res = await desk.post(`/fr/organisations/${orgId}/invitations`, {
    email: 'not an address',
    role: 'editor',
  });
  assert.equal(res.statusCode, 403);
});

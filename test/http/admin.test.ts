import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { formatDateTime, translator } from '../../src/platform/i18n/index.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  Agent,
  escapeHtml,
  escapeRe,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { createOrganisation } from '../helpers/org.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const userId = async (email: string) =>
  (await t.deps.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? '';

describe('users and roles', () => {
  test('an admin lists and searches users, and makes someone an admin; the change is audited', async () => {
    const admin = await signedInAdmin(t, 'sec@example.be');
    await signedInUser(t, { email: 'jo@example.be', name: 'Jo Janssens' });
    const list = await admin.get('/nl/admin/users?q=janssens');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Jo Janssens/);
    assert.doesNotMatch(list.body, /sec@example.be/);

    const id = await userId('jo@example.be');
    const unconfirmed = await admin.post(`/nl/admin/users/${id}/role`, { role: 'admin' });
    assert.equal(unconfirmed.statusCode, 422);
    assert.match(unconfirmed.body, onPage('nl')('err.user.confirm_required'));
    assert.equal((await t.deps.db.select().from(users).where(eq(users.id, id)))[0]?.role, 'user');
    const res = await admin.post(`/nl/admin/users/${id}/role`, { role: 'admin', confirm_role: 'yes' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/nl/admin/users/${id}`);
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, id));
    assert.equal(row?.role, 'admin');
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'user.role.changed'));
    assert.equal(event?.subjectId, id);
    assert.deepEqual(event?.details, { from: 'user', to: 'admin' });
    assert.equal(event?.actorId, await userId('sec@example.be'));
    assert.equal(event?.ip, '127.0.0.1');

    const filtered = await admin.get('/nl/admin/users?role=admin');
    assert.match(filtered.body, /Jo Janssens/);
  });

  test('the last admin cannot step down', async () => {
    const solo = await startTestApp();
    try {
      const admin = await signedInAdmin(solo, 'only@example.be');
      const id = (await solo.deps.db.select().from(users).where(eq(users.email, 'only@example.be')))[0]?.id;
      await admin.get('/en/admin/users');
      const res = await admin.post(`/en/admin/users/${id}/role`, { role: 'user', confirm_role: 'yes' });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, onPage('en')('err.role.last_admin'));
      const [row] = await solo.deps.db.select().from(users).where(eq(users.email, 'only@example.be'));
      assert.equal(row?.role, 'admin');
    } finally {
      await solo.close();
    }
  });

  test('bad role changes and bad filters get a 4xx, never a 500', async () => {
    const admin = await signedInAdmin(t, 'sec2@example.be');
    await admin.get('/fr/admin/users');
    const id = await userId('jo@example.be');
    assert.equal((await admin.post(`/fr/admin/users/${id}/role`, { role: 'king' })).statusCode, 422);
    assert.equal((await admin.post('/fr/admin/users/not-a-uuid/role', { role: 'admin' })).statusCode, 404);
    assert.equal(
      (await admin.post('/fr/admin/users/00000000-0000-4000-8000-000000000000/role', { role: 'admin' }))
        .statusCode,
      404,
    );
    for (const q of ['page=abc', 'page=-1', 'role=king', `q=${'x'.repeat(300)}`, 'page=1&page=2']) {
      const res = await admin.get(`/fr/admin/users?${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.match(res.body, /<html lang="fr">/);
    }
    assert.equal((await admin.get('/fr/admin/audit?action=nothing')).statusCode, 400);
    for (const body of [{}, { active: 'maybe' }, { active: ['no', 'yes'] }] as Record<
      string,
      string | string[]
    >[]) {
      const res = await admin.post(`/fr/admin/users/${id}/active`, body);
      assert.equal(res.statusCode, 422, JSON.stringify(body));
      assert.match(res.body, /<html lang="fr">/);
    }
    assert.equal((await admin.get('/fr/admin/users?status=gone')).statusCode, 400);
  });

  test("the list shows each person's organisations; the person's page lists them with their role", async () => {
    const admin = await signedInAdmin(t, 'sec3@example.be');
    const rep = await signedInUser(t, { email: 'lea@example.be', name: 'Léa Dubois' });
    const orgId = await createOrganisation(rep, 901, { legalName: 'Espace public numérique de Namur' });
    const list = await admin.get('/fr/admin/users?q=dubois');
    assert.match(
      list.body,
      new RegExp(`href="/fr/organisations/${orgId}">Espace public numérique de Namur</a>`),
    );
    const id = await userId('lea@example.be');
    assert.match(list.body, new RegExp(`href="/fr/admin/users/${id}">Léa Dubois</a>`));
    const page = await admin.get(`/fr/admin/users/${id}`);
    assert.equal(page.statusCode, 200);
    const role = escapeRe(escapeHtml(translator('fr')('member_role.representative')));
    assert.match(page.body, new RegExp(`Espace public numérique de Namur</a> \\(${role}`));
    assert.match(page.body, /name="confirm_role"/);
  });

  test('a deactivated account loses its sessions and cannot sign in or reset its password; reactivation restores it', async () => {
    const admin = await signedInAdmin(t, 'sec4@example.be');
    const jan = await signedInUser(t, { email: 'jan@example.be', name: 'Jan Claes', locale: 'nl' });
    const id = await userId('jan@example.be');
    assert.equal((await jan.get('/nl/account')).statusCode, 200);
    await admin.get(`/en/admin/users/${id}`);
    const unconfirmed = await admin.post(`/en/admin/users/${id}/active`, { active: 'no' });
    assert.equal(unconfirmed.statusCode, 422);
    assert.match(unconfirmed.body, onPage('en')('err.user.confirm_required'));
    assert.equal((await jan.get('/nl/account')).statusCode, 200);

    const res = await admin.post(`/en/admin/users/${id}/active`, { active: 'no', confirm_active: 'yes' });
    assert.equal(res.statusCode, 303);
    const page = await admin.follow(String(res.headers.location));
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, id));
    assert.ok(row?.deactivatedAt);
    assert.match(page.body, onPage('en')('admin.user.deactivated'));
    assert.match(
      page.body,
      onPage('en')('admin.user.deactivated_since', { date: formatDateTime('en', row.deactivatedAt, false) }),
    );

    // The session it had is gone, at once.
    const after = await jan.get('/nl/account');
    assert.equal(after.statusCode, 303);
    assert.match(String(after.headers.location), /\/nl\/sign-in/);

    // With the right password, the person is told why, in their language; with a wrong one, nothing is said.
    const again = new Agent(t.app);
    await again.get('/nl/sign-in');
    const refused = await again.post('/nl/sign-in', {
      email: 'jan@example.be',
      password: 'correct horse battery',
    });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, onPage('nl')('err.auth.deactivated'));
    const wrong = await again.post('/nl/sign-in', { email: 'jan@example.be', password: 'not the password' });
    assert.doesNotMatch(wrong.body, onPage('nl')('err.auth.deactivated'));

    const mailsTo = async () =>
      (await t.deps.db.select().from(outbox).where(eq(outbox.toAddress, 'jan@example.be'))).length;
    const mailsBefore = await mailsTo();
    await again.get('/nl/forgot-password');
    await again.post('/nl/forgot-password', { email: 'jan@example.be' });
    assert.equal(await mailsTo(), mailsBefore);

    const actions = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id));
    assert.ok(actions.some((e) => e.action === 'user.deactivated'));
    assert.equal((await admin.get('/en/admin/users?status=deactivated')).body.includes('Jan Claes'), true);
    assert.equal((await admin.get('/en/admin/users?status=active')).body.includes('Jan Claes'), false);

    const back = await admin.post(`/en/admin/users/${id}/active`, { active: 'yes' });
    assert.equal(back.statusCode, 303);
    const signedIn = await again.post('/nl/sign-in', {
      email: 'jan@example.be',
      password: 'correct horse battery',
    });
    assert.equal(signedIn.statusCode, 303);
  });

  test('no one deactivates their own account, and the last active admin stays', async () => {
    const solo = await startTestApp();
    try {
      const admin = await signedInAdmin(solo, 'only@example.be');
      const other = await signedInAdmin(solo, 'other@example.be');
      const id = async (email: string) =>
        (await solo.deps.db.select().from(users).where(eq(users.email, email)))[0]?.id ?? '';
      await admin.get('/en/admin/users');
      const self = await admin.post(`/en/admin/users/${await id('only@example.be')}/active`, {
        active: 'no',
        confirm_active: 'yes',
      });
      assert.equal(self.statusCode, 409);
      assert.match(self.body, onPage('en')('err.user.self_deactivate'));
      // With the other admin deactivated, the remaining one can neither step down nor be deactivated.
      const res = await admin.post(`/en/admin/users/${await id('other@example.be')}/active`, {
        active: 'no',
        confirm_active: 'yes',
      });
      assert.equal(res.statusCode, 303);
      assert.equal((await other.get('/en/admin/users')).statusCode, 303);
      const down = await admin.post(`/en/admin/users/${await id('only@example.be')}/role`, {
        role: 'user',
        confirm_role: 'yes',
      });
      assert.equal(down.statusCode, 409);
    } finally {
      await solo.close();
    }
  });
});

describe('audit log', () => {
  test('admins read sign-ins, failures, password and role changes with time, actor and IP, filtered and paged', async () => {
    const admin = await signedInAdmin(t, 'auditor@example.be');
    const a = new Agent(t.app);
    await a.get('/en/sign-in');
    await a.post('/en/sign-in', { email: 'auditor@example.be', password: 'wrong password' });
    const page = await admin.get('/en/admin/audit');
    assert.equal(page.statusCode, 200);
    const en = onPage('en');
    assert.match(page.body, en('audit.action.auth.sign_in.failure'));
    assert.match(page.body, en('audit.action.auth.sign_in.success'));
    assert.match(page.body, /127\.0\.0\.1/);
    assert.match(page.body, /<time datetime="/);
    const failures = await admin.get('/en/admin/audit?action=auth.sign_in.failure');
    const signedIn = escapeRe(translator('en')('audit.action.auth.sign_in.success'));
    assert.doesNotMatch(failures.body, new RegExp(`<td>${signedIn}</td>`));
    assert.match(failures.body, en('audit.action.auth.sign_in.failure'));
  });

  test('long lists are paginated', async () => {
    const admin = await signedInAdmin(t, 'pager@example.be');
    // Through the platform's audit service, as a refused sign-in writes them (without 120 password hashes).
    for (let i = 0; i < 120; i++)
      await t.deps.audit.record(t.deps.db, {
        action: 'auth.sign_in.failure',
        actorId: null,
        ip: `10.0.0.${i}`,
      });
    const first = await admin.get('/en/admin/audit?action=auth.sign_in.failure');
    assert.match(first.body, /aria-label="Pagination"|class="pagination"/);
    assert.match(first.body, /href="\/en\/admin\/audit\?action=auth.sign_in.failure&amp;page=2"/);
    const third = await admin.get('/en/admin/audit?action=auth.sign_in.failure&page=3');
    assert.equal(third.statusCode, 200);
    assert.match(third.body, /aria-current="page"[^>]*>3</);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { Agent, signedInAdmin, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';

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
    const res = await admin.post(`/nl/admin/users/${id}/role`, { role: 'admin' });
    assert.equal(res.statusCode, 303);
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
      const res = await admin.post(`/en/admin/users/${id}/role`, { role: 'user' });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /at least one admin/i);
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
    assert.equal((await admin.post(`/fr/admin/users/${id}/role`, { role: 'king' })).statusCode, 400);
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
    assert.match(page.body, /Sign-in refused/);
    assert.match(page.body, /Signed in/);
    assert.match(page.body, /127\.0\.0\.1/);
    assert.match(page.body, /<time datetime="/);
    const failures = await admin.get('/en/admin/audit?action=auth.sign_in.failure');
    assert.doesNotMatch(failures.body, /<td>Signed in<\/td>/);
    assert.match(failures.body, /Sign-in refused/);
  });

  test('long lists are paginated', async () => {
    const admin = await signedInAdmin(t, 'pager@example.be');
    const now = t.clock.now();
    await t.deps.db.insert(auditEvents).values(
      Array.from({ length: 120 }, (_, i) => ({
        at: new Date(now.getTime() - i * 1000),
        action: 'auth.sign_in.failure',
        ip: `10.0.0.${i % 250}`,
      })),
    );
    const first = await admin.get('/en/admin/audit?action=auth.sign_in.failure');
    assert.match(first.body, /aria-label="Pagination"|class="pagination"/);
    assert.match(first.body, /href="\/en\/admin\/audit\?action=auth.sign_in.failure&amp;page=2"/);
    const third = await admin.get('/en/admin/audit?action=auth.sign_in.failure&page=3');
    assert.equal(third.statusCode, 200);
    assert.match(third.body, /aria-current="page"[^>]*>3</);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { follows } from '../../src/features/following/schema.ts';
import { weekOf } from '../../src/features/following/service.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  type Agent,
  inText,
  lastMailTo,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
let rep: Agent;
let orgId: string;
let nlFollower: Agent;
let enFollower: Agent;
let obstacle: Record<string, string>;

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-03-04T10:00:00Z'); // a Wednesday
  admin = await signedInAdmin(t, 'follow-admin@example.be');
  rep = await signedInUser(t, { email: 'follow-rep@example.be' });
  orgId = await createOrganisation(rep, 2700, { legalName: 'Connectés Ensemble' });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  nlFollower = await signedInUser(t, { email: 'volger@example.be', locale: 'nl' });
  enFollower = await signedInUser(t, { email: 'follower@example.be', locale: 'en' });
  const api = (await t.app.inject('/api/v1/obstacles')).json() as {
    obstacles: { id: string; slug: string }[];
  };
  obstacle = Object.fromEntries(api.obstacles.map((o) => [o.slug, o.id]));
});
after(() => t.close());

async function publishPractice(title: string, obstacles: string[], commitments: string[]) {
  await rep.get(`/fr/organisations/${orgId}/practices/new`);
  const res = await rep.post(`/fr/organisations/${orgId}/practices/new`, {
    title,
    summary: 'Un résumé.',
    body: 'Le détail.',
    lang: 'fr',
    commitments,
    obstacles,
    sector: 'associative',
    region: 'brussels',
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const id = /practices\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1] ?? '';
  await admin.get(`/fr/practices/${id}`);
  assert.equal((await admin.post(`/fr/admin/practices/${id}/publish`, {})).statusCode, 303);
}

async function proposeAction(title: string, obstacles: string[]) {
  await rep.get(`/fr/organisations/${orgId}/joint-actions/new`);
  const res = await rep.post(`/fr/organisations/${orgId}/joint-actions/new`, {
    title,
    goal: 'Un but.',
    plan: 'Un plan.',
    startsOn: '2026-03-01',
    endsOn: '2026-12-31',
    obstacles,
    contribution: 'Nous coordonnons.',
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
}

const mails = async () => (await t.deps.db.select({ n: count() }).from(outbox))[0]?.n ?? 0;

describe('following and the weekly digest', () => {
  test('the week starts on Monday, Brussels time', () => {
    assert.equal(weekOf(new Date('2026-03-04T10:00:00Z')), '2026-03-02');
    assert.equal(
      weekOf(new Date('2026-03-08T23:30:00Z')),
      '2026-03-09',
      'Sunday 23:30 UTC is Monday 00:30 in Brussels',
    );
    assert.equal(weekOf(new Date('2026-03-02T00:00:00Z')), '2026-03-02');
  });

  test('people follow an obstacle from its page or commitments from their list, and get only what matches', async () => {
    const id = obstacle['no-connection'] ?? '';
    const page = await nlFollower.get('/nl/obstacles/no-connection');
    assert.match(page.body, onPage('nl')('follow.this_obstacle'));
    const follow = await nlFollower.post(`/nl/following/obstacles/${id}`, { on: '1' });
    assert.equal(follow.statusCode, 303);
    assert.match(
      (await nlFollower.get('/nl/obstacles/no-connection')).body,
      onPage('nl')('follow.you_follow'),
    );
    assert.match((await t.app.inject('/nl/obstacles/no-connection')).body, onPage('nl')('follow.sign_in'));

    await enFollower.get('/en/following');
    const save = await enFollower.post('/en/following', { commitments: ['C2', 'C7'] });
    assert.equal(save.statusCode, 303);
    const list = await enFollower.get('/en/following');
    assert.match(list.body, /value="C2"[^>]*checked/);

    await publishPractice('Du wifi gratuit à la bibliothèque', [id], ['C1']);
    await publishPractice('Des ateliers pour les seniors', [obstacle['digital-skills'] ?? ''], ['C4']);
    await proposeAction('Une carte des points wifi', [obstacle.cost ?? '']);

    // The digest goes out the following Monday.
    t.clock.set('2026-03-09T06:00:00Z');
    const before = await mails();
    const run = await t.services.following.sendWeeklyDigest();
    assert.deepEqual(run, { week: '2026-03-09', sent: 2 });
    assert.equal(await mails(), before + 2);

    const nl = await lastMailTo(t, 'volger@example.be');
    assert.equal(nl?.lang, 'nl');
    assert.match(nl?.subject ?? '', inText('nl')('mail.digest.subject'));
    assert.match(nl?.bodyText ?? '', /Du wifi gratuit à la bibliothèque \(Connectés Ensemble\)/);
    assert.match(nl?.bodyText ?? '', /\/nl\/practices\/[0-9a-f-]{36}/);
    assert.doesNotMatch(nl?.bodyText ?? '', /ateliers pour les seniors|carte des points wifi/);
    assert.match(nl?.bodyText ?? '', /\/nl\/following/);

    const en = await lastMailTo(t, 'follower@example.be');
    assert.match(
      en?.bodyText ?? '',
      new RegExp(`${inText('en')('mail.digest.joint_actions').source}\n\n- Une carte des points wifi`),
    );
    assert.doesNotMatch(en?.bodyText ?? '', inText('en')('mail.digest.practices'));

    // Another instance, or the next hourly check, finds the week already claimed.
    assert.equal(await t.services.following.sendWeeklyDigest(), null);
    assert.equal(await mails(), before + 2);

    // Next week: nothing new, no message.
    t.clock.set('2026-03-16T06:00:00Z');
    assert.deepEqual(await t.services.following.sendWeeklyDigest(), { week: '2026-03-16', sent: 0 });
    assert.equal(await mails(), before + 2);
  });

  test('unfollowing, clearing the list, and bad input', async () => {
    const id = obstacle['no-connection'] ?? '';
    await nlFollower.get('/nl/obstacles/no-connection');
    assert.equal((await nlFollower.post(`/nl/following/obstacles/${id}`, { on: '0' })).statusCode, 303);
    assert.match(
      (await nlFollower.get('/nl/obstacles/no-connection')).body,
      onPage('nl')('follow.this_obstacle'),
    );

    const before = await t.deps.db.select({ n: count() }).from(follows);
    await enFollower.get('/en/following');
    const bad = await enFollower.post('/en/following', { commitments: ['C2', 'C99'] });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, onPage('en')('form.error_summary'));
    assert.deepEqual(await t.deps.db.select({ n: count() }).from(follows), before);
    const unknown = await enFollower.post('/en/following/obstacles/00000000-0000-4000-8000-000000000000', {
      on: '1',
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal((await enFollower.post(`/en/following/obstacles/${id}`, { on: 'yes' })).statusCode, 400);

    assert.equal(
      (await enFollower.post('/en/following', {})).statusCode,
      303,
      'no box ticked follows nothing',
    );
    const mine = await t.deps.db
      .select({ n: count() })
      .from(follows)
      .innerJoin(users, eq(users.id, follows.userId))
      .where(eq(users.email, 'follower@example.be'));
    assert.equal(mine[0]?.n, 0);
  });
});

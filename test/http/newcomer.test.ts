import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  Agent,
  lastMailTo,
  linkIn,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

/** The newcomer's way from sign-up to a verified signature: check your email, the task list, the confirmation. */
let t: TestApp;
let admin: Agent;
before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'newcomer-admin@example.be');
});
after(() => t.close());

const mailsTo = async (to: string) =>
  (await t.deps.db.select({ n: count() }).from(outbox).where(eq(outbox.toAddress, to)))[0]?.n ?? 0;

/** The status shown beside a task, by its name, from the task list's HTML. */
function statusOf(html: string, task: string): string {
  const row = html
    .split('<li class="task-list__item')
    .slice(1)
    .find((r) => r.includes(`>${task}</`));
  assert.ok(row, `task "${task}" listed`);
  return /class="tag tag--[a-z_]+"[^>]*>([^<]+)</.exec(row)?.[1] ?? '';
}

describe('check your email', () => {
  test('the page shows the address just signed up with, never in the URL, and sends the link again', async () => {
    const a = new Agent(t.app);
    await a.get('/en/sign-up');
    const res = await a.post('/en/sign-up', {
      name: 'Noa',
      email: 'noa@example.be',
      password: 'a long passphrase',
    });
    assert.equal(res.headers.location, '/en/sign-up/check-email', 'no address in the URL');
    const page = await a.get('/en/sign-up/check-email');
    assert.match(page.body, /We have sent a link to noa@example\.be\./);
    assert.match(page.body, /signs you in/, 'says what comes next');
    assert.equal(await mailsTo('noa@example.be'), 1);

    const resent = await a.post('/en/sign-up/check-email', { email: 'noa@example.be' });
    assert.equal(resent.statusCode, 303);
    assert.equal(resent.headers.location, '/en/sign-up/check-email');
    assert.equal(await mailsTo('noa@example.be'), 2);
    const again = await a.get('/en/sign-up/check-email');
    assert.match(again.body, /we have just sent it a new link/);
    assert.match(again.body, /noa@example\.be/);
    // The new link works, and signs the person in.
    await a.follow(linkIn((await lastMailTo(t, 'noa@example.be'))?.bodyText));
    const verified = await a.post('/en/verify-email', {});
    assert.equal(verified.headers.location, '/en/start');
  });

  test('another browser sees no address, and sending again answers the same whatever the address', async () => {
    await signedInUser(t, { email: 'known@example.be' });
    const a = new Agent(t.app);
    const page = await a.get('/fr/sign-up/check-email');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /id="f-email"/, 'a field for the address');
    const before = await mailsTo('known@example.be');
    const answers = [];
    for (const email of ['known@example.be', 'nobody-here@example.be']) {
      await a.get('/fr/sign-up/check-email');
      const res = await a.post('/fr/sign-up/check-email', { email });
      answers.push([res.statusCode, res.headers.location]);
    }
    assert.deepEqual(answers[0], answers[1], 'no account enumeration');
    assert.equal(await mailsTo('known@example.be'), before, 'a confirmed address gets nothing');
    assert.equal(await mailsTo('nobody-here@example.be'), 0);
  });

  test('a bad address comes back with the message beside the field', async () => {
    const a = new Agent(t.app);
    await a.get('/fr/sign-up/check-email');
    const res = await a.post('/fr/sign-up/check-email', { email: 'not-an-email' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /href="#f-email"/);
    assert.match(res.body, /adresse e-mail valable/);
  });

  test('sending again is limited per address, from any IP', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_ACCOUNT_MAX: '2' } });
    try {
      const codes = [];
      for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
        const a = new Agent(limited.app, {}, ip);
        await a.get('/fr/sign-up/check-email');
        codes.push((await a.post('/fr/sign-up/check-email', { email: 'flood@example.be' })).statusCode);
      }
      assert.deepEqual(codes, [303, 303, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the task list after the first sign-in', () => {
  test('a representative goes from registering to a verified signature, each task marked as it is done', async () => {
    const rep = await signedInUser(t, { email: 'tasks-rep@example.be', locale: 'en' });
    let page = await rep.get('/en/start');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /0 of 5 steps done/);
    assert.match(page.body, /Next step: Register your organisation/);
    assert.equal(statusOf(page.body, 'Register your organisation'), 'To do');
    assert.match(page.body, /href="\/en\/organisations\/new"/);
    for (const task of [
      'Invite your colleagues',
      'Sign the Charter',
      'Wait for verification',
      'Make your first plan',
    ])
      assert.equal(statusOf(page.body, task), 'Cannot start yet', task);

    const orgId = await createOrganisation(rep, 501);
    page = await rep.get('/en/start');
    assert.equal(statusOf(page.body, 'Register your organisation'), 'Done');
    assert.equal(statusOf(page.body, 'Sign the Charter'), 'To do');
    // A representative signs themselves: the next step is signing, not inviting.
    assert.match(page.body, /Next step: Sign the Charter/);
    assert.match(page.body, new RegExp(`href="/en/organisations/${orgId}/sign"`));
    assert.equal(statusOf(page.body, 'Invite your colleagues'), 'To do');

    await rep.get(`/fr/organisations/${orgId}`);
    await rep.post(`/fr/organisations/${orgId}/invitations`, {
      email: 'colleague@example.be',
      role: 'editor',
    });
    assert.equal(statusOf((await rep.get('/en/start')).body, 'Invite your colleagues'), 'Done');

    await signCharter(rep, orgId);
    page = await rep.get('/en/start');
    assert.equal(statusOf(page.body, 'Sign the Charter'), 'Done');
    assert.equal(statusOf(page.body, 'Wait for verification'), 'In progress');
    assert.match(page.body, /Next step: Wait for verification/);
    assert.match(page.body, /usually within 5 working days/);

    await approve(admin, t, orgId);
    page = await rep.get('/en/start');
    assert.equal(statusOf(page.body, 'Wait for verification'), 'Done');
    assert.equal(statusOf(page.body, 'Make your first plan'), 'To do');
    assert.match(page.body, /Next step: Make your first plan/);

    await rep.get(`/fr/organisations/${orgId}/plan/objectives/new`);
    const objective = await rep.post(`/fr/organisations/${orgId}/plan/objectives/new`, {
      commitment: 'C4',
      title: 'Former tout le personnel',
    });
    assert.equal(objective.statusCode, 303, objective.body.slice(0, 300));
    page = await rep.get('/en/start');
    assert.equal(statusOf(page.body, 'Make your first plan'), 'Done');
    assert.match(page.body, /5 of 5 steps done/);
    assert.match(page.body, /Every step is done/);
  });

  test('an editor cannot sign: the next step is inviting a representative', async () => {
    const editor = await signedInUser(t, { email: 'tasks-editor@example.be', locale: 'en' });
    await createOrganisation(editor, 502, { creatorRole: 'editor' });
    const page = await editor.get('/en/start');
    assert.equal(statusOf(page.body, 'Sign the Charter'), 'Cannot start yet');
    assert.equal(statusOf(page.body, 'Wait for verification'), 'Cannot start yet');
    assert.match(page.body, /Next step: Invite your colleagues/);
  });

  test('members of an organisation and the secretariat land on their account; the task list needs a sign-in', async () => {
    const member = new Agent(t.app);
    await member.get('/fr/sign-in');
    const signIn = await member.post('/fr/sign-in', {
      email: 'tasks-rep@example.be',
      password: 'correct horse battery',
    });
    assert.equal(signIn.headers.location, '/fr/account');
    const secretariat = new Agent(t.app);
    await secretariat.get('/fr/sign-in');
    const adminIn = await secretariat.post('/fr/sign-in', {
      email: 'newcomer-admin@example.be',
      password: 'correct horse battery',
    });
    assert.equal(adminIn.headers.location, '/fr/account');
    const anonymous = await new Agent(t.app).get('/fr/start');
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/fr\/sign-in\?next=/);
  });
});

describe('signing and its confirmation', () => {
  test('the signing page says what comes next; the confirmation says what happens next and when', async () => {
    const rep = await signedInUser(t, { email: 'confirm-rep@example.be', locale: 'en' });
    const orgId = await createOrganisation(rep, 503);
    const early = await rep.get(`/en/organisations/${orgId}/signed`);
    assert.equal(early.statusCode, 303, 'nothing to confirm before signing');
    assert.equal(early.headers.location, `/en/organisations/${orgId}/signature`);

    const sign = await rep.get(`/en/organisations/${orgId}/sign`);
    assert.match(sign.body, /class="charter/, 'the charter on the same page');
    assert.match(
      sign.body,
      /Once you sign, the secretariat verifies the signature, usually within 5 working days/,
    );
    const res = await rep.post(`/en/organisations/${orgId}/sign`, {
      signerName: 'Confirm Rep',
      signerTitle: 'CEO',
      authorised: 'yes',
      accept: 'yes',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/en/organisations/${orgId}/signed`);
    const page = await rep.get(`/en/organisations/${orgId}/signed`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Signature sent<\/h1>/);
    assert.match(page.body, /What happens next/);
    assert.match(page.body, /usually within 5 working days/);
    assert.match(page.body, /You get an email as soon as it is verified/);
    assert.match(page.body, /Number in the proof ledger: \d+/);
    assert.match(page.body, /href="\/en\/receipts\/[0-9a-f-]{36}"/);
    assert.match(page.body, new RegExp(`href="/en/organisations/${orgId}/plan"`));

    await approve(admin, t, orgId);
    const verified = await rep.get(`/en/organisations/${orgId}/signed`);
    assert.match(verified.body, /The secretariat has verified this signature/);
    assert.doesNotMatch(verified.body, /usually within 5 working days/);
  });
});

describe('the home page', () => {
  test('has a clear call to sign the Charter: to sign-up for visitors, to the task list once signed in', async () => {
    const visitor = await new Agent(t.app).get('/en');
    assert.match(
      visitor.body,
      /<a class="button button--primary" href="\/en\/sign-up"[^>]*>Sign the Charter<\/a>/,
    );
    assert.match(visitor.body, /It takes about 15 minutes/);
    const person = await signedInUser(t, { email: 'home-cta@example.be' });
    const home = await person.get('/en');
    assert.match(home.body, /<a class="button button--primary" href="\/en\/start">Sign the Charter<\/a>/);
  });
});

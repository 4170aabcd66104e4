import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { translator } from '../../src/platform/i18n/index.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  Agent,
  escapeHtml,
  lastMailTo,
  linkIn,
  onPage,
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

const en = onPage('en');
const tEn = translator('en');
/** A task's name and a status, in English, as the task list's HTML shows them. */
const task = (key: 'register' | 'invite' | 'sign' | 'verification' | 'plan') =>
  escapeHtml(tEn(`start.task.${key}`));
const status = (key: 'todo' | 'cannot_start' | 'done' | 'waiting') => escapeHtml(tEn(`start.status.${key}`));
/** The ledger number of an organisation's signature, from the public ledger. */
const signedSeq = async (orgId: string) =>
  (
    (await t.app.inject('/api/v1/ledger?pageSize=1000')).json().items as {
      seq: number;
      entry: { event: string; organisation: { id: string } };
    }[]
  ).find((i) => i.entry.event === 'signed' && i.entry.organisation.id === orgId)?.seq;

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
    assert.match(page.body, en('check_email.sent_to', { email: 'noa@example.be' }));
    assert.match(page.body, en('check_email.next'), 'says what comes next');
    assert.equal(await mailsTo('noa@example.be'), 1);

    const resent = await a.post('/en/sign-up/check-email', { email: 'noa@example.be' });
    assert.equal(resent.statusCode, 303);
    assert.equal(resent.headers.location, '/en/sign-up/check-email');
    assert.equal(await mailsTo('noa@example.be'), 2);
    const again = await a.get('/en/sign-up/check-email');
    assert.match(again.body, en('check_email.resent'));
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
    assert.match(res.body, onPage('fr')('err.email.invalid'));
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
    assert.match(page.body, en('start.progress', { done: 0, total: 5 }));
    assert.match(page.body, en('start.next', { task: tEn('start.task.register') }));
    assert.equal(statusOf(page.body, task('register')), status('todo'));
    assert.match(page.body, /href="\/en\/organisations\/new"/);
    for (const key of ['invite', 'sign', 'verification', 'plan'] as const)
      assert.equal(statusOf(page.body, task(key)), status('cannot_start'), key);

    const orgId = await createOrganisation(rep, 501);
    page = await rep.get('/en/start');
    assert.equal(statusOf(page.body, task('register')), status('done'));
    assert.equal(statusOf(page.body, task('sign')), status('todo'));
    // A representative signs themselves: the next step is signing, not inviting.
    assert.match(page.body, en('start.next', { task: tEn('start.task.sign') }));
    assert.match(page.body, new RegExp(`href="/en/organisations/${orgId}/sign"`));
    assert.equal(statusOf(page.body, task('invite')), status('todo'));

    await rep.get(`/fr/organisations/${orgId}`);
    await rep.post(`/fr/organisations/${orgId}/invitations`, {
      email: 'colleague@example.be',
      role: 'editor',
    });
    assert.equal(statusOf((await rep.get('/en/start')).body, task('invite')), status('done'));

    await signCharter(rep, orgId);
    page = await rep.get('/en/start');
    assert.equal(statusOf(page.body, task('sign')), status('done'));
    assert.equal(statusOf(page.body, task('verification')), status('waiting'));
    assert.match(page.body, en('start.next', { task: tEn('start.task.verification') }));
    assert.match(page.body, en('start.hint.verification'));

    await approve(admin, t, orgId);
    page = await rep.get('/en/start');
    assert.equal(statusOf(page.body, task('verification')), status('done'));
    assert.equal(statusOf(page.body, task('plan')), status('todo'));
    assert.match(page.body, en('start.next', { task: tEn('start.task.plan') }));

    await rep.get(`/fr/organisations/${orgId}/plan/objectives/new`);
    const objective = await rep.post(`/fr/organisations/${orgId}/plan/objectives/new`, {
      commitment: 'C4',
      title: 'Former tout le personnel',
    });
    assert.equal(objective.statusCode, 303, objective.body.slice(0, 300));
    page = await rep.get('/en/start');
    assert.equal(statusOf(page.body, task('plan')), status('done'));
    assert.match(page.body, en('start.progress', { done: 5, total: 5 }));
    assert.match(page.body, en('start.all_done'));
  });

  test('an editor cannot sign: the next step is inviting a representative', async () => {
    const editor = await signedInUser(t, { email: 'tasks-editor@example.be', locale: 'en' });
    await createOrganisation(editor, 502, { creatorRole: 'editor' });
    const page = await editor.get('/en/start');
    assert.equal(statusOf(page.body, task('sign')), status('cannot_start'));
    assert.equal(statusOf(page.body, task('verification')), status('cannot_start'));
    assert.match(page.body, en('start.next', { task: tEn('start.task.invite') }));
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
    assert.match(sign.body, en('sign.next'));
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
    assert.match(page.body, new RegExp(`<h1>${en('signed.title').source}</h1>`));
    assert.match(page.body, en('signed.next_title'));
    assert.match(page.body, en('signed.next_check'));
    assert.match(page.body, en('signed.next_mail'));
    const seq = await signedSeq(orgId);
    assert.ok(seq);
    assert.match(page.body, en('signed.reference', { seq: String(seq) }));
    assert.match(page.body, /href="\/en\/receipts\/[0-9a-f-]{36}"/);
    assert.match(page.body, new RegExp(`href="/en/organisations/${orgId}/plan"`));

    await approve(admin, t, orgId);
    const verified = await rep.get(`/en/organisations/${orgId}/signed`);
    assert.match(verified.body, en('signed.verified'));
    // Nothing there still says the secretariat has yet to verify it, in any of the words used for that.
    for (const key of ['signed.next_check', 'sign.next', 'start.hint.verification'] as const)
      assert.doesNotMatch(verified.body, en(key), key);
  });
});

describe('the home page', () => {
  test('has a clear call to sign the Charter: to sign-up for visitors, to the task list once signed in', async () => {
    const visitor = await new Agent(t.app).get('/en');
    assert.match(
      visitor.body,
      new RegExp(
        `<a class="button button--primary" href="/en/sign-up"[^>]*>${en('home.sign_cta').source}</a>`,
      ),
    );
    assert.match(visitor.body, en('home.sign_cta_hint'));
    const person = await signedInUser(t, { email: 'home-cta@example.be' });
    const home = await person.get('/en');
    assert.match(
      home.body,
      new RegExp(`<a class="button button--primary" href="/en/start">${en('home.sign_cta').source}</a>`),
    );
  });
});

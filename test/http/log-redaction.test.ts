import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { outbox } from '../../src/platform/mail/schema.ts';
import { Agent, lastMailTo, linkIn, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { createOrganisation } from '../helpers/org.ts';

/**
 * One-time links (verification, reset, invitation, referral) must not reach the request log: someone who reads
 * the logs could otherwise follow them. The app logs at info level here, into `lines`.
 */
let t: TestApp;
const lines: string[] = [];
before(async () => {
  t = await startTestApp({ env: { LOG_LEVEL: 'info' }, logStream: { write: (l) => void lines.push(l) } });
});
after(() => t.close());

/** Every one-time token the app has mailed so far. */
async function mailedTokens() {
  const mails = await t.deps.db.select({ text: outbox.bodyText }).from(outbox);
  return mails.flatMap((m) =>
    [...m.text.matchAll(/(?:token=|\/invitations\/|\/join\/)([\w-]{20,})/g)].map((x) => x[1] ?? ''),
  );
}

describe('one-time tokens and the request log', () => {
  test('sign-up, reset, invitation and referral links leave no token in the log or in the page’s URL', async () => {
    // Sign-up and its verification link, followed as a browser does.
    const rep = new Agent(t.app);
    await rep.get('/fr/sign-up');
    const signUp = await rep.post('/fr/sign-up', {
      name: 'Ana Peeters',
      email: 'log-rep@example.be',
      password: 'correct horse battery',
    });
    assert.equal(signUp.statusCode, 303);
    await rep.follow(linkIn((await lastMailTo(t, 'log-rep@example.be'))?.bodyText));
    assert.equal((await rep.post('/fr/verify-email', {})).statusCode, 303);

    // A password reset: the link redirects to the form, which no longer carries the token.
    await signedInUser(t, { email: 'log-reset@example.be' });
    const a = new Agent(t.app);
    await a.get('/fr/forgot-password');
    await a.post('/fr/forgot-password', { email: 'log-reset@example.be' });
    const resetLink = linkIn((await lastMailTo(t, 'log-reset@example.be'))?.bodyText);
    const resetToken = new URL(resetLink, 'http://x').searchParams.get('token') ?? '';
    const landing = await a.get(resetLink);
    assert.equal(landing.statusCode, 303);
    assert.equal(landing.headers.location, '/fr/reset-password');
    const form = await a.follow(resetLink);
    assert.equal(form.statusCode, 200);
    assert.ok(!form.body.includes(resetToken), 'the form does not carry the token');
    assert.equal((await a.post('/fr/reset-password', { password: 'a log-safe passphrase' })).statusCode, 303);

    // An invitation to join the organisation, opened before and after signing in.
    const orgId = await createOrganisation(rep, 7100);
    await rep.get(`/fr/organisations/${orgId}`);
    await rep.post(`/fr/organisations/${orgId}/invitations`, {
      email: 'log-colleague@example.be',
      role: 'editor',
    });
    const invitation = linkIn((await lastMailTo(t, 'log-colleague@example.be'))?.bodyText);
    const anonymous = new Agent(t.app);
    const invited = await anonymous.follow(invitation);
    assert.equal(invited.statusCode, 200);
    const signIn = /href="(\/fr\/sign-in\?next=[^"]+)"/.exec(invited.body)?.[1] ?? '';
    assert.equal(signIn, '/fr/sign-in?next=%2Ffr%2Finvitations');
    await anonymous.get(signIn);
    const colleague = await signedInUser(t, { email: 'log-colleague@example.be' });
    await colleague.follow(invitation);
    assert.equal((await colleague.post('/fr/invitations', {})).statusCode, 303);

    // A referral to another organisation, and its pre-filled registration (also at the older ?referral= address).
    await rep.get(`/fr/organisations/${orgId}/referrals`);
    await rep.post(`/fr/organisations/${orgId}/referrals`, { email: 'log-friend@example.be', lang: 'fr' });
    const join = linkIn((await lastMailTo(t, 'log-friend@example.be'))?.bodyText);
    const friend = await signedInUser(t, { email: 'log-friend@example.be' });
    const joinPage = await friend.follow(join);
    assert.equal(joinPage.statusCode, 200);
    assert.match(joinPage.body, /href="\/fr\/organisations\/new"/);
    const referral = join.split('/join/')[1] ?? '';
    assert.match(
      (await friend.get('/fr/organisations/new')).body,
      new RegExp(`name="referral" value="${referral}"`),
    );
    assert.equal((await friend.follow(`/fr/organisations/new?referral=${referral}`)).statusCode, 200);

    const tokens = await mailedTokens();
    assert.ok(tokens.length >= 4, `tokens found: ${tokens.length}`);
    const log = lines.join('');
    assert.match(log, /"msg":"incoming request"/, 'the log was captured');
    for (const token of tokens) assert.ok(!log.includes(token), `a token in the log: ${token}`);
    assert.match(log, /"url":"\/fr\/verify-email\?token=\[redacted\]"/);
    assert.match(log, /\/fr\/invitations\/\[redacted\]/);
    assert.match(log, /\/fr\/join\/\[redacted\]/);
    assert.match(log, /\/fr\/organisations\/new\?referral=\[redacted\]/);
  });
});

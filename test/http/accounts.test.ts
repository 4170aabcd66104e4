import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { sessions, users } from '../../src/platform/auth/schema.ts';
import { translator } from '../../src/platform/i18n/index.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  Agent,
  escapeRe,
  inText,
  lastMailTo,
  linkIn,
  onPage,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const countOf = async (table: typeof users | typeof outbox | typeof sessions) =>
  (await t.deps.db.select({ n: count() }).from(table))[0]?.n ?? 0;
const auditOf = (action: string) =>
  t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, action));

describe('sign-up and email verification', () => {
  test('sign-up sends a link; the account can sign in only after following it', async () => {
    const a = new Agent(t.app);
    await a.get('/en/sign-up');
    const res = await a.post('/en/sign-up', {
      name: 'Lou Martin',
      email: ' Lou@Example.BE ',
      password: 'a long passphrase',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/en/sign-up/check-email');
    const [user] = await t.deps.db.select().from(users).where(eq(users.email, 'lou@example.be'));
    assert.ok(user, 'email stored lower-cased and trimmed');
    assert.match(user.passwordHash ?? '', /^\$argon2id\$/);
    assert.equal(user.emailVerifiedAt, null);
    assert.equal(user.locale, 'en');

    await a.get('/en/sign-in');
    const early = await a.post('/en/sign-in', { email: 'lou@example.be', password: 'a long passphrase' });
    assert.equal(early.statusCode, 422);
    assert.match(early.body, onPage('en')('err.auth.email_unverified'));

    const mail = await lastMailTo(t, 'lou@example.be');
    assert.equal(mail?.lang, 'en');
    const link = linkIn(mail?.bodyText);
    assert.match(link, /^\/en\/verify-email\?token=/);
    // The link keeps its token in a cookie and shows the page again without it in the URL.
    const landing = await a.get(link);
    assert.equal(landing.statusCode, 303);
    assert.equal(landing.headers.location, '/en/verify-email');
    const page = await a.get('/en/verify-email');
    assert.equal(page.statusCode, 200);
    const token = new URL(link, 'http://x').searchParams.get('token') ?? '';
    assert.ok(!page.body.includes(token), 'the page does not carry the token');
    // Confirming signs the person in and leads to the task list: no password to type again.
    const verified = await a.post('/en/verify-email', {});
    assert.equal(verified.statusCode, 303);
    assert.equal(verified.headers.location, '/en/start');
    const start = await a.get('/en/start');
    assert.equal(start.statusCode, 200);
    const en = translator('en');
    assert.match(start.body, onPage('en')('verify.done'));
    assert.match(start.body, onPage('en')('start.next', { task: en('start.task.register') }));
    assert.equal((await a.get(link)).statusCode, 400, 'a link works once');
    assert.equal((await auditOf('auth.email_verified')).length, 1);

    // Later sign-ins of a person with no organisation lead to the task list too.
    const other = new Agent(t.app);
    await other.get('/en/sign-in');
    const ok = await other.post('/en/sign-in', { email: 'lou@example.be', password: 'a long passphrase' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/en/start');
    const account = await other.get('/en/account');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /Lou Martin/);
    assert.match(account.body, /href="\/en\/start"/, 'the account page leads back to the task list');
  });

  test('confirming in a browser signed in as someone else ends that session and starts a new one', async () => {
    const browser = await signedInUser(t, { email: 'someone@example.be' });
    const before = browser.cookies.get('sid') ?? '';
    // Another person signs up on the same computer, and confirms there.
    await browser.get('/fr/sign-up');
    await browser.post('/fr/sign-up', {
      name: 'Neuve',
      email: 'neuve@example.be',
      password: 'a long passphrase',
    });
    await browser.follow(linkIn((await lastMailTo(t, 'neuve@example.be'))?.bodyText));
    assert.equal((await browser.post('/fr/verify-email', {})).statusCode, 303);
    assert.notEqual(browser.cookies.get('sid'), before, 'a new session id');
    assert.match((await browser.get('/fr/account')).body, /neuve@example\.be/);
    const stale = new Agent(t.app);
    stale.cookies.set('sid', before);
    assert.equal((await stale.get('/fr/account')).statusCode, 303, 'the earlier session has ended');
  });

  test('signing up with an email that has an account looks the same and mails its owner instead', async () => {
    await signedInUser(t, { email: 'taken@example.be' });
    const usersBefore = await countOf(users);
    const a = new Agent(t.app);
    await a.get('/fr/sign-up');
    const res = await a.post('/fr/sign-up', {
      name: 'Someone',
      email: 'taken@example.be',
      password: 'another passphrase',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/fr/sign-up/check-email');
    assert.equal(await countOf(users), usersBefore);
    const mail = await lastMailTo(t, 'taken@example.be');
    assert.match(mail?.subject ?? '', inText('fr')('mail.exists.subject'));
  });

  test('bad input is a 422 with each message beside its field, and nothing is written', async () => {
    const a = new Agent(t.app);
    await a.get('/fr/sign-up');
    const before = [await countOf(users), await countOf(outbox)];
    const fr = onPage('fr');
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ name: '', email: 'a@example.be', password: 'long enough pw' }, 'name', fr('err.required')],
      [
        { name: 'x'.repeat(101), email: 'a@example.be', password: 'long enough pw' },
        'name',
        fr('err.too_long', { max: 100 }),
      ],
      [{ name: 'Ann', email: 'not-an-email', password: 'long enough pw' }, 'email', fr('err.email.invalid')],
      [
        { name: 'Ann', email: `${'a'.repeat(250)}@example.be`, password: 'long enough pw' },
        'email',
        fr('err.too_long', { max: 254 }),
      ],
      [{ name: 'Ann', email: 'a@example.be', password: 'short' }, 'password', fr('err.password.too_short')],
    ];
    for (const [form, field, message] of cases) {
      const res = await a.post('/fr/sign-up', form);
      assert.equal(res.statusCode, 422, JSON.stringify(form).slice(0, 80));
      assert.match(res.body, new RegExp(`<title>${escapeRe(translator('fr')('form.title_error_prefix'))}`));
      assert.match(res.body, new RegExp(`href="#f-${field}"`));
      assert.match(res.body, new RegExp(`id="f-${field}-error"`));
      assert.match(res.body, message);
      assert.match(
        res.body,
        new RegExp(`id="f-${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-${field}"`),
      );
    }
    // The wrong type: a field sent twice arrives as a list.
    const twice = await t.app.inject({
      method: 'POST',
      url: '/fr/sign-up',
      payload: `_csrf=${encodeURIComponent(a.csrf())}&name=A&name=B&email=a%40example.be&password=long+enough+pw`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: [...a.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    assert.equal(twice.statusCode, 422);
    // The password is never sent back to the browser.
    const res = await a.post('/fr/sign-up', {
      name: '',
      email: 'a@example.be',
      password: 'secret-value-123',
    });
    assert.doesNotMatch(res.body, /secret-value-123/);
    assert.deepEqual([await countOf(users), await countOf(outbox)], before);
  });

  test('a bad or missing token shows a clear page, not an error', async () => {
    const a = new Agent(t.app);
    for (const url of [
      '/fr/verify-email',
      '/fr/verify-email?token=short',
      `/fr/verify-email?token=${'x'.repeat(43)}`,
    ]) {
      const res = await a.get(url);
      assert.equal(res.statusCode, 400, url);
      assert.match(res.body, onPage('fr')('err.token.invalid'));
    }
    await a.get('/fr/sign-up');
    const post = await a.post('/fr/verify-email', { token: 'y'.repeat(43) });
    assert.equal(post.statusCode, 400);
  });
});

describe('sign-in and sessions', () => {
  test('a wrong password is refused the same way as an unknown email, and both are audited with the IP', async () => {
    await signedInUser(t, { email: 'wrongpw@example.be' });
    const a = new Agent(t.app);
    await a.get('/fr/sign-in');
    const before = (await auditOf('auth.sign_in.failure')).length;
    const wrong = await a.post('/fr/sign-in', { email: 'wrongpw@example.be', password: 'not the password' });
    const unknown = await a.post('/fr/sign-in', { email: 'nobody@example.be', password: 'not the password' });
    assert.equal(wrong.statusCode, 422);
    assert.equal(unknown.statusCode, 422);
    for (const r of [wrong, unknown]) assert.match(r.body, onPage('fr')('err.auth.invalid_credentials'));
    assert.match(wrong.body, /value="wrongpw@example.be"/, 'the email is kept');
    const failures = await auditOf('auth.sign_in.failure');
    assert.equal(failures.length, before + 2);
    assert.ok(failures.every((f) => f.ip === '127.0.0.1'));
    // A success is audited too.
    const successes = (await auditOf('auth.sign_in.success')).length;
    const right = await a.post('/fr/sign-in', {
      email: 'wrongpw@example.be',
      password: 'correct horse battery',
    });
    assert.equal(right.statusCode, 303);
    const success = await auditOf('auth.sign_in.success');
    assert.equal(success.length, successes + 1);
    assert.ok(success.length >= 1);
  });

  test('sign-in gives a new session id each time; the old one stops working', async () => {
    const a = await signedInUser(t, { email: 'rotate@example.be' });
    const first = a.cookies.get('sid');
    assert.ok(first);
    const cookie = a.cookies.get('_csrf');
    // A signed-in person is sent on from the sign-in page; a page seen with this session gives its token.
    await a.get('/fr/sign-in?next=%2Ffr%2Faccount');
    await a.get('/fr/account');
    await a.post('/fr/sign-in', { email: 'rotate@example.be', password: 'correct horse battery' });
    const second = a.cookies.get('sid');
    assert.ok(second && second !== first);
    const old = await t.app.inject({
      url: '/fr/account',
      headers: { cookie: `sid=${first}; _csrf=${cookie}` },
    });
    assert.equal(old.statusCode, 303);
    assert.match(String(old.headers.location), /^\/fr\/sign-in\?next=/);
  });

  test('the session cookie is HttpOnly and SameSite=Lax, and only its hash is stored', async () => {
    const a = new Agent(t.app);
    await signedInUser(t, { email: 'cookie@example.be' });
    await a.get('/fr/sign-in');
    const res = await a.post('/fr/sign-in', {
      email: 'cookie@example.be',
      password: 'correct horse battery',
    });
    const sid = res.cookies.find((c: { name: string }) => c.name === 'sid') as
      | { value: string; httpOnly: boolean; sameSite: string }
      | undefined;
    assert.ok(sid);
    assert.equal(sid.httpOnly, true);
    assert.equal(sid.sameSite, 'Lax');
    const raw = await t.deps.db.select().from(sessions).where(eq(sessions.id, sid.value));
    assert.equal(raw.length, 0, 'the raw token is not a stored id');
  });

  test('sessions expire', async () => {
    const a = await signedInUser(t, { email: 'expire@example.be' });
    assert.equal((await a.get('/fr/account')).statusCode, 200);
    t.clock.advance(t.deps.config.sessionTtlMs + 1000);
    assert.equal((await a.get('/fr/account')).statusCode, 303);
    await t.deps.sessions.purgeExpired();
  });

  test('sign-in returns to the page asked for, but never to another site', async () => {
    await signedInUser(t, { email: 'next@example.be' });
    const a = new Agent(t.app);
    await a.get('/fr/sign-in?next=%2Ffr%2Faccount');
    const ok = await a.post('/fr/sign-in', {
      email: 'next@example.be',
      password: 'correct horse battery',
      next: '/fr/account',
    });
    assert.equal(ok.headers.location, '/fr/account');
    const b = new Agent(t.app);
    await b.get('/fr/sign-in');
    const evil = await b.post('/fr/sign-in', {
      email: 'next@example.be',
      password: 'correct horse battery',
      next: '//evil.example/x',
    });
    // Where anyone without an organisation lands: the task list.
    assert.equal(evil.headers.location, '/fr/start');
  });

  test('sign-out ends the session; "sign out everywhere" ends all of them', async () => {
    const a = await signedInUser(t, { email: 'everywhere@example.be' });
    const b = new Agent(t.app);
    await b.get('/fr/sign-in');
    await b.post('/fr/sign-in', { email: 'everywhere@example.be', password: 'correct horse battery' });
    assert.equal((await b.get('/fr/account')).statusCode, 200);

    await a.get('/fr/account');
    const res = await a.post('/fr/account/sign-out-everywhere', {});
    assert.equal(res.statusCode, 303);
    assert.equal((await a.get('/fr/account')).statusCode, 303);
    assert.equal((await b.get('/fr/account')).statusCode, 303);
    assert.equal((await auditOf('auth.sign_out_everywhere')).length, 1);

    const c = await signedInUser(t, { email: 'signout@example.be' });
    await c.get('/fr/account');
    assert.equal((await c.post('/fr/sign-out', {})).statusCode, 303);
    assert.equal((await c.get('/fr/account')).statusCode, 303);
  });
});

describe('password reset and change', () => {
  test('reset by email: one link, valid for an hour, works once, and ends every session', async () => {
    const old = await signedInUser(t, { email: 'reset@example.be' });
    // The helper's account set its password from a CLI link, which is a reset too.
    const resetsBefore = (await auditOf('auth.password.reset')).length;
    const a = new Agent(t.app);
    await a.get('/fr/forgot-password');
    const res = await a.post('/fr/forgot-password', { email: 'reset@example.be' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/fr/forgot-password/sent');
    const link = linkIn((await lastMailTo(t, 'reset@example.be'))?.bodyText);
    assert.equal((await a.follow(link)).statusCode, 200);

    const short = await a.post('/fr/reset-password', { password: 'short' });
    assert.equal(short.statusCode, 422);
    const done = await a.post('/fr/reset-password', { password: 'a brand new passphrase' });
    assert.equal(done.statusCode, 303);
    assert.equal(
      (await a.post('/fr/reset-password', { password: 'yet another passphrase' })).statusCode,
      400,
    );
    assert.equal((await a.get(link)).statusCode, 400, 'a link works once');
    assert.equal((await old.get('/fr/account')).statusCode, 303, 'old sessions ended');

    await a.get('/fr/sign-in');
    assert.equal(
      (await a.post('/fr/sign-in', { email: 'reset@example.be', password: 'correct horse battery' }))
        .statusCode,
      422,
    );
    assert.equal(
      (await a.post('/fr/sign-in', { email: 'reset@example.be', password: 'a brand new passphrase' }))
        .statusCode,
      303,
    );
    assert.equal((await auditOf('auth.password.reset')).length, resetsBefore + 1);
  });

  test('a reset link expires after an hour', async () => {
    await signedInUser(t, { email: 'late@example.be' });
    const a = new Agent(t.app);
    await a.get('/fr/forgot-password');
    await a.post('/fr/forgot-password', { email: 'late@example.be' });
    const link = linkIn((await lastMailTo(t, 'late@example.be'))?.bodyText);
    t.clock.advance(3600_000 + 1);
    assert.equal((await a.get(link)).statusCode, 400);
  });

  test('asking a reset for an unknown email answers the same and sends nothing', async () => {
    const a = new Agent(t.app);
    await a.get('/fr/forgot-password');
    const before = await countOf(outbox);
    const res = await a.post('/fr/forgot-password', { email: 'ghost@example.be' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/fr/forgot-password/sent');
    assert.equal(await countOf(outbox), before);
    const bad = await a.post('/fr/forgot-password', { email: 'ghost' });
    assert.equal(bad.statusCode, 422);
  });

  test('changing the password needs the current one, is audited, and keeps only this session', async () => {
    const a = await signedInUser(t, { email: 'change@example.be' });
    const other = new Agent(t.app);
    await other.get('/fr/sign-in');
    await other.post('/fr/sign-in', { email: 'change@example.be', password: 'correct horse battery' });

    await a.get('/fr/account');
    const wrong = await a.post('/fr/account/password', {
      currentPassword: 'nope',
      newPassword: 'a fresh passphrase',
    });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, onPage('fr')('err.password.current_wrong'));
    const ok = await a.post('/fr/account/password', {
      currentPassword: 'correct horse battery',
      newPassword: 'a fresh passphrase',
    });
    assert.equal(ok.statusCode, 303);
    assert.equal((await a.get('/fr/account')).statusCode, 200, 'this session goes on');
    assert.equal((await other.get('/fr/account')).statusCode, 303, 'the other one ended');
    assert.equal((await auditOf('auth.password.changed')).length, 1);
  });

  test('the profile keeps a name and a language for emails; bad values are refused', async () => {
    const a = await signedInUser(t, { email: 'profile@example.be' });
    await a.get('/fr/account');
    const ok = await a.post('/fr/account', { name: 'Anne-Marie Dupont', locale: 'nl' });
    assert.equal(ok.statusCode, 303);
    const page = await a.get('/fr/account');
    assert.match(page.body, onPage('fr')('account.saved'));
    assert.match(page.body, /Anne-Marie Dupont/);
    const bad = await a.post('/fr/account', { name: 'X', locale: 'xx' });
    assert.equal(bad.statusCode, 422);
    const [u] = await t.deps.db.select().from(users).where(eq(users.email, 'profile@example.be'));
    assert.equal(u?.locale, 'nl');
    assert.equal(u?.name, 'Anne-Marie Dupont');
  });
});

describe('rate limits', () => {
  test('sign-in, sign-up and reset are limited per IP, with a clear 429', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_AUTH_MAX: '3' } });
    try {
      for (const [page, form] of [
        ['/en/sign-in', { email: 'x@example.be', password: 'whatever pw' }],
        ['/en/sign-up', { name: 'X', email: 'x@example.be', password: 'short' }],
        ['/en/forgot-password', { email: 'bad' }],
      ] as const) {
        const a = new Agent(limited.app);
        await a.get(page);
        for (let i = 0; i < 3; i++) assert.notEqual((await a.post(page, form)).statusCode, 429);
        const res = await a.post(page, form);
        assert.equal(res.statusCode, 429, page);
        assert.match(res.body, onPage('en')('errorpage.429'));
        assert.ok(res.headers['retry-after']);
      }
    } finally {
      await limited.close();
    }
  });
});

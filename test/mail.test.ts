import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../src/config.ts';
import { ManualClock } from '../src/platform/clock.ts';
import { outbox } from '../src/platform/mail/schema.ts';
import { Agent, startTestApp, type TestApp } from './helpers/app.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives, and can be told to refuse. */
async function smtpServer() {
  const received: Received[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refuse) return cb(Object.assign(new Error('mailbox unavailable'), { responseCode: 451 }));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          // Undo quoted-printable, which folds long lines such as links.
          raw: Buffer.concat(chunks)
            .toString('utf8')
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    setRefuse: (v: boolean) => {
      refuse = v;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function signUp(t: TestApp, email: string, locale = 'nl') {
  const a = new Agent(t.app);
  await a.get(`/${locale}/sign-up`);
  const res = await a.post(`/${locale}/sign-up`, { name: 'Mia', email, password: 'long enough password' });
  assert.equal(res.statusCode, 303);
}

describe('mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof smtpServer>>;
  let t: TestApp;
  before(async () => {
    smtp = await smtpServer();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Inclusio <noreply@inclusio.test>' } });
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  test('the outbox is delivered to the SMTP server in the user’s language, once', async () => {
    await signUp(t, 'mia@example.be');
    assert.equal(smtp.received.length, 0, 'nothing is sent inside the request');
    assert.equal(await t.deps.mail.flush(), 1);
    assert.equal(smtp.received.length, 1);
    const m = smtp.received[0]!;
    assert.deepEqual(m.to, ['mia@example.be']);
    assert.equal(m.from, 'noreply@inclusio.test');
    assert.match(m.raw, /Content-Language: nl/);
    assert.match(m.raw, /verify-email\?token=/);
    assert.equal(await t.deps.mail.flush(), 0, 'sent messages are not sent again');
    const [row] = await t.deps.db.select().from(outbox).where(eq(outbox.toAddress, 'mia@example.be'));
    assert.ok(row?.sentAt);
    assert.equal(row?.attempts, 1);
  });

  test('a refused message is retried later with backoff', async () => {
    await signUp(t, 'retry@example.be');
    smtp.setRefuse(true);
    assert.equal(await t.deps.mail.flush(), 0);
    const [failed] = await t.deps.db.select().from(outbox).where(eq(outbox.toAddress, 'retry@example.be'));
    assert.equal(failed?.sentAt, null);
    assert.match(failed?.lastError ?? '', /mailbox unavailable/);
    assert.ok((failed?.nextAttemptAt.getTime() ?? 0) > t.clock.now().getTime());
    smtp.setRefuse(false);
    assert.equal(await t.deps.mail.flush(), 0, 'not yet due');
    t.clock.advance(2 * 60_000);
    assert.equal(await t.deps.mail.flush(), 1);
    assert.ok(smtp.received.some((m) => m.to.includes('retry@example.be')));
  });
});

describe('mail without SMTP', () => {
  test('each message is written as an .eml file under data/mail', async () => {
    const t = await startTestApp();
    try {
      await signUp(t, 'eml@example.be', 'de');
      assert.equal(await t.deps.mail.flush(), 1);
      const dir = path.join(t.dataDir, 'mail');
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml'));
      assert.equal(files.length, 1);
      const eml = fs.readFileSync(path.join(dir, files[0]!), 'utf8');
      assert.match(eml, /^To: eml@example.be$/m);
      assert.match(eml, /Content-Language: de/);
    } finally {
      await t.close();
    }
  });
});

describe('mail retention', () => {
  test('a message sent or given up on more than MAIL_RETENTION_DAYS ago loses its body, not its metadata', async () => {
    const clock = new ManualClock('2026-01-01T09:00:00Z', 1);
    const t = await startTestApp({ clock, env: { MAIL_RETENTION_DAYS: '30' } });
    try {
      const send = (to: string) =>
        t.deps.mail.enqueue(t.deps.db, { to, subject: `For ${to}`, text: `Your link: /t/${to}`, lang: 'fr' });
      const row = async (to: string) =>
        (await t.deps.db.select().from(outbox).where(eq(outbox.toAddress, to)))[0]!;

      await send('old@example.be');
      assert.equal(await t.deps.mail.flush(), 1);
      const sentAt = (await row('old@example.be')).sentAt;
      // One still being retried, and one given up on, on the same day.
      await send('waiting@example.be');
      await t.deps.db
        .update(outbox)
        .set({ attempts: 3, nextAttemptAt: new Date('2027-01-01T00:00:00Z') })
        .where(eq(outbox.toAddress, 'waiting@example.be'));
      await send('failed@example.be');
      await t.deps.db
        .update(outbox)
        .set({ attempts: 8, failedAt: clock.now(), lastError: 'mailbox unavailable' })
        .where(eq(outbox.toAddress, 'failed@example.be'));

      clock.advance(20 * 86_400_000);
      await send('recent@example.be');
      assert.equal(await t.deps.mail.flush(), 1);
      assert.equal(
        (await row('old@example.be')).bodyText,
        'Your link: /t/old@example.be',
        'kept for 30 days',
      );

      clock.advance(11 * 86_400_000);
      await t.deps.mail.flush(); // the worker's loop clears them: nothing else is due
      const old = await row('old@example.be');
      assert.equal(old.bodyText, '');
      assert.equal(old.subject, 'For old@example.be');
      assert.deepEqual(old.sentAt, sentAt);
      assert.equal((await row('failed@example.be')).bodyText, '');
      assert.equal((await row('failed@example.be')).lastError, 'mailbox unavailable');
      assert.equal(
        (await row('waiting@example.be')).bodyText,
        'Your link: /t/waiting@example.be',
        'not sent yet',
      );
      assert.equal(
        (await row('recent@example.be')).bodyText,
        'Your link: /t/recent@example.be',
        'sent 11 days ago',
      );
      assert.equal(await t.deps.mail.clearOldBodies(), 0, 'each body is cleared once');
    } finally {
      await t.close();
    }
  });

  test('30 days by default', () => {
    assert.equal(loadConfig({}).mailRetentionDays, 30);
  });
});

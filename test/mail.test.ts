import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
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

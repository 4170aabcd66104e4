import fs from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger as Logger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../clock.ts';
import { outbox } from './schema.ts';

export interface Message {
  to: string;
  subject: string;
  text: string;
  lang: string;
}

const MAX_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;
const BATCH = 20;
/** How often `flush` also clears old bodies: the work is one query, and a day's precision is plenty. */
const CLEAR_EVERY_MS = 3600_000;
/** 1 min, 2, 4 … capped at 6 h between tries. */
const backoff = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 6 * 3600_000);

export interface MailOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  from: string;
  smtpUrl?: string;
  /** Where .eml files go when no SMTP server is configured. */
  mailDir: string;
  /** Days a sent or abandoned message keeps its body (which may hold a one-time link). */
  retentionDays: number;
}

/**
 * The outbox: `enqueue` writes a message in the caller's transaction; `flush` sends what is due.
 * Several instances may flush at once: each claims its rows with FOR UPDATE SKIP LOCKED and a lease.
 */
export function createMail(o: MailOptions) {
  const transport: Transporter = o.smtpUrl
    ? nodemailer.createTransport(o.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  /** Empties the bodies of messages sent or given up on more than `retentionDays` ago; keeps the rest of the row. */
  async function clearOldBodies(): Promise<number> {
    const before = new Date(o.clock.now().getTime() - o.retentionDays * 86_400_000);
    const cleared = await o.db
      .update(outbox)
      .set({ bodyText: '' })
      .where(and(ne(outbox.bodyText, ''), or(lte(outbox.sentAt, before), lte(outbox.failedAt, before))))
      .returning({ id: outbox.id });
    return cleared.length;
  }
  let lastClearedAt = Number.NEGATIVE_INFINITY;

  async function deliver(m: typeof outbox.$inferSelect) {
    const info = await transport.sendMail({
      from: o.from,
      to: m.toAddress,
      subject: m.subject,
      text: m.bodyText,
      headers: { 'Content-Language': m.lang },
    });
    if (!o.smtpUrl) {
      await fs.mkdir(o.mailDir, { recursive: true });
      const stamp = m.createdAt.toISOString().replace(/[:.]/g, '-');
      await fs.writeFile(
        path.join(o.mailDir, `${stamp}-${m.id}.eml`),
        (info as unknown as { message: Buffer }).message,
      );
    }
  }

  return {
    async enqueue(db: Db, m: Message) {
      const now = o.clock.now();
      await db.insert(outbox).values({
        toAddress: m.to,
        subject: m.subject,
        bodyText: m.text,
        lang: m.lang,
        createdAt: now,
        nextAttemptAt: now,
      });
    },

    clearOldBodies,

    /** Sends every message that is due; returns how many were sent. Clears old bodies once an hour too. */
    async flush(): Promise<number> {
      const started = o.clock.now().getTime();
      if (started - lastClearedAt >= CLEAR_EVERY_MS) {
        lastClearedAt = started;
        await clearOldBodies().catch((err) => o.log.error({ err }, 'clearing old mail bodies failed'));
      }
      let sent = 0;
      for (;;) {
        const now = o.clock.now();
        const due = o.db
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(isNull(outbox.sentAt), isNull(outbox.failedAt), lte(outbox.nextAttemptAt, now)))
          .orderBy(outbox.nextAttemptAt)
          .limit(BATCH)
          .for('update', { skipLocked: true });
        const claimed = await o.db
          .update(outbox)
          .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
          .where(inArray(outbox.id, due))
          .returning();
        if (!claimed.length) return sent;
        for (const m of claimed) {
          try {
            await deliver(m);
            await o.db
              .update(outbox)
              .set({ sentAt: o.clock.now(), lastError: null })
              .where(eq(outbox.id, m.id));
            sent++;
          } catch (e) {
            const error = e instanceof Error ? e.message : String(e);
            const giveUp = m.attempts >= MAX_ATTEMPTS;
            o.log.warn({ outboxId: m.id, attempts: m.attempts, giveUp, error }, 'mail delivery failed');
            await o.db
              .update(outbox)
              .set({
                lastError: error.slice(0, 500),
                nextAttemptAt: new Date(o.clock.now().getTime() + backoff(m.attempts)),
                failedAt: giveUp ? o.clock.now() : null,
              })
              .where(eq(outbox.id, m.id));
          }
        }
        if (claimed.length < BATCH) return sent;
      }
    },

    close() {
      transport.close();
    },
  };
}
export type Mail = ReturnType<typeof createMail>;

import type { Db } from '../../db/client.ts';
import type { Clock } from '../clock.ts';
import { randomToken, sha256 } from './crypto.ts';
import * as q from './queries.ts';

export type SessionUser = NonNullable<Awaited<ReturnType<typeof q.findSessionUser>>>;

/** Server-side sessions: the cookie holds a random token, the database holds its hash and an expiry. */
export function createSessions(db: Db, clock: Clock, ttlMs: number) {
  return {
    ttlMs,
    /** Starts a new session (a new id every time: sign-in rotates it) and returns the cookie's token. */
    async start(userId: string): Promise<string> {
      const token = randomToken();
      const now = clock.now();
      await q.insertSession(db, {
        id: sha256(token),
        userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + ttlMs),
      });
      return token;
    },
    lookup: (token: string) => q.findSessionUser(db, sha256(token), clock.now()),
    end: (token: string) => q.deleteSession(db, sha256(token)),
    /** Ends every session of a user: "sign out everywhere", and after a password change. */
    endAll: (userId: string, tx: Db = db) => q.deleteUserSessions(tx, userId),
    purgeExpired: () => q.deleteExpiredSessions(db, clock.now()),
  };
}
export type Sessions = ReturnType<typeof createSessions>;

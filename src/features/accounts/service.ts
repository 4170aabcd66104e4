import type { Db } from '../../db/client.ts';
import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import {
  hashPassword,
  randomToken,
  sha256,
  verifyAgainstNothing,
  verifyPassword,
} from '../../platform/auth/crypto.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import * as q from './queries.ts';

const HOUR = 3600_000;
const TOKEN_TTL = { verify_email: 48 * HOUR, reset_password: 1 * HOUR, set_password: 7 * 24 * HOUR };

/** Sign-up, email verification, sign-in, password reset and the account page's changes. */
export function createAccountsService(deps: Deps) {
  const { db, clock, mail, audit, config, sessions } = deps;

  async function issueToken(tx: Db, userId: string, purpose: q.TokenPurpose, ttl: number): Promise<string> {
    const token = randomToken();
    const now = clock.now();
    await q.insertToken(tx, {
      userId,
      purpose,
      tokenHash: sha256(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttl),
    });
    return token;
  }

  const link = (locale: Locale, path: string, token?: string) =>
    `${config.baseUrl}/${locale}${path}${token ? `?token=${token}` : ''}`;

  async function send(
    tx: Db,
    to: { email: string; name: string; locale: Locale },
    kind: 'verify' | 'exists' | 'reset',
    url: string,
  ) {
    const t = translator(to.locale);
    await mail.enqueue(tx, {
      to: to.email,
      lang: to.locale,
      subject: t(`mail.${kind}.subject`),
      text: t(`mail.${kind}.body`, { name: to.name, link: url }),
    });
  }

  return {
    /**
     * Creates an account and sends a verification link. When the email already has an account, that person
     * gets a note instead, and the answer looks the same: sign-up never tells who has an account.
     */
    async signUp(input: { name: string; email: string; password: string }, locale: Locale, ip: string) {
      const passwordHash = await hashPassword(input.password);
      await db.transaction(async (tx) => {
        const now = clock.now();
        const user = await q.insertUser(tx, {
          email: input.email,
          name: input.name,
          passwordHash,
          locale,
          createdAt: now,
          updatedAt: now,
        });
        if (!user) {
          const existing = await q.findUserByEmail(tx, input.email);
          if (existing) await send(tx, existing, 'exists', link(existing.locale, '/sign-in'));
          return;
        }
        const token = await issueToken(tx, user.id, 'verify_email', TOKEN_TTL.verify_email);
        await send(tx, user, 'verify', link(locale, '/verify-email', token));
        await audit.record(tx, {
          action: 'auth.sign_up',
          actorId: user.id,
          ip,
          subjectType: 'user',
          subjectId: user.id,
        });
      });
    },

    async isLiveToken(purpose: q.TokenPurpose, token: string): Promise<boolean> {
      return !!(await q.findLiveToken(db, purpose, sha256(token), clock.now()));
    },

    /** Confirms the address; returns the account, whose owner the link has just proved to be. */
    async verifyEmail(token: string, ip: string): Promise<{ id: string; role: 'user' | 'admin' }> {
      return db.transaction(async (tx) => {
        const now = clock.now();
        const row = await q.consumeToken(tx, 'verify_email', sha256(token), now);
        if (!row) throw new AppError('token.invalid', 400);
        await q.updateUser(tx, row.userId, { emailVerifiedAt: now, updatedAt: now });
        await audit.record(tx, {
          action: 'auth.email_verified',
          actorId: row.userId,
          ip,
          subjectType: 'user',
          subjectId: row.userId,
        });
        const user = await q.findUserById(tx, row.userId);
        if (!user) throw new AppError('token.invalid', 400);
        return { id: user.id, role: user.role };
      });
    },

    /**
     * Sends a new verification link when the address has an account still waiting to be confirmed; says
     * nothing either way, as sign-up does, so that it never tells who has an account.
     */
    async resendVerification(email: string, ip: string) {
      const user = await q.findUserByEmail(db, email);
      if (!user || user.emailVerifiedAt) return;
      await db.transaction(async (tx) => {
        const token = await issueToken(tx, user.id, 'verify_email', TOKEN_TTL.verify_email);
        await send(tx, user, 'verify', link(user.locale, '/verify-email', token));
      });
      deps.log.info({ ip, userId: user.id }, 'verification link sent again');
    },

    /** Checks a password. Failures are audited and look the same whether or not the email exists. */
    async signIn(input: { email: string; password: string }, ip: string) {
      const user = await q.findUserByEmail(db, input.email);
      let ok = false;
      if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, input.password);
      else await verifyAgainstNothing(input.password);
      if (!user || !ok) {
        await audit.record(db, {
          action: 'auth.sign_in.failure',
          actorId: null,
          ip,
          ...(user ? { subjectType: 'user', subjectId: user.id } : {}),
        });
        throw new AppError('auth.invalid_credentials', 422, { _form: 'auth.invalid_credentials' });
      }
      if (!user.emailVerifiedAt) {
        await db.transaction(async (tx) => {
          const token = await issueToken(tx, user.id, 'verify_email', TOKEN_TTL.verify_email);
          await send(tx, user, 'verify', link(user.locale, '/verify-email', token));
        });
        throw new AppError('auth.email_unverified', 422, { _form: 'auth.email_unverified' });
      }
      // Said only to someone who knows the password, so it tells no one else that the account exists.
      if (user.deactivatedAt) {
        await audit.record(db, {
          action: 'auth.sign_in.failure',
          actorId: null,
          ip,
          subjectType: 'user',
          subjectId: user.id,
        });
        throw new AppError('auth.deactivated', 422, { _form: 'auth.deactivated' });
      }
      await audit.record(db, {
        action: 'auth.sign_in.success',
        actorId: user.id,
        ip,
        subjectType: 'user',
        subjectId: user.id,
      });
      return { id: user.id, locale: user.locale, role: user.role };
    },

    /** Sends a reset link when the email has an account; says nothing either way. */
    async requestPasswordReset(email: string, ip: string) {
      const user = await q.findUserByEmail(db, email);
      if (!user || user.deactivatedAt) return;
      await db.transaction(async (tx) => {
        const token = await issueToken(tx, user.id, 'reset_password', TOKEN_TTL.reset_password);
        await send(tx, user, 'reset', link(user.locale, '/reset-password', token));
      });
      deps.log.info({ ip, userId: user.id }, 'password reset requested');
    },

    /** Sets a new password from an email link; ends every session and every other reset link. */
    async resetPassword(token: string, password: string, ip: string) {
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        const now = clock.now();
        const row = await q.consumeToken(tx, 'reset_password', sha256(token), now);
        if (!row) throw new AppError('token.invalid', 400, { _form: 'token.invalid' });
        const user = await q.findUserById(tx, row.userId);
        if (!user || user.deactivatedAt) throw new AppError('token.invalid', 400, { _form: 'token.invalid' });
        // Following the link proves the person reads this mailbox.
        await q.updateUser(tx, user.id, {
          passwordHash,
          emailVerifiedAt: user.emailVerifiedAt ?? now,
          updatedAt: now,
        });
        await q.expireTokens(tx, user.id, 'reset_password', now);
        await sessions.endAll(user.id, tx);
        await audit.record(tx, {
          action: 'auth.password.reset',
          actorId: user.id,
          ip,
          subjectType: 'user',
          subjectId: user.id,
        });
      });
    },

    async getAccount(actor: Actor) {
      requireUser(actor);
      const user = await q.findUserById(db, actor.id);
      if (!user) throw notFound();
      return user;
    },

    async updateProfile(actor: Actor, input: { name: string; locale: Locale }) {
      requireUser(actor);
      await q.updateUser(db, actor.id, { name: input.name, locale: input.locale, updatedAt: clock.now() });
    },

    /** Changes the password, ends every session, and returns a fresh session token for the one who changed it. */
    async changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }, ip: string) {
      requireUser(actor);
      const user = await q.findUserById(db, actor.id);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw new AppError('password.current_wrong', 422, { currentPassword: 'password.current_wrong' });
      }
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        const now = clock.now();
        await q.updateUser(tx, user.id, { passwordHash, updatedAt: now });
        await q.expireTokens(tx, user.id, 'reset_password', now);
        await sessions.endAll(user.id, tx);
        await audit.record(tx, {
          action: 'auth.password.changed',
          actorId: user.id,
          ip,
          subjectType: 'user',
          subjectId: user.id,
        });
      });
      return sessions.start(user.id);
    },

    async signOutEverywhere(actor: Actor, ip: string) {
      requireUser(actor);
      await db.transaction(async (tx) => {
        await sessions.endAll(actor.id, tx);
        await audit.record(tx, {
          action: 'auth.sign_out_everywhere',
          actorId: actor.id,
          ip,
          subjectType: 'user',
          subjectId: actor.id,
        });
      });
    },

    /**
     * For the CLI: creates a verified account without a password and returns a one-time link (valid 7 days)
     * where its owner chooses one. A password never passes through the command line.
     */
    async provision(input: { email: string; name: string; admin: boolean; locale: Locale }) {
      return db.transaction(async (tx) => {
        const now = clock.now();
        const user = await q.insertUser(tx, {
          email: input.email,
          name: input.name,
          role: input.admin ? 'admin' : 'user',
          locale: input.locale,
          emailVerifiedAt: now,
          createdAt: now,
          updatedAt: now,
        });
        if (!user) throw new AppError('email.taken', 409);
        const token = await issueToken(tx, user.id, 'reset_password', TOKEN_TTL.set_password);
        await audit.record(tx, {
          action: 'user.created',
          actorId: null,
          ip: null,
          subjectType: 'user',
          subjectId: user.id,
          details: { role: user.role, via: 'cli' },
        });
        return { user, link: link(input.locale, '/reset-password', token) };
      });
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;

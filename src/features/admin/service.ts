import type { Db } from '../../db/client.ts';
import type { AuditAction } from '../../platform/audit/index.ts';
import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import * as q from './queries.ts';

export const PAGE_SIZE = 50;

/** The secretariat's views of users and of the audit log. Every method is for platform admins only. */
export function createAdminService(deps: Deps) {
  const { db, clock, audit, sessions } = deps;

  /** An active admin who would stop being one: refused when no other active admin is left. */
  async function keepOneAdmin(tx: Db, user: { role: string; deactivatedAt: Date | null }) {
    if (user.role === 'admin' && !user.deactivatedAt && (await q.countActiveAdmins(tx)) <= 1) {
      throw new AppError('role.last_admin', 409);
    }
  }

  return {
    async listUsers(actor: Actor, f: Omit<q.UserFilter, 'pageSize'>) {
      requireAdmin(actor);
      return q.listUsers(db, { ...f, pageSize: PAGE_SIZE });
    },

    async getUser(actor: Actor, userId: string) {
      requireAdmin(actor);
      const user = await q.getUser(db, userId);
      if (!user) throw notFound();
      return user;
    },

    /** Changes a role. The last admin cannot step down: someone must be able to run the platform. */
    async setRole(actor: Actor, userId: string, role: 'user' | 'admin', ip: string) {
      requireAdmin(actor);
      await db.transaction(async (tx) => {
        const before = await q.getUser(tx, userId);
        if (!before) throw notFound();
        if (before.role === role) return;
        if (role === 'user') await keepOneAdmin(tx, before);
        await q.setRole(tx, userId, role, clock.now());
        await audit.record(tx, {
          action: 'user.role.changed',
          actorId: actor.id,
          ip,
          subjectType: 'user',
          subjectId: userId,
          details: { from: before.role, to: role },
        });
      });
    },

    /**
     * Deactivates an account (its sessions end at once and sign-in is refused) or reactivates it.
     * Nothing the person wrote is removed: their organisations keep their history.
     */
    async setActive(actor: Actor, userId: string, active: boolean, ip: string) {
      requireAdmin(actor);
      if (!active && userId === actor.id) throw new AppError('user.self_deactivate', 409);
      await db.transaction(async (tx) => {
        const before = await q.getUser(tx, userId);
        if (!before) throw notFound();
        if (!before.deactivatedAt === active) return;
        if (!active) await keepOneAdmin(tx, before);
        const now = clock.now();
        await q.setDeactivated(tx, userId, active ? null : now, now);
        if (!active) await sessions.endAll(userId, tx);
        await audit.record(tx, {
          action: active ? 'user.reactivated' : 'user.deactivated',
          actorId: actor.id,
          ip,
          subjectType: 'user',
          subjectId: userId,
        });
      });
    },

    async listAudit(actor: Actor, f: { action?: AuditAction; page: number }) {
      requireAdmin(actor);
      return audit.list(db, { ...f, pageSize: PAGE_SIZE });
    },
  };
}
export type AdminService = ReturnType<typeof createAdminService>;

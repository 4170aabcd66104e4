import type { AuditAction } from '../../platform/audit/index.ts';
import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import * as q from './queries.ts';

export const PAGE_SIZE = 50;

/** The secretariat's views of users and of the audit log. Every method is for platform admins only. */
export function createAdminService(deps: Deps) {
  const { db, clock, audit } = deps;
  return {
    async listUsers(actor: Actor, f: Omit<q.UserFilter, 'pageSize'>) {
      requireAdmin(actor);
      return q.listUsers(db, { ...f, pageSize: PAGE_SIZE });
    },

    /** Changes a role. The last admin cannot step down: someone must be able to run the platform. */
    async setRole(actor: Actor, userId: string, role: 'user' | 'admin', ip: string) {
      requireAdmin(actor);
      await db.transaction(async (tx) => {
        const before = await q.getRole(tx, userId);
        if (!before) throw notFound();
        if (before === role) return;
        if (before === 'admin' && (await q.countAdmins(tx)) <= 1) throw new AppError('role.last_admin', 409);
        await q.setRole(tx, userId, role, clock.now());
        await audit.record(tx, {
          action: 'user.role.changed',
          actorId: actor.id,
          ip,
          subjectType: 'user',
          subjectId: userId,
          details: { from: before, to: role },
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

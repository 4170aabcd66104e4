import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../auth/schema.ts';
import type { Clock } from '../clock.ts';
import { auditEvents } from './schema.ts';

/** Every audited action; each has a label `audit.action.<name>` in the catalogs. */
export const AUDIT_ACTIONS = [
  'auth.sign_in.success',
  'auth.sign_in.failure',
  'auth.sign_up',
  'auth.email_verified',
  'auth.password.changed',
  'auth.password.reset',
  'auth.sign_out_everywhere',
  'user.created',
  'user.role.changed',
  'user.deactivated',
  'user.reactivated',
  'charter.published',
  'organisation.created',
  'organisation.updated',
  'organisation.invitation_sent',
  'organisation.member_joined',
  'referral.sent',
  'signature.signed',
  'signature.info_requested',
  'signature.info_provided',
  'signature.verified',
  'signature.rejected',
  'signature.withdrawn',
  'signature.lapsed',
  'signature.non_reporting',
  'signature.reinstated',
  'signature.identity_changed',
  'signature.suspended',
  'signature.suspension_lifted',
  'signature.revoked',
  'organisation.change_proposed',
  'organisation.change_rejected',
  'kbo.disputed',
  'kbo.dispute_closed',
  'assessment.submitted',
  'report.submitted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventInput {
  action: AuditAction;
  actorId: string | null;
  ip: string | null;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, string | number | boolean | null>;
}

export function createAudit(clock: Clock) {
  return {
    /** Writes one event, inside the caller's transaction when given one. */
    async record(db: Db, e: AuditEventInput) {
      await db.insert(auditEvents).values({
        at: clock.now(),
        action: e.action,
        actorId: e.actorId,
        ip: e.ip,
        subjectType: e.subjectType ?? null,
        subjectId: e.subjectId ?? null,
        details: e.details ?? {},
      });
    },

    async list(db: Db, filter: { action?: AuditAction; page: number; pageSize: number }) {
      const where: SQL | undefined = filter.action ? eq(auditEvents.action, filter.action) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select({
            id: auditEvents.id,
            at: auditEvents.at,
            action: auditEvents.action,
            subjectType: auditEvents.subjectType,
            subjectId: auditEvents.subjectId,
            ip: auditEvents.ip,
            details: auditEvents.details,
            actorName: users.name,
            actorEmail: users.email,
          })
          .from(auditEvents)
          .leftJoin(users, eq(users.id, auditEvents.actorId))
          .where(and(where))
          .orderBy(desc(auditEvents.at), desc(auditEvents.id))
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize),
        db.select({ n: count() }).from(auditEvents).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },
  };
}
export type Audit = ReturnType<typeof createAudit>;

import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../auth/schema.ts';
import type { Clock } from '../clock.ts';
import { auditEvents } from './schema.ts';

/**
 * Filled in by each feature's feature.ts with the actions it records (declaration merging): an action that no
 * feature declares fails tsc, while the platform names none. Each has a label `audit.action.<name>`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: extended by declaration merging
export interface AuditRegister {}
export type AuditAction = AuditRegister[keyof AuditRegister];

export interface AuditEventInput {
  action: AuditAction;
  actorId: string | null;
  ip: string | null;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, string | number | boolean | null>;
}

export function createAudit(clock: Clock) {
  const known: AuditAction[] = [];
  return {
    /** The app declares every feature's actions once, from its list; the secretariat's filter offers them. */
    declare(actions: readonly string[]) {
      for (const a of actions as readonly AuditAction[]) if (!known.includes(a)) known.push(a);
    },
    actions: (): readonly AuditAction[] => known,

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

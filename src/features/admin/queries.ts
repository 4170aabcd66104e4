import { and, asc, count, eq, ilike, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../platform/auth/schema.ts';
import { memberships, organisations } from '../organisations/schema.ts';

export interface UserFilter {
  q?: string;
  role?: 'user' | 'admin';
  status?: 'active' | 'deactivated';
  page: number;
  pageSize: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const userColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  emailVerifiedAt: users.emailVerifiedAt,
  deactivatedAt: users.deactivatedAt,
  createdAt: users.createdAt,
};

export async function listUsers(db: Db, f: UserFilter) {
  const conds: SQL[] = [];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    const m = or(ilike(users.email, like), ilike(users.name, like));
    if (m) conds.push(m);
  }
  if (f.role) conds.push(eq(users.role, f.role));
  if (f.status)
    conds.push(f.status === 'active' ? isNull(users.deactivatedAt) : isNotNull(users.deactivatedAt));
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select(userColumns)
      .from(users)
      .where(where)
      .orderBy(asc(users.email))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  const orgs = await organisationsOf(
    db,
    rows.map((r) => r.id),
  );
  return { rows: rows.map((r) => ({ ...r, organisations: orgs.get(r.id) ?? [] })), total: total?.n ?? 0 };
}

/** Each user's organisations, for a page of users in one query. */
async function organisationsOf(db: Db, userIds: string[]) {
  const byUser = new Map<string, { id: string; legalName: string; role: string }[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: memberships.userId,
      id: organisations.id,
      legalName: organisations.legalName,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(organisations.legalName));
  for (const { userId, ...o } of rows) byUser.set(userId, [...(byUser.get(userId) ?? []), o]);
  return byUser;
}

export async function getUser(db: Db, id: string) {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id)).limit(1);
  if (!row) return null;
  const orgs = await organisationsOf(db, [id]);
  return { ...row, organisations: orgs.get(id) ?? [] };
}

export async function setRole(db: Db, id: string, role: 'user' | 'admin', now: Date) {
  const [row] = await db
    .update(users)
    .set({ role, updatedAt: now })
    .where(eq(users.id, id))
    .returning({ id: users.id, role: users.role });
  return row ?? null;
}

export async function setDeactivated(db: Db, id: string, at: Date | null, now: Date) {
  await db.update(users).set({ deactivatedAt: at, updatedAt: now }).where(eq(users.id, id));
}

/** Admins who can still sign in: the platform must keep at least one. */
export async function countActiveAdmins(db: Db) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.deactivatedAt)));
  return row?.n ?? 0;
}

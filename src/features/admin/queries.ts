import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../platform/auth/schema.ts';

export interface UserFilter {
  q?: string;
  role?: 'user' | 'admin';
  page: number;
  pageSize: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listUsers(db: Db, f: UserFilter) {
  const conds: SQL[] = [];
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    const m = or(ilike(users.email, like), ilike(users.name, like));
    if (m) conds.push(m);
  }
  if (f.role) conds.push(eq(users.role, f.role));
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        emailVerifiedAt: users.emailVerifiedAt,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.email))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function setRole(db: Db, id: string, role: 'user' | 'admin', now: Date) {
  const [row] = await db
    .update(users)
    .set({ role, updatedAt: now })
    .where(eq(users.id, id))
    .returning({ id: users.id, role: users.role });
  return row ?? null;
}

export async function getRole(db: Db, id: string) {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, id)).limit(1);
  return row?.role ?? null;
}

export async function countAdmins(db: Db) {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
  return row?.n ?? 0;
}

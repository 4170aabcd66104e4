import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../platform/audit/index.ts';
import type { Deps } from '../../platform/deps.ts';
import { optionalText, page } from '../../platform/http/fields.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { AuditPage } from './pages/audit.tsx';
import { UsersPage } from './pages/users.tsx';
import { type AdminService, PAGE_SIZE } from './service.ts';

const usersQuery = z.object({
  q: optionalText(200),
  role: z
    .enum(['', 'user', 'admin'], 'invalid')
    .optional()
    .transform((v) => v || undefined),
  page: page(),
});
const roleBody = z.object({ role: z.enum(['user', 'admin'], 'invalid') });
const auditQuery = z.object({
  action: z
    .enum(['', ...AUDIT_ACTIONS], 'invalid')
    .optional()
    .transform((v) => v || undefined),
  page: page(),
});

export function adminPages(app: FastifyInstance, _deps: Deps, svc: AdminService) {
  app.get('/admin/users', async (req, reply) => {
    const f = parseOr400(usersQuery, req.query);
    const { rows, total } = await svc.listUsers(req.user, f);
    return reply.page({
      title: translator(req.locale)('admin.users.title'),
      body: (
        <UsersPage
          rows={rows}
          total={total}
          page={f.page}
          pageSize={PAGE_SIZE}
          filter={{ q: f.q, role: f.role }}
        />
      ),
    });
  });

  app.post<{ Params: { id: string } }>('/admin/users/:id/role', async (req, reply) => {
    const id = idParam(req.params.id);
    const { role } = parseOr400(roleBody, req.body);
    await svc.setRole(req.user, id, role, req.ip);
    return reply.flash({ kind: 'success', key: 'admin.users.role_changed' }).see('/admin/users');
  });

  app.get('/admin/audit', async (req, reply) => {
    const f = parseOr400(auditQuery, req.query);
    const { rows, total } = await svc.listAudit(req.user, f);
    return reply.page({
      title: translator(req.locale)('admin.audit.title'),
      body: <AuditPage rows={rows} total={total} page={f.page} pageSize={PAGE_SIZE} action={f.action} />,
    });
  });
}

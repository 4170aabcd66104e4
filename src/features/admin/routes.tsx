import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuditAction } from '../../platform/audit/index.ts';
import type { Deps } from '../../platform/deps.ts';
import { checkbox, optionalText, page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { AuditPage } from './pages/audit.tsx';
import { UserPage } from './pages/user.tsx';
import { UsersPage } from './pages/users.tsx';
import { type AdminService, PAGE_SIZE } from './service.ts';

const usersQuery = z.object({
  q: optionalText(200),
  role: z
    .enum(['', 'user', 'admin'], 'invalid')
    .optional()
    .transform((v) => v || undefined),
  status: z
    .enum(['', 'active', 'deactivated'], 'invalid')
    .optional()
    .transform((v) => v || undefined),
  page: page(),
});
const confirmed = () => checkbox().refine((v) => v, 'user.confirm_required');
const roleBody = z.object({ role: z.enum(['user', 'admin'], 'invalid'), confirm_role: confirmed() });
// Reactivating gives nothing new, so only deactivation asks for the confirmation.
const activeBody = z.discriminatedUnion(
  'active',
  [
    z.object({ active: z.literal('yes') }),
    z.object({ active: z.literal('no'), confirm_active: confirmed() }),
  ],
  'invalid',
);
/** The actions are known once every feature has declared its own (see platform/feature.ts). */
const auditQuery = (actions: readonly string[]) =>
  z.object({
    action: z
      .enum(['', ...actions], 'invalid')
      .optional()
      .transform((v) => (v || undefined) as AuditAction | undefined),
    page: page(),
  });

export function adminPages(app: FastifyInstance, deps: Deps, svc: AdminService) {
  const actions = deps.audit.actions();
  const audit = auditQuery(actions);
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

  const userPage = async (
    req: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    forms: { role?: FormState; active?: FormState },
    status = 200,
  ) => {
    const user = await svc.getUser(req.user, idParam(req.params.id));
    return reply.page({
      title: user.name,
      status,
      body: (
        <UserPage user={user} roleForm={forms.role ?? emptyForm()} activeForm={forms.active ?? emptyForm()} />
      ),
    });
  };
  app.get<{ Params: { id: string } }>('/admin/users/:id', (req, reply) => userPage(req, reply, {}));

  app.post<{ Params: { id: string } }>('/admin/users/:id/role', (req, reply) =>
    submitForm(
      req,
      roleBody,
      (form, status) => userPage(req, reply, { role: form }, status),
      async ({ role }) => {
        const id = idParam(req.params.id);
        await svc.setRole(req.user, id, role, req.ip);
        return reply.flash({ kind: 'success', key: 'admin.users.role_changed' }).see(`/admin/users/${id}`);
      },
    ),
  );

  app.post<{ Params: { id: string } }>('/admin/users/:id/active', (req, reply) =>
    submitForm(
      req,
      activeBody,
      (form, status) => userPage(req, reply, { active: form }, status),
      async ({ active }) => {
        const id = idParam(req.params.id);
        await svc.setActive(req.user, id, active === 'yes', req.ip);
        const key = active === 'yes' ? 'admin.user.reactivated' : 'admin.user.deactivated';
        return reply.flash({ kind: 'success', key }).see(`/admin/users/${id}`);
      },
    ),
  );

  app.get('/admin/audit', async (req, reply) => {
    const f = parseOr400(audit, req.query);
    const { rows, total } = await svc.listAudit(req.user, f);
    return reply.page({
      title: translator(req.locale)('admin.audit.title'),
      body: (
        <AuditPage
          rows={rows}
          total={total}
          page={f.page}
          pageSize={PAGE_SIZE}
          action={f.action}
          actions={actions}
        />
      ),
    });
  });
}

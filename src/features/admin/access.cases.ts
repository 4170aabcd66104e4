import { adminOnly, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each admin route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/admin/users': { url: () => '/fr/admin/users', expect: adminOnly(ok) },
  'GET /:l/admin/users/:id': { url: (c) => `/fr/admin/users/${c.adminId}`, expect: adminOnly(ok) },
  'POST /:l/admin/users/:id/role': {
    url: (c) => `/fr/admin/users/${c.adminId}/role`,
    form: () => ({ role: 'admin', confirm_role: 'yes' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/users/' }),
  },
  // Reactivating an active account changes nothing, so every role can try it without locking anyone out.
  'POST /:l/admin/users/:id/active': {
    url: (c) => `/fr/admin/users/${c.adminId}/active`,
    form: () => ({ active: 'yes' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/users/' }),
  },
  'GET /:l/admin/audit': { url: () => '/fr/admin/audit', expect: adminOnly(ok) },
};

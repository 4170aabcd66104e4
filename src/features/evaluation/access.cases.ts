import { adminOnly, type Cases, members, ok } from '../../../test/helpers/access.ts';

/** Who may use each evaluation route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/organisations/:id/evaluation': {
    url: (c) => `/fr/organisations/${c.orgA}/evaluation`,
    expect: members(ok),
  },
  'GET /:l/admin/evaluation': { url: () => '/fr/admin/evaluation', expect: adminOnly(ok) },
  'GET /:l/admin/evaluation/download.pdf': {
    url: () => '/fr/admin/evaluation/download.pdf',
    expect: adminOnly(ok),
  },
  'GET /:l/admin/evaluation/download.html': {
    url: () => '/fr/admin/evaluation/download.html',
    expect: adminOnly(ok),
  },
};

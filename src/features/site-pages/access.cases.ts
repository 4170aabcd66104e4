import { adminOnly, all, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each site-pages route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/accessibility': { url: () => '/fr/accessibility', expect: all(ok) },
  'GET /:l/privacy': { url: () => '/fr/privacy', expect: all(ok) },
  'GET /:l/legal': { url: () => '/fr/legal', expect: all(ok) },
  'GET /:l/contact': { url: () => '/fr/contact', expect: all(ok) },
  'GET /:l/admin/site-pages': { url: () => '/fr/admin/site-pages', expect: adminOnly(ok) },
  'GET /:l/admin/site-pages/:slug/edit': {
    url: () => '/fr/admin/site-pages/legal/edit',
    expect: adminOnly(ok),
  },
  'POST /:l/admin/site-pages/:slug/edit': {
    url: () => '/fr/admin/site-pages/legal/edit',
    form: (n) => ({ body_fr: `Mentions ${n}` }),
    expect: adminOnly({ status: 303, to: '/fr/legal' }),
  },
};

import { adminOnly, all, type Cases, ok } from '../../../test/helpers/access.ts';
import { LOCALES } from '../../platform/i18n/index.ts';

/** Who may use each obstacles route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/obstacles': { url: () => '/fr/obstacles', expect: all(ok) },
  'GET /:l/obstacles/:slug': { url: () => '/fr/obstacles/no-device', expect: all(ok) },
  'GET /api/v1/obstacles': { url: () => '/api/v1/obstacles', expect: all(ok) },
  'GET /:l/admin/obstacles/new': { url: () => '/fr/admin/obstacles/new', expect: adminOnly(ok) },
  'POST /:l/admin/obstacles/new': {
    url: () => '/fr/admin/obstacles/new',
    form: (n) => ({
      slug: `obstacle-${n}`,
      ...Object.fromEntries(
        LOCALES.flatMap((l) => [
          [`name_${l}`, `O ${n}`],
          [`description_${l}`, `D ${n}`],
        ]),
      ),
    }),
    expect: adminOnly({ status: 303, to: '/fr/obstacles/' }),
  },
  'GET /:l/admin/obstacles/:id/edit': {
    url: (c) => `/fr/admin/obstacles/${c.obstacle}/edit`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/obstacles/:id/edit': {
    url: (c) => `/fr/admin/obstacles/${c.obstacle}/edit`,
    form: () => ({
      slug: 'no-device',
      ...Object.fromEntries(
        LOCALES.flatMap((l) => [
          [`name_${l}`, 'No device'],
          [`description_${l}`, 'None'],
        ]),
      ),
    }),
    expect: adminOnly({ status: 303, to: '/fr/obstacles/no-device' }),
  },
};

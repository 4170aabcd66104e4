import { adminOnly, all, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each charter route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/charter': { url: () => '/fr/charter', expect: all(ok) },
  'GET /:l/admin/charter': { url: () => '/fr/admin/charter', expect: adminOnly(ok) },
  'POST /:l/admin/charter/:version/publish': {
    url: () => '/fr/admin/charter/1/publish',
    form: () => ({}),
    expect: adminOnly({ status: 409 }),
  },
};

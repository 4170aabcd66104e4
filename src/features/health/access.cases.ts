import { all, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each health route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /healthz': { url: () => '/healthz', expect: all(ok) },
  'GET /readyz': { url: () => '/readyz', expect: all(ok) },
};

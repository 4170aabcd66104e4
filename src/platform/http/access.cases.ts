import { all, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each http route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /static/:file': { url: (c) => c.asset, expect: all(ok) },
};

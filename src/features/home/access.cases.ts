import { all, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each home route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /': { url: () => '/', expect: all({ status: 302 }) },
  'GET /:l': { url: () => '/fr', expect: all(ok) },
};

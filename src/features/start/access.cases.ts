import { type Cases, ok, signedIn } from '../../../test/helpers/access.ts';

/** Who may use each start route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/start': { url: () => '/fr/start', expect: signedIn(ok) },
};

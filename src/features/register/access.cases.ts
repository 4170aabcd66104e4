import { all, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each register route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /api/v1/signatories': { url: () => '/api/v1/signatories', expect: all(ok) },
  'GET /open-data/signatories.csv': { url: () => '/open-data/signatories.csv', expect: all(ok) },
  'GET /open-data/signatories.json': { url: () => '/open-data/signatories.json', expect: all(ok) },
  'GET /:l/signatories': { url: () => '/fr/signatories', expect: all(ok) },
  'GET /:l/signatories/:slug': { url: (c) => `/fr/signatories/${c.orgBSlug}`, expect: all(ok) },
};

import { all, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each ledger route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /api/v1/ledger': { url: () => '/api/v1/ledger', expect: all(ok) },
  'GET /api/v1/ledger/verify': { url: () => '/api/v1/ledger/verify', expect: all(ok) },
  'GET /:l/ledger': { url: () => '/fr/ledger', expect: all(ok) },
  'GET /:l/ledger/verify': { url: () => '/fr/ledger/verify', expect: all(ok) },
  'GET /:l/ledger/:seq': { url: () => '/fr/ledger/1', expect: all(ok) },
};

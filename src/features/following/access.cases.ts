import { type Cases, ok, signedIn } from '../../../test/helpers/access.ts';

/** Who may use each following route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/following': { url: () => '/fr/following', expect: signedIn(ok) },
  'POST /:l/following': {
    url: () => '/fr/following',
    form: () => ({ commitments: 'C2' }),
    expect: signedIn({ status: 303, to: '/fr/following' }),
  },
  'POST /:l/following/obstacles/:id': {
    url: (c) => `/fr/following/obstacles/${c.obstacle}`,
    form: () => ({ on: '1' }),
    expect: signedIn({ status: 303, to: '/fr/obstacles/no-device' }),
  },
};

import { all, type Cases, members, no, ok } from '../../../test/helpers/access.ts';

/** Who may use each referrals route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/organisations/:id/referrals': {
    url: (c) => `/fr/organisations/${c.orgA}/referrals`,
    expect: members(ok),
  },
  'POST /:l/organisations/:id/referrals': {
    url: (c) => `/fr/organisations/${c.orgA}/referrals`,
    form: (n) => ({ email: `friend-${n}@example.be`, lang: 'nl' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  // The emailed link keeps its token in a cookie; the next case reads it (agents keep their cookies).
  'GET /:l/join/:token': {
    url: (c) => `/fr/join/${c.referral}`,
    expect: all({ status: 303, to: '/fr/join' }),
  },
  'GET /:l/join': { url: () => '/fr/join', expect: all(ok) },
};

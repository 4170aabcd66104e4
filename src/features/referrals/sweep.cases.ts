import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The invitation's link and the registration form it opens; the invitation to another organisation sent empty. */
export const sweep: SweepCases = {
  pages: [
    { as: 'anonymous', url: (c) => `/fr/join/${c.referral}` },
    { as: 'representative', url: (c) => `/fr/organisations/new?referral=${c.referral}` },
  ],
  errors: [{ as: 'representative', url: (c) => `/fr/organisations/${c.orgB}/referrals` }],
};

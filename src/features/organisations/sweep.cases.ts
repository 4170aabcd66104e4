import type { SweepCases } from '../../../test/helpers/sweep.ts';

/**
 * The list of signatories filtered, and with nothing found; a member's invitation as its link opens it; the
 * registration form sent empty.
 */
export const sweep: SweepCases = {
  pages: [
    { as: 'anonymous', url: (c) => `/fr/invitations/${c.invitation}` },
    { as: 'anonymous', url: () => '/fr/signatories?q=test&sector=private' },
    { as: 'anonymous', url: () => '/fr/signatories?q=nothing-matches' },
  ],
  errors: [{ as: 'representative', url: () => '/fr/organisations/new' }],
};

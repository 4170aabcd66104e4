import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The page for an address that leads nowhere. */
export const sweep: SweepCases = {
  pages: [{ as: 'anonymous', url: () => '/fr/no-such-page' }],
};

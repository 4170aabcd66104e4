import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The proposed joint actions; the proposal form and the joint action's own form sent empty. */
export const sweep: SweepCases = {
  pages: [{ as: 'anonymous', url: () => '/fr/joint-actions?status=proposed' }],
  errors: [
    { as: 'representative', url: (c) => `/fr/organisations/${c.orgA}/joint-actions/new` },
    { as: 'representative', url: (c) => `/fr/joint-actions/${c.jointAction}` },
  ],
};

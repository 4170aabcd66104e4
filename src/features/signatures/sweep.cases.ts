import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The signing form sent empty (A has withdrawn, so it may sign again). */
export const sweep: SweepCases = {
  errors: [{ as: 'representative', url: (c) => `/fr/organisations/${c.orgA}/sign` }],
};

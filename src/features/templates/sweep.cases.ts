import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The suggestion form without its title. */
export const sweep: SweepCases = {
  errors: [{ as: 'admin', url: () => '/fr/admin/templates/new', fill: { '#f-title_fr': '' } }],
};

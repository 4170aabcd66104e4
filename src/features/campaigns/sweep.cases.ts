import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** A campaign with A's support; past campaigns; the campaign form without its title. */
export const sweep: SweepCases = {
  setup: (c) => c.supportA(),
  pages: [{ as: 'anonymous', url: () => '/fr/campaigns?when=past' }],
  errors: [{ as: 'admin', url: () => '/fr/admin/campaigns/new', fill: { '#f-title_fr': '' } }],
};

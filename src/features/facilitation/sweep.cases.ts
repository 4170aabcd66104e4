import type { SweepCases } from '../../../test/helpers/sweep.ts';

/**
 * Enough sessions at A for the figures to show groups and hide small ones; the helper's own pages; and the
 * forms sent with mistakes: a session without its choices, the code unsigned, an invitation without an address,
 * a network without a name.
 */
export const sweep: SweepCases = {
  setup: (c) => c.logSessions(24),
  pages: [
    { as: 'helper', url: () => '/fr/facilitation' },
    { as: 'helper', url: () => '/fr/facilitation/log' },
    { as: 'representative', url: (c) => `/fr/facilitation/structures/${c.orgA}/figures?kind=individual` },
    { as: 'anonymous', url: () => '/fr/facilitation/figures?region=brussels&theme=eid' },
  ],
  errors: [
    { as: 'helper', url: () => '/fr/facilitation/log', fill: { '#f-happenedOn': '' } },
    { as: 'helper', url: () => '/fr/facilitation/sign' },
    {
      as: 'representative',
      url: (c) => `/fr/facilitation/structures/${c.orgA}/team`,
      submit: 'main form[action$="/team"] button[type=submit]',
    },
    {
      as: 'admin',
      url: () => '/fr/facilitation/networks',
      submit: 'main form[action$="/networks"] button[type=submit]',
    },
  ],
};

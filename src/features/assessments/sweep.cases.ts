import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The index's last step sent before the sections are done, and a section with an answer that is not a number. */
export const sweep: SweepCases = {
  errors: [
    { as: 'representative', url: (c) => `/fr/organisations/${c.orgA}/index/${c.indexDraft}/check` },
    {
      as: 'representative',
      url: (c) => `/fr/organisations/${c.orgA}/index/${c.indexDraft}/skills`,
      fill: { '#f-ski-emp-trained': 'beaucoup' },
    },
  ],
};

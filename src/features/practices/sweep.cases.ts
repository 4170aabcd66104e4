import type { SweepCases } from '../../../test/helpers/sweep.ts';

/**
 * A's adoption of another's practice; a search; a draft as the secretariat sees it (to publish or return);
 * the practice form sent empty, the PDF form without a file, and the adoption form without its note.
 */
export const sweep: SweepCases = {
  setup: (c) => c.adoptA(),
  pages: [
    { as: 'anonymous', url: () => '/fr/practices?q=ateliers&lang=fr&commitment=C1' },
    { as: 'admin', url: (c) => `/fr/practices/${c.draft}` },
  ],
  errors: [
    { as: 'representative', url: (c) => `/fr/organisations/${c.orgA}/practices/new` },
    {
      as: 'representative',
      url: (c) => `/fr/practices/${c.draft}`,
      submit: 'main form[enctype="multipart/form-data"] button[type=submit]',
    },
    {
      as: 'representative',
      url: (c) => `/fr/practices/${c.otherPractice}`,
      fill: { '#f-note': '' },
      submit: 'main form[action$="/adoption"] button[type=submit]',
    },
  ],
};

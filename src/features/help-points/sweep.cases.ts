import type { SweepCases } from '../../../test/helpers/sweep.ts';

/**
 * The finder empty, with every filter, for a place it does not know, and with nothing that matches; the report
 * form; a structure's points, a new and a saved point's form, a point's reports, the secretariat's queue, the
 * import form and a dry run.
 */
export const sweep: SweepCases = {
  pages: [
    { as: 'anonymous', url: () => '/fr/help-points' },
    {
      as: 'anonymous',
      url: () =>
        '/fr/help-points?where=Schaarbeek&service=wifi&open=at&day=Tu&time=10:00&walkIn=yes&language=nl&accessibility=step_free&audience=older_people&kind=epn',
    },
    { as: 'anonymous', url: () => '/fr/help-points?where=Atlantis' },
    { as: 'anonymous', url: () => '/fr/help-points?where=8400&service=device_lending' },
    { as: 'anonymous', url: (c) => `/fr/help-points/${c.helpPoint}/report` },
    { as: 'representative', url: (c) => `/fr/help-points/structures/${c.orgA}` },
    { as: 'representative', url: (c) => `/fr/help-points/structures/${c.orgA}/new` },
    { as: 'representative', url: (c) => `/fr/help-points/${c.helpPoint}/edit` },
    { as: 'representative', url: (c) => `/fr/help-points/${c.helpPoint}/reports` },
    { as: 'admin', url: () => '/fr/admin/help-points' },
    { as: 'admin', url: () => '/fr/admin/help-points/import' },
    { as: 'admin', url: async (c) => `/fr/admin/help-points/import/${await c.newHelpPointImport()}` },
  ],
};

import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The finder empty, with every filter, for a place it does not know, and with nothing that matches. */
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
  ],
};

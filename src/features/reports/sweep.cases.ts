import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The secretariat's list of those who have not reported; B's owed report sent empty. */
export const sweep: SweepCases = {
  pages: [{ as: 'admin', url: () => '/fr/admin/reports?status=non_reporting&sector=private' }],
  errors: [{ as: 'representative', url: (c) => `/fr/organisations/${c.orgB}/reports/${c.reportYear}` }],
};

import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** The journal filtered by an action. */
export const sweep: SweepCases = {
  pages: [{ as: 'admin', url: () => '/fr/admin/audit?action=auth.sign_in.success' }],
};

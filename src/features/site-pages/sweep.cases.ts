import type { SweepCases } from '../../../test/helpers/sweep.ts';
import { LOCALES } from '../../platform/i18n/index.ts';

/** A footer page with every language emptied. */
export const sweep: SweepCases = {
  errors: [
    {
      as: 'admin',
      url: () => '/fr/admin/site-pages/privacy/edit',
      fill: Object.fromEntries(LOCALES.map((l) => [`#f-body_${l}`, ''])),
    },
  ],
};

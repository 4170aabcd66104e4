import { all, type Cases, ok } from '../../../test/helpers/access.ts';

/** The finder and a point's page are public: everyone sees the same. */
export const cases: Cases = {
  'GET /:l/help-points': { url: () => '/fr/help-points?where=1030&service=wifi', expect: all(ok) },
  'GET /:l/help-points/:id': { url: (c) => `/fr/help-points/${c.helpPoint}`, expect: all(ok) },
};

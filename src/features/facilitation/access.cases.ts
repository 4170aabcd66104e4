import { all, type Cases, ok } from '../../../test/helpers/access.ts';

/** Who may use each facilitation route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/ethics': { url: () => '/fr/ethics', expect: all(ok) },
  'GET /:l/ethics/code-of-ethics.pdf': { url: () => '/fr/ethics/code-of-ethics.pdf', expect: all(ok) },
};

import { adminOnly, all, type Cases, members, no, ok } from '../../../test/helpers/access.ts';

/** Who may use each campaigns route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/campaigns': { url: () => '/fr/campaigns', expect: all(ok) },
  'GET /:l/campaigns/:id': { url: (c) => `/fr/campaigns/${c.campaign}`, expect: all(ok) },
  // A has withdrawn its signature (see below): its members pass the access check, then meet the rule.
  'POST /:l/campaigns/:id/support': {
    url: (c) => `/fr/campaigns/${c.campaign}/support`,
    form: (_n, c) => ({ organisationId: c.orgA, contribution: 'Ateliers' }),
    expect: members({ status: 422 }, no),
  },
  'POST /:l/campaigns/:id/withdraw': {
    url: async (c) => {
      await c.supportA();
      return `/fr/campaigns/${c.campaign}/withdraw`;
    },
    form: (_n, c) => ({ organisationId: c.orgA }),
    expect: members({ status: 303, to: '/fr/campaigns/' }, no),
  },
  'GET /:l/admin/campaigns/new': { url: () => '/fr/admin/campaigns/new', expect: adminOnly(ok) },
  'POST /:l/admin/campaigns/new': {
    url: () => '/fr/admin/campaigns/new',
    form: () => ({
      title_fr: 'Semaine',
      description_fr: 'Une semaine',
      startsOn: '2026-03-01',
      endsOn: '2026-03-07',
      commitments: 'C8',
    }),
    expect: adminOnly({ status: 303, to: '/fr/campaigns/' }),
  },
  'GET /:l/admin/campaigns/:id/edit': {
    url: (c) => `/fr/admin/campaigns/${c.campaign}/edit`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/campaigns/:id/edit': {
    url: (c) => `/fr/admin/campaigns/${c.campaign}/edit`,
    form: () => ({
      title_nl: 'Week',
      description_nl: 'Een week',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      commitments: 'C6',
    }),
    expect: adminOnly({ status: 303, to: '/fr/campaigns/' }),
  },
};

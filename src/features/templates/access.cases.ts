import { adminOnly, type Cases, members, no, ok } from '../../../test/helpers/access.ts';

/** Who may use each templates route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/admin/templates': { url: () => '/fr/admin/templates', expect: adminOnly(ok) },
  'GET /:l/admin/templates/new': { url: () => '/fr/admin/templates/new', expect: adminOnly(ok) },
  'POST /:l/admin/templates/new': {
    controls: ['published'], // a box: any value ticks it
    url: () => '/fr/admin/templates/new',
    form: (n) => ({ commitment: 'C4', title_fr: `Former ${n} personnes`, published: 'yes' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/templates' }),
  },
  'GET /:l/admin/templates/:id/edit': {
    url: (c) => `/fr/admin/templates/${c.template}/edit`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/templates/:id/edit': {
    controls: ['published'], // a box: any value ticks it
    url: (c) => `/fr/admin/templates/${c.template}/edit`,
    form: () => ({ commitment: 'C4', title_en: 'Train staff', published: 'yes' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/templates' }),
  },
  'POST /:l/organisations/:id/plan/templates/:tid/adopt': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/templates/${c.template}/adopt`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
};

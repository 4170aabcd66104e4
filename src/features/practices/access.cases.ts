import { adminOnly, all, type Cases, members, no, ok } from '../../../test/helpers/access.ts';

const practiceForm = (n: number) => ({
  title: `Pratique ${n}`,
  summary: 'Un résumé',
  body: 'Le détail',
  lang: 'fr',
  commitments: 'C1',
  sector: 'private',
  region: 'brussels',
});

/** Who may use each practices route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/practices': { url: () => '/fr/practices', expect: all(ok) },
  'GET /api/v1/practices': { url: () => '/api/v1/practices?q=atelier', expect: all(ok) },
  'GET /:l/practices/:id': { url: (c) => `/fr/practices/${c.practice}`, expect: all(ok) },
  // Not published yet: only A's members and the secretariat see it.
  'GET /:l/practices/:id/edit': { url: (c) => `/fr/practices/${c.draft}/edit`, expect: members(ok, no) },
  'POST /:l/practices/:id/edit': {
    controls: ['sector', 'region'], // not read: a practice takes its organisation's
    url: (c) => `/fr/practices/${c.draft}/edit`,
    form: practiceForm,
    expect: members({ status: 303, to: '/fr/practices/' }, no),
  },
  'GET /:l/organisations/:id/practices/new': {
    url: (c) => `/fr/organisations/${c.orgA}/practices/new`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/practices/new': {
    controls: ['sector', 'region'], // not read: a practice takes its organisation's
    url: (c) => `/fr/organisations/${c.orgA}/practices/new`,
    form: practiceForm,
    expect: members({ status: 303, to: '/fr/practices/' }, no),
  },
  // A PDF of the draft: its members and the secretariat only.
  'GET /:l/practices/:id/attachments/:attachmentId': {
    url: (c) => `/fr/practices/${c.draft}/attachments/${c.attachment}`,
    expect: { ...members(ok), anonymous: { status: 404 } },
  },
  // Sent without a file (a plain form): members pass the access check, then meet the rule.
  'POST /:l/practices/:id/attachments': {
    url: (c) => `/fr/practices/${c.draft}/attachments`,
    form: () => ({}),
    expect: members({ status: 422 }, no),
  },
  'POST /:l/practices/:id/attachments/:attachmentId/delete': {
    url: async (c) => `/fr/practices/${c.draft}/attachments/${await c.newAttachment()}/delete`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/practices/' }, no),
  },
  // A has withdrawn its signature: its members pass the access check, then meet the rule.
  'POST /:l/practices/:id/adoption': {
    url: (c) => `/fr/practices/${c.otherPractice}/adoption`,
    form: (_n, c) => ({ organisationId: c.orgA, note: 'Repris chez nous' }),
    expect: members({ status: 422 }, no),
  },
  'POST /:l/practices/:id/adoption/withdraw': {
    url: async (c) => {
      await c.adoptA();
      return `/fr/practices/${c.otherPractice}/adoption/withdraw`;
    },
    form: (_n, c) => ({ organisationId: c.orgA }),
    expect: members({ status: 303, to: '/fr/practices/' }, no),
  },
  'GET /open-data/practices.csv': { url: () => '/open-data/practices.csv', expect: all(ok) },
  'GET /open-data/practices.json': { url: () => '/open-data/practices.json', expect: all(ok) },
  'GET /:l/admin/practices': { url: () => '/fr/admin/practices', expect: adminOnly(ok) },
  'POST /:l/admin/practices/:id/publish': {
    url: async (c) => `/fr/admin/practices/${await c.newDraft()}/publish`,
    form: () => ({}),
    expect: adminOnly({ status: 303, to: '/fr/admin/practices' }),
  },
  'POST /:l/admin/practices/:id/return': {
    url: async (c) => `/fr/admin/practices/${await c.newDraft()}/return`,
    form: () => ({ comment: 'Ajoutez des chiffres.' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/practices' }),
  },
};

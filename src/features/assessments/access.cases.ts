import { all, type Cases, members, no, ok } from '../../../test/helpers/access.ts';

/** Who may use each assessments route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/organisations/:id/index': { url: (c) => `/fr/organisations/${c.orgA}/index`, expect: members(ok) },
  'POST /:l/organisations/:id/index/start': {
    url: (c) => `/fr/organisations/${c.orgA}/index/start`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/organisations/:id/index/:aid/:section': {
    url: (c) => `/fr/organisations/${c.orgA}/index/${c.indexDraft}/skills`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/index/:aid/:section': {
    controls: ['go'], // which button: anything but "later" goes on
    url: (c) => `/fr/organisations/${c.orgA}/index/${c.indexDraft}/skills`,
    form: () => ({ 'ski-emp-help': 'partly', go: 'next' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/organisations/:id/index/:aid/check': {
    url: (c) => `/fr/organisations/${c.orgA}/index/${c.indexDraft}/check`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/index/:aid/submit': {
    url: async (c) => `/fr/organisations/${c.orgB}/index/${await c.newCompleteDraft()}/submit`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/organisations/:id/index/:aid': {
    url: (c) => `/fr/organisations/${c.orgA}/index/${c.indexDone}`,
    expect: members(ok),
  },
  'GET /api/v1/index/summary': { url: () => '/api/v1/index/summary', expect: all(ok) },
};

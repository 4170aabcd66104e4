import { adminOnly, all, type Cases, members, no, ok } from '../../../test/helpers/access.ts';
import { SAFETY_MEASURES } from './schema.ts';

/** Who may use each plans route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/organisations/:id/training': {
    url: (c) => `/fr/organisations/${c.orgA}/training`,
    expect: members(ok),
  },
  'POST /:l/organisations/:id/training': {
    url: (c) => `/fr/organisations/${c.orgA}/training`,
    form: () => ({
      on: '2026-01-15',
      topic: 'Phishing',
      hours: '2',
      staffTrained: '12',
      audience: 'employees',
    }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/organisations/:id/safety': {
    url: (c) => `/fr/organisations/${c.orgA}/safety`,
    expect: members(ok),
  },
  'POST /:l/organisations/:id/safety': {
    url: (c) => `/fr/organisations/${c.orgA}/safety`,
    form: () => Object.fromEntries(SAFETY_MEASURES.map((m) => [m, 'planned'])),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/admin/plans': { url: () => '/fr/admin/plans', expect: adminOnly(ok) },
  'GET /admin/plans.csv': { url: () => '/admin/plans.csv', expect: adminOnly(ok) },
  'GET /api/v1/signatories/:id/plan': { url: (c) => `/api/v1/signatories/${c.orgA}/plan`, expect: all(ok) },
  'GET /:l/organisations/:id/plan': { url: (c) => `/fr/organisations/${c.orgA}/plan`, expect: members(ok) },
  'GET /:l/organisations/:id/plan/objectives/new': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/new`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/plan/objectives/new': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/new`,
    form: () => ({ commitment: 'C4', title: 'An objective' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/organisations/:id/plan/objectives/:oid/edit': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/${c.objective}/edit`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/plan/objectives/:oid/edit': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/${c.objective}/edit`,
    form: () => ({ commitment: 'C4', title: 'Renamed objective' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'POST /:l/organisations/:id/plan/objectives/:oid/delete': {
    url: async (c) => `/fr/organisations/${c.orgA}/plan/objectives/${await c.newObjective()}/delete`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'POST /:l/organisations/:id/plan/objectives/:oid/progress': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/${c.objective}/progress`,
    form: (_n, c) => ({ [`on-${c.objective}`]: '2026-01-01', [`note-${c.objective}`]: 'Progress' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/organisations/:id/plan/objectives/:oid/actions/new': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/${c.objective}/actions/new`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/plan/objectives/:oid/actions/new': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/${c.objective}/actions/new`,
    form: () => ({ title: 'An action', status: 'planned' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/organisations/:id/plan/actions/:aid/edit': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/actions/${c.action}/edit`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/plan/actions/:aid/edit': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/actions/${c.action}/edit`,
    form: () => ({ title: 'Renamed action', status: 'done' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
};

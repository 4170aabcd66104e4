import { all, type Cases, type Ctx, members, no, ok } from '../../../test/helpers/access.ts';

const jointActionForm = (c: Ctx) => ({
  title: 'Des ordinateurs pour tous',
  goal: 'Équiper des familles',
  plan: 'Collecter, réparer, donner',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  obstacles: c.obstacle,
});

/** Who may use each joint-actions route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/joint-actions': { url: () => '/fr/joint-actions', expect: all(ok) },
  'GET /api/v1/joint-actions': { url: () => '/api/v1/joint-actions?status=proposed', expect: all(ok) },
  'GET /:l/joint-actions/:id': { url: (c) => `/fr/joint-actions/${c.jointAction}`, expect: all(ok) },
  'GET /:l/organisations/:id/joint-actions/new': {
    url: (c) => `/fr/organisations/${c.orgA}/joint-actions/new`,
    expect: members(ok, no),
  },
  // A is not an active signatory: its members are told so; nobody else gets that far.
  'POST /:l/organisations/:id/joint-actions/new': {
    url: (c) => `/fr/organisations/${c.orgA}/joint-actions/new`,
    form: (_n, c) => ({ ...jointActionForm(c), contribution: 'Des locaux' }),
    expect: members({ status: 422 }, no),
  },
  'GET /:l/joint-actions/:id/edit': {
    url: (c) => `/fr/joint-actions/${c.jointAction}/edit`,
    expect: members(ok),
  },
  'POST /:l/joint-actions/:id/edit': {
    url: (c) => `/fr/joint-actions/${c.jointAction}/edit`,
    form: (_n, c) => jointActionForm(c),
    expect: members({ status: 303, to: '/fr/joint-actions/' }, { status: 303, to: '/fr/joint-actions/' }),
  },
  'POST /:l/joint-actions/:id/status': {
    url: async (c) => `/fr/joint-actions/${await c.newJointAction()}/status`,
    form: () => ({ status: 'running' }),
    expect: members({ status: 303, to: '/fr/joint-actions/' }, { status: 303, to: '/fr/joint-actions/' }),
  },
  'POST /:l/joint-actions/:id/join': {
    url: (c) => `/fr/joint-actions/${c.jointAction}/join`,
    form: (_n, c) => ({ organisationId: c.orgA, contribution: 'Des locaux' }),
    expect: members({ status: 422 }, no),
  },
  'POST /:l/joint-actions/:id/leave': {
    url: (c) => `/fr/joint-actions/${c.jointAction}/leave`,
    form: (_n, c) => ({ organisationId: c.orgA }),
    expect: members({ status: 409 }, no),
  },
  'POST /:l/joint-actions/:id/updates': {
    url: (c) => `/fr/joint-actions/${c.jointAction}/updates`,
    form: (n, c) => ({ organisationId: c.orgA, body: `Nouvelles ${n}` }),
    expect: members({ status: 303, to: '/fr/joint-actions/' }, no),
  },
};

import {
  adminOnly,
  all,
  type Cases,
  type Ctx,
  coordinators,
  helpers,
  members,
  no,
  ok,
  signedIn,
  signInFirst,
} from '../../../test/helpers/access.ts';

const notFound = { status: 404 };
const session = (c: Ctx, over: Record<string, string> = {}) => ({
  clientKey: crypto.randomUUID(),
  kind: 'individual',
  organisationId: c.orgA,
  happenedOn: new Date().toISOString().slice(0, 10),
  duration: '30',
  place: 'structure',
  themes: 'eid',
  equipment: 'person_phone',
  autonomy: 'done_together',
  referral: 'none',
  ageBand: '65_74',
  situation: 'retired',
  visit: 'first',
  ...over,
});

/** One view of the figures in its three forms: the page, its CSV and its XLSX. */
const threeForms = (path: string, url: (c: Ctx) => string, expect: Cases[string]['expect']): Cases =>
  Object.fromEntries(
    ['', '.csv', '.xlsx'].map((ext) => [
      `GET /:l${path}${ext}`,
      { url: (c: Ctx) => url(c).replace(/(\?|$)/, `${ext}$1`), expect },
    ]),
  );

/**
 * Who may use each facilitation route (see test/http/authorization.test.ts, which runs them all). The editor
 * and representative manage A; the helper helps at A; the coordinator coordinates a network of A and B.
 */
export const cases: Cases = {
  'GET /:l/ethics': { url: () => '/fr/ethics', expect: all(ok) },
  'GET /:l/ethics/code-of-ethics.pdf': { url: () => '/fr/ethics/code-of-ethics.pdf', expect: all(ok) },
  'GET /:l/facilitation': { url: () => '/fr/facilitation', expect: signedIn(ok) },
  'GET /:l/facilitation/sign': {
    url: (c) => `/fr/facilitation/sign?structure=${c.orgA}`,
    expect: helpers(ok),
  },
  'POST /:l/facilitation/sign': {
    url: () => '/fr/facilitation/sign',
    form: (_n, c) => ({ organisationId: c.orgA, read: 'yes' }),
    expect: helpers({ status: 303, to: '/fr/facilitation/signatures/' }),
  },
  // The receipt: the helper who signed (not a role here) and A's managers.
  'GET /:l/facilitation/signatures/:id': {
    url: (c) => `/fr/facilitation/signatures/${c.ethicsSignature}`,
    expect: members(ok, no),
  },
  'POST /:l/facilitation/signatures/:id/countersign': {
    url: async (c) => `/fr/facilitation/signatures/${await c.newEthicsSignature()}/countersign`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/facilitation/structures/' }, no),
  },
  'GET /:l/facilitation/structures/:id': {
    url: (c) => `/fr/facilitation/structures/${c.orgA}`,
    expect: all(ok),
  },
  'GET /:l/facilitation/structures/:id/team': {
    url: (c) => `/fr/facilitation/structures/${c.orgA}/team`,
    expect: members(ok, no),
  },
  'POST /:l/facilitation/structures/:id/team': {
    url: (c) => `/fr/facilitation/structures/${c.orgA}/team`,
    form: (n) => ({ email: `new-helper-${n}@example.be` }),
    expect: members({ status: 303, to: '/fr/facilitation/structures/' }, no),
  },
  'POST /:l/facilitation/structures/:id/team/remove': {
    url: (c) => `/fr/facilitation/structures/${c.orgA}/team/remove`,
    // Someone who is not on the team: a manager is told so; nobody else gets that far.
    form: (_n, c) => ({ userId: c.founderA.id }),
    expect: members(notFound, no),
  },
  'POST /:l/facilitation/structures/:id/shares': {
    url: (c) => `/fr/facilitation/structures/${c.orgA}/shares`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/facilitation/structures/' }, no),
  },
  'POST /:l/facilitation/shares/:id/revoke': {
    url: async (c) => `/fr/facilitation/shares/${await c.newShare()}/revoke`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/facilitation/structures/' }, no),
  },
  'GET /:l/facilitation/invitations/:token': {
    url: (c) => `/fr/facilitation/invitations/${c.helperInvitation}`,
    expect: all({ status: 303, to: '/fr/facilitation/invitations' }),
  },
  'GET /:l/facilitation/invitations': { url: () => '/fr/facilitation/invitations', expect: all(ok) },
  'POST /:l/facilitation/invitations': {
    url: () => '/fr/facilitation/invitations',
    form: () => ({}),
    // The invitation is for another address than any of these people's.
    expect: { ...all(no), anonymous: signInFirst },
  },
  'GET /:l/facilitation/log': { url: () => '/fr/facilitation/log?kind=collective', expect: helpers(ok) },
  'POST /:l/facilitation/log': {
    url: () => '/fr/facilitation/log',
    form: (_n, c) => session(c),
    expect: helpers({ status: 303, to: '/fr/facilitation/entries' }),
  },
  'GET /:l/facilitation/entries': { url: () => '/fr/facilitation/entries', expect: signedIn(ok) },
  // Another helper's entry: nobody but its author ever reads it, not its structure nor its network.
  'GET /:l/facilitation/entries/:id': {
    url: (c) => `/fr/facilitation/entries/${c.entry}`,
    expect: signedIn(notFound),
  },
  'POST /:l/facilitation/entries/:id': {
    url: (c) => `/fr/facilitation/entries/${c.entry}`,
    form: (_n, c) => session(c),
    expect: signedIn(notFound),
  },
  'POST /:l/facilitation/entries/:id/delete': {
    url: (c) => `/fr/facilitation/entries/${c.entry}/delete`,
    form: () => ({}),
    expect: signedIn(notFound),
  },
  ...threeForms('/facilitation/figures', () => '/fr/facilitation/figures?region=brussels', all(ok)),
  ...threeForms('/facilitation/figures/mine', () => '/fr/facilitation/figures/mine', signedIn(ok)),
  ...threeForms(
    '/facilitation/structures/:id/figures',
    (c) => `/fr/facilitation/structures/${c.orgA}/figures`,
    members(ok, no),
  ),
  ...threeForms(
    '/facilitation/networks/:id/figures',
    (c) => `/fr/facilitation/networks/${c.network}/figures`,
    coordinators(ok),
  ),
  ...threeForms('/facilitation/shared/:token', (c) => `/fr/facilitation/shared/${c.shareToken}`, all(ok)),
  'GET /:l/facilitation/structures/:id/entries.csv': {
    url: (c) => `/fr/facilitation/structures/${c.orgA}/entries.csv`,
    expect: members(ok, no),
  },
  'GET /:l/facilitation/networks': { url: () => '/fr/facilitation/networks', expect: adminOnly(ok) },
  'POST /:l/facilitation/networks': {
    url: () => '/fr/facilitation/networks',
    form: (n) => ({ name: `Réseau ${n}` }),
    expect: adminOnly({ status: 303, to: '/fr/facilitation/networks/' }),
  },
  'GET /:l/facilitation/networks/:id': {
    url: (c) => `/fr/facilitation/networks/${c.network}`,
    expect: coordinators(ok),
  },
  'POST /:l/facilitation/networks/:id': {
    url: (c) => `/fr/facilitation/networks/${c.network}`,
    form: (_n, c) => ({ op: 'add_structure', organisationId: c.orgA }),
    expect: { ...coordinators({ status: 303, to: '/fr/facilitation/networks/' }), coordinator: no },
    controls: ['op'],
  },
  'POST /:l/facilitation/networks/:id/shares': {
    url: (c) => `/fr/facilitation/networks/${c.network}/shares`,
    form: () => ({}),
    expect: coordinators({ status: 303, to: '/fr/facilitation/networks/' }),
  },
  'GET /api/v1/facilitation/stats': {
    url: () => '/api/v1/facilitation/stats?kind=individual',
    expect: all(ok),
  },
};

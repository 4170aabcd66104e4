import { all, type Cases, members, no, ok, signedIn, signInFirst } from '../../../test/helpers/access.ts';
import { orgForm } from '../../../test/helpers/org.ts';

/** Who may use each organisations route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /logos/:id': { url: (c) => `/logos/${c.logoOrg}`, expect: all(ok) },
  'GET /:l/organisations': { url: () => '/fr/organisations', expect: signedIn(ok) },
  'GET /:l/organisations/new': { url: () => '/fr/organisations/new', expect: signedIn(ok) },
  'POST /:l/organisations/new': {
    url: () => '/fr/organisations/new',
    form: (n) => orgForm(5000 + n),
    expect: signedIn({ status: 303, to: '/fr/organisations/' }),
  },
  'GET /:l/organisations/:id': { url: (c) => `/fr/organisations/${c.orgA}`, expect: members(ok) },
  'POST /:l/organisations/:id/invitations': {
    url: (c) => `/fr/organisations/${c.orgA}/invitations`,
    form: (n) => ({ email: `invitee${n}@example.be`, role: 'editor' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  // The secretariat may edit any organisation; members' changes to a checked identity wait for it.
  'GET /:l/organisations/:id/edit': {
    url: (c) => `/fr/organisations/${c.orgA}/edit`,
    expect: members(ok),
  },
  'POST /:l/organisations/:id/edit': {
    controls: ['creatorRole'], // the new organisation's form has it; editing ignores it
    url: (c) => `/fr/organisations/${c.orgA}/edit`,
    form: (_n, c) => orgForm(1, { kbo: c.orgAKbo, legalName: 'Organisation A' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, { status: 303, to: '/fr/organisations/' }),
  },
  // As for /join: the link's cookie serves the two cases after it.
  'GET /:l/invitations/:token': {
    url: (c) => `/fr/invitations/${c.invitation}`,
    expect: all({ status: 303, to: '/fr/invitations' }),
  },
  'GET /:l/invitations': { url: () => '/fr/invitations', expect: all(ok) },
  'POST /:l/invitations': {
    url: () => '/fr/invitations',
    form: () => ({}),
    // The invitation is for another address than any of these people's.
    expect: { ...all(no), anonymous: signInFirst },
  },
};

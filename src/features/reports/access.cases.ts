import { adminOnly, all, type Cases, members, no, ok } from '../../../test/helpers/access.ts';

/** Who may use each reports route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/organisations/:id/reports': {
    url: (c) => `/fr/organisations/${c.orgB}/reports`,
    expect: members(ok),
  },
  'GET /:l/organisations/:id/reports/:year': {
    url: (c) => `/fr/organisations/${c.orgB}/reports/${c.reportYear}`,
    expect: members(ok),
  },
  // Saving a draft; who may submit is in reports.test.ts (the representative only).
  'POST /:l/organisations/:id/reports/:year': {
    controls: ['intent'], // which button: anything but "submit" saves
    url: (c) => `/fr/organisations/${c.orgB}/reports/${c.reportYear}`,
    form: () => ({ statement: 'Notre année', publicParts: 'plan', intent: 'save' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/organisations/:id/reports/:year/download.pdf': {
    url: (c) => `/fr/organisations/${c.orgA}/reports/${c.submittedYear}/download.pdf`,
    expect: members(ok),
  },
  'GET /:l/organisations/:id/reports/:year/download.html': {
    url: (c) => `/fr/organisations/${c.orgA}/reports/${c.submittedYear}/download.html`,
    expect: members(ok),
  },
  'GET /:l/signatories/:slug/reports/:year': {
    url: (c) => `/fr/signatories/${c.orgASlug}/reports/${c.submittedYear}`,
    expect: all(ok),
  },
  'GET /:l/signatories/:slug/reports/:year/download.pdf': {
    url: (c) => `/fr/signatories/${c.orgASlug}/reports/${c.submittedYear}/download.pdf`,
    expect: all(ok),
  },
  'GET /:l/signatories/:slug/reports/:year/download.html': {
    url: (c) => `/fr/signatories/${c.orgASlug}/reports/${c.submittedYear}/download.html`,
    expect: all(ok),
  },
  'GET /api/v1/signatories/:id/reports': {
    url: (c) => `/api/v1/signatories/${c.orgA}/reports`,
    expect: all(ok),
  },
  'GET /:l/admin/reports': { url: () => '/fr/admin/reports?status=active', expect: adminOnly(ok) },
  'GET /admin/reports.csv': { url: () => '/admin/reports.csv', expect: adminOnly(ok) },
};

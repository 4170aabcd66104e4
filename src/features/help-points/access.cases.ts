import { adminOnly, all, type Cases, members, ok } from '../../../test/helpers/access.ts';
import { helpPointPageForm } from '../../../test/helpers/help-points.ts';

const toList = { status: 303, to: '/fr/help-points/structures/' };

/**
 * The finder, a point's page, its door sheet and its report form are public: everyone sees the same. A's
 * members keep A's points, and the secretariat any; the secretariat alone has the queue of reports.
 */
export const cases: Cases = {
  'GET /:l/help-points': { url: () => '/fr/help-points?where=1030&service=wifi', expect: all(ok) },
  'GET /:l/help-points/:id': { url: (c) => `/fr/help-points/${c.helpPoint}`, expect: all(ok) },
  'GET /:l/help-points/:id/sheet.pdf': {
    url: (c) => `/fr/help-points/${c.helpPoint}/sheet.pdf`,
    expect: all(ok),
  },
  'GET /:l/help-points/:id/report': { url: (c) => `/fr/help-points/${c.helpPoint}/report`, expect: all(ok) },
  'POST /:l/help-points/:id/report': {
    url: (c) => `/fr/help-points/${c.helpPoint}/report`,
    form: () => ({ kind: 'wrong', message: 'Le numéro de téléphone ne répond pas.' }),
    expect: all({ status: 303, to: '/fr/help-points/' }),
    controls: ['kind'],
  },
  'GET /:l/help-points/structures/:id': {
    url: (c) => `/fr/help-points/structures/${c.orgA}`,
    expect: members(ok),
  },
  'GET /:l/help-points/structures/:id/new': {
    url: (c) => `/fr/help-points/structures/${c.orgA}/new`,
    expect: members(ok),
  },
  'POST /:l/help-points/structures/:id/new': {
    url: (c) => `/fr/help-points/structures/${c.orgA}/new`,
    form: (n) => helpPointPageForm({ name: `Bibliothèque de quartier ${n}` }),
    expect: members(toList, toList),
    controls: ['kind', 'access', 'free', 'services', 'languages', 'holidaysClosed'],
  },
  'GET /:l/help-points/:id/edit': { url: (c) => `/fr/help-points/${c.helpPoint}/edit`, expect: members(ok) },
  'POST /:l/help-points/:id/edit': {
    url: (c) => `/fr/help-points/${c.helpPoint}/edit`,
    form: () => helpPointPageForm({ name: 'Espace public numérique Colignon' }),
    expect: members(toList, toList),
    controls: ['kind', 'access', 'free', 'services', 'languages', 'holidaysClosed'],
  },
  'POST /:l/help-points/:id/confirm': {
    url: (c) => `/fr/help-points/${c.helpPoint}/confirm`,
    form: () => ({}),
    expect: members(toList, toList),
  },
  'GET /:l/help-points/:id/reports': {
    url: (c) => `/fr/help-points/${c.helpPoint}/reports`,
    expect: members(ok),
  },
  'POST /:l/help-points/reports/:id/resolve': {
    url: async (c) => `/fr/help-points/reports/${await c.newHelpPointReport()}/resolve`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/help-points/' }, { status: 303, to: '/fr/admin/help-points' }),
  },
  'GET /:l/admin/help-points': { url: () => '/fr/admin/help-points', expect: adminOnly(ok) },
  'GET /:l/admin/help-points/import': { url: () => '/fr/admin/help-points/import', expect: adminOnly(ok) },
  // Without a file, the form comes back with its message; the file itself is tried in help-points-import.test.ts.
  'POST /:l/admin/help-points/import': {
    url: () => '/fr/admin/help-points/import',
    form: () => ({ source: 'test-region' }),
    expect: adminOnly({ status: 422 }),
  },
  'GET /:l/admin/help-points/import/:id': {
    url: async (c) => `/fr/admin/help-points/import/${await c.newHelpPointImport()}`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/help-points/import/:id/apply': {
    url: async (c) => `/fr/admin/help-points/import/${await c.newHelpPointImport()}/apply`,
    form: () => ({}),
    expect: adminOnly({ status: 303, to: '/fr/admin/help-points' }),
  },
  'GET /open-data/help-points.csv': { url: () => '/open-data/help-points.csv', expect: all(ok) },
  'GET /open-data/help-points.geojson': { url: () => '/open-data/help-points.geojson', expect: all(ok) },
  'GET /open-data/data-inclusion/structures.json': {
    url: () => '/open-data/data-inclusion/structures.json',
    expect: all(ok),
  },
  'GET /open-data/data-inclusion/services.json': {
    url: () => '/open-data/data-inclusion/services.json',
    expect: all(ok),
  },
  'GET /api/v1/help-points': { url: () => '/api/v1/help-points?where=1030&open=now', expect: all(ok) },
};

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SAFETY_MEASURES } from '../../src/features/plans/schema.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { type Agent, startTestApp, type TestApp } from '../helpers/app.ts';
import { orgForm } from '../helpers/org.ts';
import { buildWorld, type Ctx, ROLES, type Role, routeCollector } from '../helpers/world.ts';

/**
 * Every route of the app, tried as each role. A route added without a line here fails the first test,
 * so no route ships without an authorization check. The world and its roles are in helpers/world.ts.
 */
interface Expect {
  status: number;
  /** Where a 303 must lead (a prefix). */
  to?: string;
}
interface Case {
  url: (c: Ctx) => string | Promise<string>;
  form?: (n: number, c: Ctx) => Record<string, string>;
  expect: Record<Role, Expect>;
}

const all = (e: Expect): Record<Role, Expect> => ({
  anonymous: e,
  user: e,
  editor: e,
  representative: e,
  admin: e,
});
const signInFirst = { status: 303, to: '/fr/sign-in' };
const ok = { status: 200 };
const no = { status: 403 };
const signedIn = (e: Expect): Record<Role, Expect> => ({ ...all(e), anonymous: signInFirst });
const adminOnly = (e: Expect): Record<Role, Expect> => ({
  anonymous: signInFirst,
  user: no,
  editor: no,
  representative: no,
  admin: e,
});
const members = (e: Expect, admin: Expect = ok): Record<Role, Expect> => ({
  anonymous: signInFirst,
  user: no,
  editor: e,
  representative: e,
  admin,
});
const representatives = (e: Expect): Record<Role, Expect> => ({
  anonymous: signInFirst,
  user: no,
  editor: no,
  representative: e,
  admin: no,
});
const signFields = { signerName: 'A Person', signerTitle: 'CEO', authorised: 'yes', accept: 'yes' };

const jointActionForm = (c: Ctx) => ({
  title: 'Des ordinateurs pour tous',
  goal: 'Équiper des familles',
  plan: 'Collecter, réparer, donner',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  obstacles: c.obstacle,
});

const practiceForm = (n: number) => ({
  title: `Pratique ${n}`,
  summary: 'Un résumé',
  body: 'Le détail',
  lang: 'fr',
  commitments: 'C1',
  sector: 'private',
  region: 'brussels',
});
const cases: Record<string, Case> = {
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
  'GET /:l/organisations/:id/evaluation': {
    url: (c) => `/fr/organisations/${c.orgA}/evaluation`,
    expect: members(ok),
  },
  'GET /:l/admin/evaluation': { url: () => '/fr/admin/evaluation', expect: adminOnly(ok) },
  'GET /:l/admin/evaluation/download.pdf': {
    url: () => '/fr/admin/evaluation/download.pdf',
    expect: adminOnly(ok),
  },
  'GET /:l/admin/evaluation/download.html': {
    url: () => '/fr/admin/evaluation/download.html',
    expect: adminOnly(ok),
  },
  'GET /:l/practices': { url: () => '/fr/practices', expect: all(ok) },
  'GET /api/v1/practices': { url: () => '/api/v1/practices?q=atelier', expect: all(ok) },
  'GET /:l/practices/:id': { url: (c) => `/fr/practices/${c.practice}`, expect: all(ok) },
  // Not published yet: only A's members and the secretariat see it.
  'GET /:l/practices/:id/edit': { url: (c) => `/fr/practices/${c.draft}/edit`, expect: members(ok, no) },
  'POST /:l/practices/:id/edit': {
    url: (c) => `/fr/practices/${c.draft}/edit`,
    form: practiceForm,
    expect: members({ status: 303, to: '/fr/practices/' }, no),
  },
  'GET /:l/organisations/:id/practices/new': {
    url: (c) => `/fr/organisations/${c.orgA}/practices/new`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/practices/new': {
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
  'GET /:l/following': { url: () => '/fr/following', expect: signedIn(ok) },
  'POST /:l/following': {
    url: () => '/fr/following',
    form: () => ({ commitments: 'C2' }),
    expect: signedIn({ status: 303, to: '/fr/following' }),
  },
  'POST /:l/following/obstacles/:id': {
    url: (c) => `/fr/following/obstacles/${c.obstacle}`,
    form: () => ({ on: '1' }),
    expect: signedIn({ status: 303, to: '/fr/obstacles/no-device' }),
  },
  'GET /:l/obstacles': { url: () => '/fr/obstacles', expect: all(ok) },
  'GET /:l/obstacles/:slug': { url: () => '/fr/obstacles/no-device', expect: all(ok) },
  'GET /api/v1/obstacles': { url: () => '/api/v1/obstacles', expect: all(ok) },
  'GET /:l/admin/obstacles/new': { url: () => '/fr/admin/obstacles/new', expect: adminOnly(ok) },
  'POST /:l/admin/obstacles/new': {
    url: () => '/fr/admin/obstacles/new',
    form: (n) => ({
      slug: `obstacle-${n}`,
      ...Object.fromEntries(
        LOCALES.flatMap((l) => [
          [`name_${l}`, `O ${n}`],
          [`description_${l}`, `D ${n}`],
        ]),
      ),
    }),
    expect: adminOnly({ status: 303, to: '/fr/obstacles/' }),
  },
  'GET /:l/admin/obstacles/:id/edit': {
    url: (c) => `/fr/admin/obstacles/${c.obstacle}/edit`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/obstacles/:id/edit': {
    url: (c) => `/fr/admin/obstacles/${c.obstacle}/edit`,
    form: () => ({
      slug: 'no-device',
      ...Object.fromEntries(
        LOCALES.flatMap((l) => [
          [`name_${l}`, 'No device'],
          [`description_${l}`, 'None'],
        ]),
      ),
    }),
    expect: adminOnly({ status: 303, to: '/fr/obstacles/no-device' }),
  },
  'GET /:l/admin/templates': { url: () => '/fr/admin/templates', expect: adminOnly(ok) },
  'GET /:l/admin/templates/new': { url: () => '/fr/admin/templates/new', expect: adminOnly(ok) },
  'POST /:l/admin/templates/new': {
    url: () => '/fr/admin/templates/new',
    form: (n) => ({ commitment: 'C4', title_fr: `Former ${n} personnes`, published: 'yes' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/templates' }),
  },
  'GET /:l/admin/templates/:id/edit': {
    url: (c) => `/fr/admin/templates/${c.template}/edit`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/templates/:id/edit': {
    url: (c) => `/fr/admin/templates/${c.template}/edit`,
    form: () => ({ commitment: 'C4', title_en: 'Train staff', published: 'yes' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/templates' }),
  },
  'POST /:l/organisations/:id/plan/templates/:tid/adopt': {
    url: (c) => `/fr/organisations/${c.orgA}/plan/templates/${c.template}/adopt`,
    form: () => ({}),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
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
  'GET /:l/accessibility': { url: () => '/fr/accessibility', expect: all(ok) },
  'GET /:l/privacy': { url: () => '/fr/privacy', expect: all(ok) },
  'GET /:l/legal': { url: () => '/fr/legal', expect: all(ok) },
  'GET /:l/contact': { url: () => '/fr/contact', expect: all(ok) },
  'GET /:l/admin/site-pages': { url: () => '/fr/admin/site-pages', expect: adminOnly(ok) },
  'GET /:l/admin/site-pages/:slug/edit': {
    url: () => '/fr/admin/site-pages/legal/edit',
    expect: adminOnly(ok),
  },
  'POST /:l/admin/site-pages/:slug/edit': {
    url: () => '/fr/admin/site-pages/legal/edit',
    form: (n) => ({ body_fr: `Mentions ${n}` }),
    expect: adminOnly({ status: 303, to: '/fr/legal' }),
  },
  'GET /:l/organisations/:id/referrals': {
    url: (c) => `/fr/organisations/${c.orgA}/referrals`,
    expect: members(ok),
  },
  'POST /:l/organisations/:id/referrals': {
    url: (c) => `/fr/organisations/${c.orgA}/referrals`,
    form: (n) => ({ email: `friend-${n}@example.be`, lang: 'nl' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  // The emailed link keeps its token in a cookie; the next case reads it (agents keep their cookies).
  'GET /:l/join/:token': {
    url: (c) => `/fr/join/${c.referral}`,
    expect: all({ status: 303, to: '/fr/join' }),
  },
  'GET /:l/join': { url: () => '/fr/join', expect: all(ok) },

  'GET /': { url: () => '/', expect: all({ status: 302 }) },
  'GET /healthz': { url: () => '/healthz', expect: all(ok) },
  'GET /readyz': { url: () => '/readyz', expect: all(ok) },
  'GET /static/:file': { url: (c) => c.asset, expect: all(ok) },
  'GET /logos/:id': { url: (c) => `/logos/${c.logoOrg}`, expect: all(ok) },
  'GET /api/v1/ledger': { url: () => '/api/v1/ledger', expect: all(ok) },
  'GET /api/v1/ledger/verify': { url: () => '/api/v1/ledger/verify', expect: all(ok) },
  'GET /api/v1/signatories': { url: () => '/api/v1/signatories', expect: all(ok) },
  'GET /open-data/signatories.csv': { url: () => '/open-data/signatories.csv', expect: all(ok) },
  'GET /open-data/signatories.json': { url: () => '/open-data/signatories.json', expect: all(ok) },
  'GET /:l': { url: () => '/fr', expect: all(ok) },
  'GET /:l/sign-up': { url: () => '/fr/sign-up', expect: all(ok) },
  'POST /:l/sign-up': {
    url: () => '/fr/sign-up',
    form: (n) => ({ name: 'New', email: `new${n}@example.be`, password: 'long enough password' }),
    expect: all({ status: 303, to: '/fr/sign-up/check-email' }),
  },
  'GET /:l/sign-up/check-email': { url: () => '/fr/sign-up/check-email', expect: all(ok) },
  'POST /:l/sign-up/check-email': {
    url: () => '/fr/sign-up/check-email',
    form: (n) => ({ email: `resend${n}@example.be` }),
    expect: all({ status: 303, to: '/fr/sign-up/check-email' }),
  },
  'GET /:l/verify-email': { url: () => '/fr/verify-email', expect: all({ status: 400 }) },
  'POST /:l/verify-email': {
    url: () => '/fr/verify-email',
    form: () => ({}),
    expect: all({ status: 400 }),
  },
  'GET /:l/sign-in': {
    url: () => '/fr/sign-in',
    // Someone in no organisation lands on the newcomer's task list.
    expect: {
      ...all({ status: 303, to: '/fr/account' }),
      user: { status: 303, to: '/fr/start' },
      anonymous: ok,
    },
  },
  'POST /:l/sign-in': {
    url: () => '/fr/sign-in',
    form: () => ({ email: 'nobody@example.be', password: 'wrong password' }),
    expect: all({ status: 422 }),
  },
  'POST /:l/sign-out': {
    url: () => '/fr/sign-out',
    form: () => ({}),
    expect: all({ status: 303, to: '/fr' }),
  },
  'GET /:l/forgot-password': { url: () => '/fr/forgot-password', expect: all(ok) },
  'POST /:l/forgot-password': {
    url: () => '/fr/forgot-password',
    form: () => ({ email: 'nobody@example.be' }),
    expect: all({ status: 303, to: '/fr/forgot-password/sent' }),
  },
  'GET /:l/forgot-password/sent': { url: () => '/fr/forgot-password/sent', expect: all(ok) },
  'GET /:l/reset-password': { url: () => '/fr/reset-password', expect: all({ status: 400 }) },
  'POST /:l/reset-password': {
    url: () => '/fr/reset-password',
    form: () => ({ password: 'long enough password' }),
    expect: all({ status: 400 }),
  },
  'GET /:l/account': { url: () => '/fr/account', expect: signedIn(ok) },
  'GET /:l/start': { url: () => '/fr/start', expect: signedIn(ok) },
  'POST /:l/account': {
    url: () => '/fr/account',
    form: () => ({ name: 'Renamed', locale: 'fr' }),
    expect: signedIn({ status: 303, to: '/fr/account' }),
  },
  'POST /:l/account/password': {
    url: () => '/fr/account/password',
    form: () => ({ currentPassword: 'not it', newPassword: 'long enough password' }),
    expect: signedIn({ status: 422 }),
  },
  'POST /:l/account/sign-out-everywhere': {
    url: () => '/fr/account/sign-out-everywhere',
    form: () => ({}),
    // Signed-in people land on the sign-in page too, but with their sessions ended (checked below).
    expect: all(signInFirst),
  },
  'GET /:l/admin/users': { url: () => '/fr/admin/users', expect: adminOnly(ok) },
  'GET /:l/admin/users/:id': { url: (c) => `/fr/admin/users/${c.adminId}`, expect: adminOnly(ok) },
  'POST /:l/admin/users/:id/role': {
    url: (c) => `/fr/admin/users/${c.adminId}/role`,
    form: () => ({ role: 'admin', confirm_role: 'yes' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/users/' }),
  },
  // Reactivating an active account changes nothing, so every role can try it without locking anyone out.
  'POST /:l/admin/users/:id/active': {
    url: (c) => `/fr/admin/users/${c.adminId}/active`,
    form: () => ({ active: 'yes' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/users/' }),
  },
  'GET /:l/admin/audit': { url: () => '/fr/admin/audit', expect: adminOnly(ok) },

  'GET /:l/charter': { url: () => '/fr/charter', expect: all(ok) },
  'GET /:l/admin/charter': { url: () => '/fr/admin/charter', expect: adminOnly(ok) },
  'POST /:l/admin/charter/:version/publish': {
    url: () => '/fr/admin/charter/1/publish',
    form: () => ({}),
    expect: adminOnly({ status: 409 }),
  },
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
    url: (c) => `/fr/organisations/${c.orgA}/edit`,
    form: (_n, c) => orgForm(1, { kbo: c.orgAKbo, legalName: 'Organisation A' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, { status: 303, to: '/fr/organisations/' }),
  },
  // Anyone may dispute an enterprise number that is taken (A's is).
  'GET /:l/organisations/dispute': { url: () => '/fr/organisations/dispute', expect: all(ok) },
  'POST /:l/organisations/dispute': {
    url: () => '/fr/organisations/dispute',
    form: (_n, c) => ({
      kbo: c.orgAKbo,
      organisationName: 'The Real Company',
      claimantName: 'Jan Claes',
      claimantRole: 'Director',
      contact: 'jan@example.be',
    }),
    expect: all({ status: 303, to: '/fr/organisations/dispute/sent' }),
  },
  'GET /:l/organisations/dispute/sent': { url: () => '/fr/organisations/dispute/sent', expect: all(ok) },
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
  'GET /:l/organisations/:id/signature': {
    url: (c) => `/fr/organisations/${c.orgA}/signature`,
    expect: members(ok),
  },
  'GET /:l/organisations/:id/sign': {
    url: (c) => `/fr/organisations/${c.orgA}/sign`,
    expect: representatives(ok),
  },
  'GET /:l/organisations/:id/signed': {
    url: (c) => `/fr/organisations/${c.orgB}/signed`,
    expect: members(ok, no),
  },
  'GET /:l/admin/signatures': { url: () => '/fr/admin/signatures', expect: adminOnly(ok) },
  'GET /:l/admin/signatures/:id': {
    url: (c) => `/fr/admin/signatures/${c.sigs.approve}`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/signatures/:id/approve': {
    url: (c) => `/fr/admin/signatures/${c.sigs.approve}/approve`,
    form: () => ({ note: '' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/reject': {
    url: (c) => `/fr/admin/signatures/${c.sigs.reject}/reject`,
    form: () => ({ reason: 'No.' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/request-info': {
    url: (c) => `/fr/admin/signatures/${c.sigs.info}/request-info`,
    form: () => ({ message: 'Who are you?' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/suspend': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('active')}/suspend`,
    form: () => ({ suspendReason: 'Under review' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/lift': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('suspended')}/lift`,
    form: () => ({ liftNote: '' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/revoke': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('active')}/revoke`,
    form: () => ({ revokeReason: 'Not the organisation it claimed to be' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/change/approve': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('active', true)}/change/approve`,
    form: () => ({ changeNote: '' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'POST /:l/admin/signatures/:id/change/reject': {
    url: async (c) => `/fr/admin/signatures/${await c.newSignatory('active', true)}/change/reject`,
    form: () => ({ changeReason: 'The enterprise number is another company’s.' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/' }),
  },
  'GET /:l/admin/signatures/disputes/:id': {
    url: (c) => `/fr/admin/signatures/disputes/${c.dispute}`,
    expect: adminOnly(ok),
  },
  'POST /:l/admin/signatures/disputes/:id/close': {
    url: async (c) => `/fr/admin/signatures/disputes/${await c.newDispute()}/close`,
    form: () => ({ note: 'Called them' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/signatures/disputes/' }),
  },
  'GET /:l/receipts/:id': { url: (c) => `/fr/receipts/${c.receipt}`, expect: all(ok) },
  'GET /:l/receipts/:id/receipt.pdf': {
    url: (c) => `/fr/receipts/${c.receipt}/receipt.pdf`,
    expect: all(ok),
  },
  'GET /:l/ledger': { url: () => '/fr/ledger', expect: all(ok) },
  'GET /:l/ledger/verify': { url: () => '/fr/ledger/verify', expect: all(ok) },
  'GET /:l/ledger/:seq': { url: () => '/fr/ledger/1', expect: all(ok) },
  'GET /:l/signatories': { url: () => '/fr/signatories', expect: all(ok) },
  'GET /:l/signatories/:slug': { url: (c) => `/fr/signatories/${c.orgBSlug}`, expect: all(ok) },

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
  // Last: signing A again and withdrawing it before verification takes A off the register for the rows after.
  'POST /:l/organisations/:id/sign': {
    url: (c) => `/fr/organisations/${c.orgA}/sign`,
    form: () => signFields,
    expect: representatives({ status: 303, to: '/fr/organisations/' }),
  },
  'POST /:l/organisations/:id/reply': {
    url: (c) => `/fr/organisations/${c.orgA}/reply`,
    form: () => ({ answer: 'An answer' }),
    // Members may answer, but the secretariat asked nothing of A.
    expect: members({ status: 409 }, no),
  },
  'POST /:l/organisations/:id/withdraw': {
    url: (c) => `/fr/organisations/${c.orgA}/withdraw`,
    form: () => ({ confirm: 'yes' }),
    expect: representatives({ status: 303, to: '/fr/organisations/' }),
  },
};

const { routes, onRoute } = routeCollector();
let t: TestApp;
before(async () => {
  t = await startTestApp({ onRoute });
});
after(() => t.close());

test('every route is in the authorization table, in every language', () => {
  const missing = [...routes.keys()].filter((r) => !(r in cases));
  assert.deepEqual(missing, [], 'routes without an authorization case');
  const stale = Object.keys(cases).filter((c) => !routes.has(c));
  assert.deepEqual(stale, [], 'cases for routes that do not exist');
});

test('each route answers each role as the table says', async () => {
  const { ctx, admin, fresh, next } = await buildWorld(t);
  const cached: Partial<Record<Role, Agent>> = { admin };
  for (const [name, c] of Object.entries(cases)) {
    for (const role of ROLES) {
      // Routes that end sessions get a fresh agent, so the others keep theirs.
      const ends = name.includes('sign-out');
      const agent = ends ? await fresh[role]() : (cached[role] ?? (await fresh[role]()));
      if (!ends) cached[role] = agent;
      const url = await c.url(ctx);
      if (c.form) await agent.get('/fr/sign-up'); // any page with a form, for a CSRF token
      const res = c.form ? await agent.post(url, c.form(next(), ctx)) : await agent.get(url);
      const want = c.expect[role];
      assert.equal(
        res.statusCode,
        want.status,
        `${name} as ${role}: ${res.statusCode} ${res.headers.location ?? ''}`,
      );
      if (want.to)
        assert.ok(
          String(res.headers.location).startsWith(want.to),
          `${name} as ${role} → ${res.headers.location}`,
        );
      if (ends && role !== 'anonymous')
        assert.equal((await agent.get('/fr/account')).statusCode, 303, `${name} ends the session`);
    }
  }
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { RouteOptions } from 'fastify';
import { assessments } from '../../src/features/assessments/schema.ts';
import { type Answers, score } from '../../src/features/assessments/scoring.ts';
import { campaignSupports, campaigns } from '../../src/features/campaigns/schema.ts';
import {
  jointActionMembers,
  jointActionObstacles,
  jointActions,
} from '../../src/features/joint-actions/schema.ts';
import { memberships, organisationLogos, organisations } from '../../src/features/organisations/schema.ts';
import { actions, objectives, SAFETY_MEASURES } from '../../src/features/plans/schema.ts';
import { practiceAdoptions, practiceAttachments, practices } from '../../src/features/practices/schema.ts';
import { gatherContent } from '../../src/features/reports/content.ts';
import { reports } from '../../src/features/reports/schema.ts';
import { signatureEvents, signatures } from '../../src/features/signatures/schema.ts';
import { objectiveTemplates } from '../../src/features/templates/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { Agent, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { approve, createOrganisation, liveSignatureId, orgForm, signCharter } from '../helpers/org.ts';

/**
 * Every route of the app, tried as each role. A route added without a line here fails the first test,
 * so no route ships without an authorization check. "editor" and "representative" are members of one
 * organisation (A); "user" is signed in but belongs to none; "admin" is the secretariat.
 */
const ROLES = ['anonymous', 'user', 'editor', 'representative', 'admin'] as const;
type Role = (typeof ROLES)[number];
interface Expect {
  status: number;
  /** Where a 303 must lead (a prefix). */
  to?: string;
}
interface Ctx {
  adminId: string;
  asset: string;
  orgA: string;
  orgASlug: string;
  orgAKbo: string;
  sigs: { approve: string; reject: string; info: string };
  receipt: string;
  invitation: string;
  logoOrg: string;
  objective: string;
  action: string;
  /** A new objective of A, for routes that destroy theirs. */
  newObjective: () => Promise<string>;
  template: string;
  campaign: string;
  /** A's support of the campaign, declared again before each try of the route that withdraws it. */
  supportA: () => Promise<void>;
  referral: string;
  obstacle: string;
  /** A published practice of A, and one waiting for the secretariat. */
  practice: string;
  draft: string;
  newDraft: () => Promise<string>;
  /** A PDF of the draft, and a new one for each try of the route that removes it. */
  attachment: string;
  newAttachment: () => Promise<string>;
  /** A published practice of another organisation, and A's adoption of it, declared again before each withdrawal. */
  otherPractice: string;
  adoptA: () => Promise<void>;
  /** A joint action proposed by A, and a factory for routes that close theirs. */
  jointAction: string;
  newJointAction: () => Promise<string>;
  /** B: an active signatory the editor and representative also belong to, with a yearly report owed. */
  orgB: string;
  reportYear: number;
  /** A's index: a draft, a submitted one; B gets a complete draft for each try of the route that submits. */
  indexDraft: string;
  indexDone: string;
  newCompleteDraft: () => Promise<string>;
  /** A submitted yearly report of A, in 2020 (A is listed, so its public parts are public). */
  submittedYear: number;
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
  'GET /:l/organisations/:id/referrals': {
    url: (c) => `/fr/organisations/${c.orgA}/referrals`,
    expect: members(ok),
  },
  'POST /:l/organisations/:id/referrals': {
    url: (c) => `/fr/organisations/${c.orgA}/referrals`,
    form: (n) => ({ email: `friend-${n}@example.be`, lang: 'nl' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/join/:token': { url: (c) => `/fr/join/${c.referral}`, expect: all(ok) },

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
  'GET /:l/verify-email': { url: () => '/fr/verify-email', expect: all({ status: 400 }) },
  'POST /:l/verify-email': {
    url: () => '/fr/verify-email',
    form: () => ({ token: 'z'.repeat(43) }),
    expect: all({ status: 400 }),
  },
  'GET /:l/sign-in': {
    url: () => '/fr/sign-in',
    expect: { ...all({ status: 303, to: '/fr/account' }), anonymous: ok },
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
    form: () => ({ token: 'z'.repeat(43), password: 'long enough password' }),
    expect: all({ status: 400 }),
  },
  'GET /:l/account': { url: () => '/fr/account', expect: signedIn(ok) },
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
  'POST /:l/admin/users/:id/role': {
    url: (c) => `/fr/admin/users/${c.adminId}/role`,
    form: () => ({ role: 'admin' }),
    expect: adminOnly({ status: 303, to: '/fr/admin/users' }),
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
  'GET /:l/organisations/:id/edit': {
    url: (c) => `/fr/organisations/${c.orgA}/edit`,
    expect: members(ok, no),
  },
  'POST /:l/organisations/:id/edit': {
    url: (c) => `/fr/organisations/${c.orgA}/edit`,
    form: (_n, c) => orgForm(1, { kbo: c.orgAKbo, legalName: 'Organisation A' }),
    expect: members({ status: 303, to: '/fr/organisations/' }, no),
  },
  'GET /:l/invitations/:token': { url: (c) => `/fr/invitations/${c.invitation}`, expect: all(ok) },
  'POST /:l/invitations/:token': {
    url: (c) => `/fr/invitations/${c.invitation}`,
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
  'POST /:l/organisations/:id/sign': {
    url: (c) => `/fr/organisations/${c.orgA}/sign`,
    form: () => signFields,
    expect: representatives({ status: 303, to: '/fr/receipts/' }),
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
  'GET /:l/receipts/:id': { url: (c) => `/fr/receipts/${c.receipt}`, expect: all(ok) },
  'GET /:l/receipts/:id/receipt.pdf': {
    url: (c) => `/fr/receipts/${c.receipt}/receipt.pdf`,
    expect: all(ok),
  },
  'GET /:l/ledger': { url: () => '/fr/ledger', expect: all(ok) },
  'GET /:l/ledger/verify': { url: () => '/fr/ledger/verify', expect: all(ok) },
  'GET /:l/ledger/:seq': { url: () => '/fr/ledger/1', expect: all(ok) },
  'GET /:l/signatories': { url: () => '/fr/signatories', expect: all(ok) },
  'GET /:l/signatories/:slug': { url: (c) => `/fr/signatories/${c.orgASlug}`, expect: all(ok) },

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

const routes = new Set<string>();
let t: TestApp;
before(async () => {
  t = await startTestApp({
    onRoute: (r: RouteOptions) => {
      for (const m of [r.method].flat()) {
        if (m === 'HEAD') continue;
        routes.add(`${m} ${r.url.replace(new RegExp(`^/(${LOCALES.join('|')})(?=/|$)`), '/:l')}`);
      }
    },
  });
});
after(() => t.close());

test('every route is in the authorization table, in every language', () => {
  const missing = [...routes].filter((r) => !(r in cases));
  assert.deepEqual(missing, [], 'routes without an authorization case');
  const stale = Object.keys(cases).filter((c) => !routes.has(c));
  assert.deepEqual(stale, [], 'cases for routes that do not exist');
});

test('each route answers each role as the table says', async () => {
  let n = 0;
  const makeUser = async (role: 'user' | 'admin') => {
    const email = `authz-${role}-${++n}@example.be`;
    const a = await signedInUser(t, { email });
    if (role === 'admin') await t.deps.db.update(users).set({ role: 'admin' }).where(eq(users.email, email));
    return {
      agent: a,
      id: (await t.deps.db.select().from(users).where(eq(users.email, email)))[0]?.id ?? '',
    };
  };
  const admin = await makeUser('admin');

  // Organisation A: its representative signs, the secretariat approves, so it is listed with a receipt.
  const founder = await makeUser('user');
  const orgA = await createOrganisation(founder.agent, 1);
  await signCharter(founder.agent, orgA);
  await approve(admin.agent, t, orgA);
  const [a] = await t.deps.db.select().from(organisations).where(eq(organisations.id, orgA));
  const [signedEvent] = await t.deps.db
    .select()
    .from(signatureEvents)
    .where(eq(signatureEvents.organisationId, orgA));
  // …then withdraws, so that its representatives can sign again in the table.
  await founder.agent.get(`/fr/organisations/${orgA}/signature`);
  await founder.agent.post(`/fr/organisations/${orgA}/withdraw`, { confirm: 'yes' });
  await t.deps.db
    .insert(organisationLogos)
    .values({ organisationId: orgA, mime: 'image/png', bytes: Buffer.from('x'), updatedAt: t.clock.now() });

  // Three pending signatures for the secretariat's three decisions.
  const pending = async (i: number) => {
    const rep = await makeUser('user');
    const id = await createOrganisation(rep.agent, 10 + i);
    await signCharter(rep.agent, id);
    return liveSignatureId(t, id);
  };
  const sigs = { approve: await pending(1), reject: await pending(2), info: await pending(3) };
  await founder.agent.get(`/fr/organisations/${orgA}`);
  await founder.agent.post(`/fr/organisations/${orgA}/invitations`, {
    email: 'someone-else@example.be',
    role: 'editor',
  });
  const invitation = /invitations\/([\w-]+)/.exec(
    (await t.deps.db.query.outbox.findMany()).find((m) => m.toAddress === 'someone-else@example.be')
      ?.bodyText ?? '',
  )?.[1];
  assert.ok(invitation);
  const newObjective = async () => {
    const [row] = await t.deps.db
      .insert(objectives)
      .values({
        organisationId: orgA,
        commitment: 'C4',
        title: 'To delete',
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      })
      .returning();
    return row?.id ?? '';
  };
  const objective = await newObjective();
  const [action] = await t.deps.db
    .insert(actions)
    .values({
      organisationId: orgA,
      objectiveId: objective,
      title: 'An action',
      createdAt: t.clock.now(),
      updatedAt: t.clock.now(),
    })
    .returning();
  const [template] = await t.deps.db
    .insert(objectiveTemplates)
    .values({
      commitment: 'C4',
      title: { fr: 'Former le personnel' },
      published: true,
      createdAt: t.clock.now(),
      updatedAt: t.clock.now(),
    })
    .returning();
  const [campaign] = await t.deps.db
    .insert(campaigns)
    .values({
      title: { fr: 'Semaine anti-hameçonnage' },
      description: { fr: 'Une semaine' },
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      commitments: ['C8'],
      createdAt: t.clock.now(),
      updatedAt: t.clock.now(),
    })
    .returning();
  const supportA = async () => {
    await t.deps.db
      .insert(campaignSupports)
      .values({
        campaignId: campaign?.id ?? '',
        organisationId: orgA,
        contribution: 'Ateliers',
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      })
      .onConflictDoNothing();
  };
  await founder.agent.get(`/fr/organisations/${orgA}/referrals`);
  await founder.agent.post(`/fr/organisations/${orgA}/referrals`, {
    email: 'newcomer@example.be',
    lang: 'fr',
  });
  const referral = /join\/([\w-]+)/.exec(
    (await t.deps.db.query.outbox.findMany()).find((m) => m.toAddress === 'newcomer@example.be')?.bodyText ??
      '',
  )?.[1];
  assert.ok(referral);
  const catalogue = (await t.app.inject('/api/v1/obstacles')).json() as {
    obstacles: { id: string; slug: string }[];
  };
  const obstacle = catalogue.obstacles.find((o) => o.slug === 'no-device')?.id ?? '';
  const newDraft = async (organisationId = orgA) => {
    const [p] = await t.deps.db
      .insert(practices)
      .values({
        organisationId,
        title: 'Ateliers du mercredi',
        summary: 'Un atelier par semaine',
        body: 'Détails',
        lang: 'fr',
        commitments: ['C1'],
        targetGroups: [],
        sector: 'private',
        region: 'brussels',
        status: 'submitted',
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      })
      .returning();
    return p?.id ?? '';
  };
  const practice = await newDraft();
  await t.deps.db.update(practices).set({ status: 'published' }).where(eq(practices.id, practice));
  const draft = await newDraft();
  const newAttachment = async () => {
    const [f] = await t.deps.db
      .insert(practiceAttachments)
      .values({
        practiceId: draft,
        filename: 'guide.pdf',
        size: 9,
        bytes: Buffer.from('%PDF-1.4\n'),
        createdAt: t.clock.now(),
      })
      .returning();
    return f?.id ?? '';
  };
  const attachment = await newAttachment();
  const [otherOrg] = await t.deps.db.select().from(signatures).where(eq(signatures.id, sigs.approve));
  const otherPractice = await newDraft(otherOrg?.organisationId);
  await t.deps.db.update(practices).set({ status: 'published' }).where(eq(practices.id, otherPractice));
  const adoptA = async () => {
    await t.deps.db
      .insert(practiceAdoptions)
      .values({
        practiceId: otherPractice,
        organisationId: orgA,
        note: 'Repris chez nous',
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      })
      .onConflictDoNothing();
  };
  const newJointAction = async () => {
    const [j] = await t.deps.db
      .insert(jointActions)
      .values({
        organisationId: orgA,
        title: 'Des ordinateurs pour tous',
        goal: 'Équiper des familles',
        plan: 'Collecter, réparer, donner',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        status: 'proposed',
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      })
      .returning();
    await t.deps.db.insert(jointActionObstacles).values({ jointActionId: j?.id ?? '', obstacleId: obstacle });
    await t.deps.db.insert(jointActionMembers).values({
      jointActionId: j?.id ?? '',
      organisationId: orgA,
      contribution: 'Coordination',
      joinedAt: t.clock.now(),
    });
    return j?.id ?? '';
  };
  const jointAction = await newJointAction();

  // B: an active signatory, so that it owes a yearly report.
  const founderB = await makeUser('user');
  const orgB = await createOrganisation(founderB.agent, 2);
  await signCharter(founderB.agent, orgB);
  await approve(admin.agent, t, orgB);
  const reportYear =
    (await t.services.reports.overview({ id: founderB.id, role: 'user' }, orgB)).obligation?.year ?? 0;
  assert.ok(reportYear > 2000);
  const everyAnswer: Answers = Object.fromEntries(
    t.services.assessments.current.questions.map((q) => [q.id, q.type === 'choice' ? 'yes' : 1]),
  );
  const indexRow = (organisationId: string, status: 'draft' | 'submitted', answers = {}) => ({
    organisationId,
    questionnaireVersion: t.services.assessments.current.version,
    status,
    answers,
    createdAt: t.clock.now(),
    updatedAt: t.clock.now(),
  });
  const [indexDone] = await t.deps.db
    .insert(assessments)
    .values({
      ...indexRow(orgA, 'submitted', everyAnswer),
      scores: score(t.services.assessments.current.questions, everyAnswer),
      overall: 90,
      submittedAt: t.clock.now(),
    })
    .returning();
  const [indexDraft] = await t.deps.db.insert(assessments).values(indexRow(orgA, 'draft')).returning();
  const newCompleteDraft = async () => {
    await t.deps.db
      .delete(assessments)
      .where(and(eq(assessments.organisationId, orgB), eq(assessments.status, 'draft')));
    const [d] = await t.deps.db
      .insert(assessments)
      .values(indexRow(orgB, 'draft', everyAnswer))
      .returning();
    return d?.id ?? '';
  };
  const submittedYear = 2020;
  const content = await gatherContent(t.services, orgA, '2019-04-01', '2020-03-31');
  await t.deps.db.insert(reports).values({
    organisationId: orgA,
    year: submittedYear,
    dueOn: '2020-03-31',
    periodFrom: '2019-04-01',
    status: 'submitted',
    statement: 'Notre année 2019',
    publicParts: ['statement', 'plan'],
    content,
    signerName: 'A Person',
    signerTitle: 'CEO',
    submittedAt: t.clock.now(),
    createdAt: t.clock.now(),
    updatedAt: t.clock.now(),
  });
  const home = await t.app.inject('/fr');
  const ctx: Ctx = {
    orgB,
    reportYear,
    indexDraft: indexDraft?.id ?? '',
    indexDone: indexDone?.id ?? '',
    newCompleteDraft,
    submittedYear,
    jointAction,
    newJointAction,
    practice,
    draft,
    newDraft,
    attachment,
    newAttachment,
    otherPractice,
    adoptA,
    obstacle,
    template: template?.id ?? '',
    campaign: campaign?.id ?? '',
    supportA,
    referral,
    objective,
    action: action?.id ?? '',
    newObjective,
    adminId: admin.id,
    asset: /href="(\/static\/styles\.[^"]+)"/.exec(home.body)?.[1] ?? '',
    orgA,
    orgASlug: a?.slug ?? '',
    orgAKbo: a?.kbo ?? '',
    sigs,
    receipt: signedEvent?.id ?? '',
    invitation,
    logoOrg: orgA,
  };

  const member = async (role: 'editor' | 'representative') => {
    const u = await makeUser('user');
    await t.deps.db.insert(memberships).values([
      { organisationId: orgA, userId: u.id, role, createdAt: t.clock.now() },
      { organisationId: orgB, userId: u.id, role, createdAt: t.clock.now() },
    ]);
    return u.agent;
  };
  const fresh: Record<Role, () => Promise<Agent>> = {
    anonymous: async () => new Agent(t.app),
    user: async () => (await makeUser('user')).agent,
    editor: () => member('editor'),
    representative: () => member('representative'),
    admin: async () => (await makeUser('admin')).agent,
  };
  const cached: Partial<Record<Role, Agent>> = { admin: admin.agent };
  for (const [name, c] of Object.entries(cases)) {
    for (const role of ROLES) {
      // Routes that end sessions get a fresh agent, so the others keep theirs.
      const ends = name.includes('sign-out');
      const agent = ends ? await fresh[role]() : (cached[role] ?? (await fresh[role]()));
      if (!ends) cached[role] = agent;
      const url = await c.url(ctx);
      if (c.form) await agent.get('/fr/sign-up'); // any page with a form, for a CSRF token
      const res = c.form ? await agent.post(url, c.form(++n, ctx)) : await agent.get(url);
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

import assert from 'node:assert/strict';
import { PILLARS } from '../../src/features/assessments/content.ts';
import { upsertSupport } from '../../src/features/campaigns/queries.ts';
import { insert as insertJointAction } from '../../src/features/joint-actions/queries.ts';
import type { JointActionInput } from '../../src/features/joint-actions/service.ts';
import { upsertAdoption } from '../../src/features/practices/queries.ts';
import type { PracticeInput } from '../../src/features/practices/service.ts';
import { gatherContent } from '../../src/features/reports/content.ts';
import { submit as submitReport } from '../../src/features/reports/queries.ts';
import type { SignedIn } from '../../src/platform/auth/authorize.ts';
import { sessionCookieName } from '../../src/platform/auth/cookie.ts';
import { Agent, type TestApp } from './app.ts';
import { type FacilitationCtx, facilitationWorld } from './facilitation.ts';
import { type HelpPointsCtx, helpPointsWorld } from './help-points.ts';
import { orgInput } from './org.ts';
import { addMember, IP, makeUser, type Person, tokenMailed } from './services.ts';

/**
 * A small world for tests that visit many routes as many roles (the authorization table, the fuzzer, the
 * page sweep): organisations, signatures, plans, practices, joint actions, reports and the index, and a
 * way to get an agent for each role. It is set-up, so it is built through the services, as the demo is;
 * HTTP is left to the routes under test. "editor" and "representative" are members of organisations A
 * and B (so they manage them as host structures); "user" is signed in but belongs to none; "admin" is the
 * secretariat; "helper" is a digital helper of A; "coordinator" coordinates a network of A and B.
 */
export const ROLES = [
  'anonymous',
  'user',
  'editor',
  'representative',
  'admin',
  'helper',
  'coordinator',
] as const;
export type Role = (typeof ROLES)[number];

export interface Ctx extends FacilitationCtx, HelpPointsCtx {
  adminId: string;
  /** A's first representative, for set-up through the services (the page sweep's additions). */
  founderA: SignedIn;
  asset: string;
  orgA: string;
  orgASlug: string;
  /** B stays listed throughout (A's signature is withdrawn before verification in the table). */
  orgBSlug: string;
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
  /** A new verified signatory's signature, active or suspended, with a proposed identity change if asked. */
  newSignatory: (status: 'active' | 'suspended', withChange?: boolean) => Promise<string>;
  /** An open dispute about A's enterprise number, and a factory for the route that closes one. */
  dispute: string;
  newDispute: () => Promise<string>;
}

export interface World {
  ctx: Ctx;
  /** The secretariat's agent the world was built with. */
  admin: Agent;
  /** A new agent signed in (or not) as each role. */
  fresh: Record<Role, () => Promise<Agent>>;
  /** A number never returned before, for unique emails and names. */
  next: () => number;
}

const SIGNER = { signerName: 'Ana Peeters', signerTitle: 'CEO' };
/** A 1×1 PNG: logos are checked by their bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export async function buildWorld(t: TestApp): Promise<World> {
  const s = t.services;
  let n = 0;

  /** A verified account, as the CLI provisions one ("admin" is the secretariat). */
  const person = (role: 'user' | 'admin'): Promise<Person> =>
    makeUser(t, `world-${role}-${++n}@example.be`, { name: 'Ana Peeters', admin: role === 'admin' });
  /** An agent holding a session of its own, as signing in would give (sign-in is tested in accounts.test.ts). */
  const agentOf = async (who: SignedIn) => {
    const agent = new Agent(t.app);
    agent.cookies.set(sessionCookieName(t.deps.config), await t.deps.sessions.start(who.id));
    return agent;
  };
  const admin = await person('admin');
  const adminAgent = await agentOf(admin);

  // Organisation A: its representative signs, the secretariat approves, so it is listed with a receipt.
  const founder = await person('user');
  const a = await s.organisations.register(founder, orgInput(1), 'representative', PNG, IP);
  const orgA = a.id;
  const signedA = await s.signatures.sign(founder, orgA, SIGNER, IP, undefined);
  await s.signatures.approve(admin, signedA.signature.id, undefined, IP);
  const obstacle = (await s.obstacles.list()).find((o) => o.slug === 'no-device')?.id ?? '';
  const jointActionInput: JointActionInput = {
    title: 'Des ordinateurs pour tous',
    goal: 'Équiper des familles',
    plan: 'Collecter, réparer, donner',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    obstacles: [obstacle],
  };
  // Proposed while A is a signatory: the service proposes for signatories only.
  const jointAction = (await s.jointActions.propose(founder, orgA, jointActionInput, 'Coordination')).id;
  // …then withdraws, so that its representatives can sign again in the table.
  await s.signatures.withdraw(founder, orgA, IP);

  // Three pending signatures for the secretariat's three decisions.
  const pending = async (i: number) => {
    const rep = await person('user');
    const org = await s.organisations.register(rep, orgInput(10 + i), 'representative', undefined, IP);
    const { signature } = await s.signatures.sign(rep, org.id, SIGNER, IP, undefined);
    return { rep, orgId: org.id, signatureId: signature.id };
  };
  const toApprove = await pending(1);
  const sigs = {
    approve: toApprove.signatureId,
    reject: (await pending(2)).signatureId,
    info: (await pending(3)).signatureId,
  };
  await s.organisations.invite(founder, orgA, { email: 'someone-else@example.be', role: 'editor' }, 'fr', IP);
  const invitation = await tokenMailed(t, 'someone-else@example.be', /invitations\/([\w-]+)/);
  const newObjective = async () =>
    (await s.plans.createObjective(founder, orgA, { commitment: 'C4', title: 'To delete', isPublic: false }))
      .id;
  const objective = await newObjective();
  const action = await s.plans.createAction(founder, orgA, objective, {
    title: 'An action',
    status: 'planned',
    evidence: [],
    isPublic: false,
  });
  const template = await s.templates.create(admin, {
    commitment: 'C4',
    title: { fr: 'Former le personnel' },
    description: {},
    indicator: {},
    published: true,
  });
  const campaign = await s.campaigns.create(admin, {
    title: { fr: 'Semaine anti-hameçonnage' },
    description: { fr: 'Une semaine' },
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    commitments: ['C8'],
    resources: [],
  });
  // A has withdrawn and the service lets only signatories support: no service can declare it again, so
  // the campaigns feature's own query writes what support would.
  const supportA = async () => {
    const now = t.clock.now();
    await upsertSupport(t.deps.db, {
      campaignId: campaign.id,
      organisationId: orgA,
      contribution: 'Ateliers',
      createdBy: founder.id,
      createdAt: now,
      updatedAt: now,
    });
  };
  await s.referrals.send(founder, orgA, { email: 'newcomer@example.be', lang: 'fr' }, IP);
  const referral = await tokenMailed(t, 'newcomer@example.be', /join\/([\w-]+)/);
  const practiceInput: PracticeInput = {
    title: 'Ateliers du mercredi',
    summary: 'Un atelier par semaine',
    body: 'Détails',
    lang: 'fr',
    commitments: ['C1'],
    obstacles: [],
    targetGroups: [],
    links: [],
  };
  const submitPractice = async (by: SignedIn, organisationId: string) =>
    (await s.practices.submit(by, organisationId, practiceInput)).id;
  const newDraft = () => submitPractice(founder, orgA);
  const practice = await newDraft();
  await s.practices.publish(admin, practice);
  const draft = await newDraft();
  const attachmentIds = async () =>
    new Set((await s.practices.view(founder, draft)).attachments.map((f) => f.id));
  // The service takes five PDFs per practice: the ones the table's tries of the removal left (the roles not
  // allowed to remove theirs) go first, all but the world's own.
  let first: string | undefined;
  const newAttachment = async () => {
    for (const id of await attachmentIds())
      if (id !== first) await s.practices.removeAttachment(founder, draft, id);
    const before = await attachmentIds();
    await s.practices.addAttachment(founder, draft, {
      filename: 'guide.pdf',
      bytes: Buffer.from('%PDF-1.4\n'),
    });
    const added = [...(await attachmentIds())].find((id) => !before.has(id));
    assert.ok(added, 'the attachment was added');
    return added;
  };
  const attachment = await newAttachment();
  first = attachment;
  const otherPractice = await submitPractice(toApprove.rep, toApprove.orgId);
  await s.practices.publish(admin, otherPractice);
  // As for supportA: only signatories may adopt, so the practices feature's own query writes it.
  const adoptA = async () => {
    const now = t.clock.now();
    await upsertAdoption(t.deps.db, {
      practiceId: otherPractice,
      organisationId: orgA,
      note: 'Repris chez nous',
      createdBy: founder.id,
      createdAt: now,
      updatedAt: now,
    });
  };
  // As for supportA: only signatories may propose, so the joint-actions feature's own query writes it.
  const newJointAction = async () => {
    const now = t.clock.now();
    const { obstacles, ...values } = jointActionInput;
    const row = { ...values, organisationId: orgA, status: 'proposed' as const, createdBy: founder.id };
    return (
      await insertJointAction(
        t.deps.db,
        { ...row, createdAt: now, updatedAt: now },
        obstacles,
        'Coordination',
      )
    ).id;
  };

  // B: an active signatory, so that it owes a yearly report.
  const founderB = await person('user');
  const b = await s.organisations.register(founderB, orgInput(2), 'representative', undefined, IP);
  const orgB = b.id;
  const signedB = await s.signatures.sign(founderB, orgB, SIGNER, IP, undefined);
  await s.signatures.approve(admin, signedB.signature.id, undefined, IP);
  const reportYear = (await s.reports.overview(founderB, orgB)).obligation?.year ?? 0;
  assert.ok(reportYear > 2000);

  // The index: every question answered "yes", or 1 on scales and numbers, one section at a time.
  const questions = s.assessments.current.questions;
  const answerAll = async (by: SignedIn, organisationId: string, id: string) => {
    for (const pillar of PILLARS) {
      const form = Object.fromEntries(
        questions.filter((q) => q.pillar === pillar).map((q) => [q.id, q.type === 'choice' ? 'yes' : '1']),
      );
      await s.assessments.saveSection(by, organisationId, id, pillar, form);
    }
  };
  const started = await s.assessments.start(founder, orgA);
  await answerAll(founder, orgA, started.id);
  const indexDone = (await s.assessments.submit(founder, orgA, started.id)).id;
  const indexDraft = (await s.assessments.start(founder, orgA)).id;
  // Resumes B's draft if the last try left one, or starts a new one after a submission.
  const newCompleteDraft = async () => {
    const d = await s.assessments.start(founderB, orgB);
    await answerAll(founderB, orgB, d.id);
    return d.id;
  };

  // A report of years ago: the service owes reports only from A's signature, signed today, so no service
  // can submit one for 2020; the reports feature's own query writes it.
  const submittedYear = 2020;
  const content = await gatherContent(s, orgA, '2019-04-01', '2020-03-31');
  const now = t.clock.now();
  await submitReport(t.deps.db, {
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
    submittedBy: founder.id,
    submittedAt: now,
    createdAt: now,
    updatedAt: now,
  });

  const newSignatory = async (status: 'active' | 'suspended', withChange = false) => {
    const i = 7000 + ++n;
    const input = orgInput(i, {
      legalName: `Signataire ${i}`,
      website: undefined,
      description: { fr: 'Un signataire' },
    });
    const rep = await person('user');
    const org = await s.organisations.register(rep, input, 'representative', undefined, IP);
    const { signature } = await s.signatures.sign(
      rep,
      org.id,
      { signerName: 'A Person', signerTitle: 'CEO' },
      IP,
      undefined,
    );
    await s.signatures.approve(admin, signature.id, undefined, IP);
    if (status === 'suspended')
      await s.signatures.secretariatStep(admin, signature.id, 'suspend', 'Under review', IP);
    // A member's new legal name waits for the secretariat once the identity is verified.
    if (withChange)
      await s.signatures.saveOrganisation(
        rep,
        org.id,
        { ...input, legalName: `Nouveau nom ${i}` },
        undefined,
        IP,
      );
    return signature.id;
  };
  const newDispute = async () =>
    (
      await s.signatures.dispute(
        null,
        {
          kbo: a.kbo,
          organisationName: 'The Real Company',
          claimantName: 'Jan Claes',
          claimantRole: 'Director',
          contact: 'jan@example.be',
        },
        IP,
      )
    ).id;
  const dispute = await newDispute();
  const facilitation = await facilitationWorld(t, {
    admin,
    founder,
    orgA,
    orgB,
    person: () => person('user'),
  });
  const helpPoints = await helpPointsWorld(t, { founder, orgA, orgAKbo: a.kbo, admin });
  const home = await t.app.inject('/fr');
  const ctx: Ctx = {
    ...facilitation.ctx,
    ...helpPoints.ctx,
    founderA: founder,
    newSignatory,
    dispute,
    newDispute,
    orgB,
    orgBSlug: b.slug,
    reportYear,
    indexDraft,
    indexDone,
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
    template: template.id,
    campaign: campaign.id,
    supportA,
    referral,
    objective,
    action: action.id,
    newObjective,
    adminId: admin.id,
    asset: /href="(\/static\/styles\.[^"]+)"/.exec(home.body)?.[1] ?? '',
    orgA,
    orgASlug: a.slug,
    orgAKbo: a.kbo,
    sigs,
    receipt: signedA.event.id,
    invitation,
    logoOrg: orgA,
  };

  /** A member of A and B, who joined each by accepting its representative's emailed invitation. */
  const member = async (role: 'editor' | 'representative') => {
    const u = await person('user');
    await addMember(t, founder, orgA, u, role);
    await addMember(t, founderB, orgB, u, role);
    return agentOf(u);
  };
  const fresh: Record<Role, () => Promise<Agent>> = {
    anonymous: async () => new Agent(t.app),
    user: async () => agentOf(await person('user')),
    editor: () => member('editor'),
    representative: () => member('representative'),
    admin: async () => agentOf(await person('admin')),
    helper: async () => agentOf(await facilitation.roles.helper()),
    coordinator: async () => agentOf(await facilitation.roles.coordinator()),
  };
  return { ctx, admin: adminAgent, fresh, next: () => ++n };
}

import assert from 'node:assert/strict';
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
import { actions, objectives } from '../../src/features/plans/schema.ts';
import { practiceAdoptions, practiceAttachments, practices } from '../../src/features/practices/schema.ts';
import { gatherContent } from '../../src/features/reports/content.ts';
import { reports } from '../../src/features/reports/schema.ts';
import {
  identityChanges,
  kboDisputes,
  signatureEvents,
  signatures,
} from '../../src/features/signatures/schema.ts';
import { objectiveTemplates } from '../../src/features/templates/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { Agent, signedInUser, type TestApp } from './app.ts';
import { approve, createOrganisation, liveSignatureId, signCharter, validKbo } from './org.ts';

/**
 * A small world for tests that visit every route as every role: organisations, signatures, plans,
 * practices, joint actions, reports and the index, and a way to get an agent for each role.
 * "editor" and "representative" are members of organisations A and B; "user" is signed in but belongs
 * to none; "admin" is the secretariat.
 */
export const ROLES = ['anonymous', 'user', 'editor', 'representative', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The routes of the app, as "METHOD /url" with the language segment as ":l", each with the URLs it was
 * registered under (one per language). Pass `onRoute` to startTestApp.
 */
export function routeCollector() {
  const routes = new Map<string, { method: string; urls: string[] }>();
  const onRoute = (r: RouteOptions) => {
    for (const m of [r.method].flat()) {
      if (m === 'HEAD') continue;
      const key = `${m} ${r.url.replace(new RegExp(`^/(${LOCALES.join('|')})(?=/|$)`), '/:l')}`;
      const route = routes.get(key) ?? { method: m, urls: [] };
      route.urls.push(r.url);
      routes.set(key, route);
    }
  };
  return { routes, onRoute };
}

export interface Ctx {
  adminId: string;
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

export async function buildWorld(t: TestApp): Promise<World> {
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
  const newSignatory = async (status: 'active' | 'suspended', withChange = false) => {
    const i = 7000 + ++n;
    const now = t.clock.now();
    const place = { sector: 'private', region: 'brussels', postcode: '1000', commune: 'Bruxelles' } as const;
    const [o] = await t.deps.db
      .insert(organisations)
      .values({
        ...place,
        slug: `signatory-${i}`,
        legalName: `Signataire ${i}`,
        kbo: validKbo(i),
        sizeBand: 'small',
        description: { fr: 'Un signataire' },
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [sig] = await t.deps.db
      .insert(signatures)
      .values({
        organisationId: o?.id ?? '',
        charterVersion: 1,
        charterHash: 'x'.repeat(64),
        signerName: 'A Person',
        signerTitle: 'CEO',
        status,
        signedAt: now,
        decidedAt: now,
        publicReason: status === 'suspended' ? 'Under review' : null,
      })
      .returning();
    await t.deps.db
      .update(organisations)
      .set({ currentSignatureId: sig?.id })
      .where(eq(organisations.id, o?.id ?? ''));
    if (withChange) {
      const before = { ...place, legalName: `Signataire ${i}`, kbo: validKbo(i) };
      await t.deps.db.insert(identityChanges).values({
        organisationId: o?.id ?? '',
        signatureId: sig?.id ?? '',
        status: 'pending',
        before,
        after: { ...before, legalName: `Nouveau nom ${i}` },
        proposedAt: now,
      });
    }
    return sig?.id ?? '';
  };
  const newDispute = async () => {
    const [d] = await t.deps.db
      .insert(kboDisputes)
      .values({
        kbo: a?.kbo ?? '',
        organisationName: 'The Real Company',
        claimantName: 'Jan Claes',
        claimantRole: 'Director',
        contact: 'jan@example.be',
        status: 'open',
        createdAt: t.clock.now(),
      })
      .returning();
    return d?.id ?? '';
  };
  const dispute = await newDispute();
  const home = await t.app.inject('/fr');
  const ctx: Ctx = {
    newSignatory,
    dispute,
    newDispute,
    orgB,
    orgBSlug: (await t.deps.db.select().from(organisations).where(eq(organisations.id, orgB)))[0]?.slug ?? '',
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
  return { ctx, admin: admin.agent, fresh, next: () => ++n };
}

import { count, desc, eq } from 'drizzle-orm';
import type { buildApp } from '../app.ts';
import { organisations } from '../features/organisations/schema.ts';
import { hashPassword } from '../platform/auth/crypto.ts';
import { users } from '../platform/auth/schema.ts';
import type { ManualClock } from '../platform/clock.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { outbox } from '../platform/mail/schema.ts';
import { demoKbo, ORGS, SIGNERS, STORIES, TITLES } from './cast.ts';
import {
  seedCampaigns,
  seedEngagement,
  seedJointActions,
  seedPractices,
  seedTemplates,
} from './engagement.ts';
import { seedFacilitation } from './facilitation/index.ts';
import { seedHelpPoints } from './help-points.ts';
import { type Signatory, seedMeasurement } from './measurement.ts';

export const DEMO_ADMIN = { email: 'secretariat@demo.inclusio.invalid', password: 'demo-secretariat' };
export const DEMO_PASSWORD = 'demo-member-password';

type Built = Awaited<ReturnType<typeof buildApp>>;

export async function isEmpty(built: Built): Promise<boolean> {
  const [row] = await built.deps.db.select({ n: count() }).from(organisations);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo through the services, as people would: accounts, registrations, signatures and the
 * secretariat's decisions, spread over time from 2023 on, so the ledger and receipts are real.
 */
export async function seedDemo(built: Built, clock: ManualClock, log: (msg: string) => void = () => {}) {
  const { deps, services: s } = built;
  const ip = '127.0.0.1';
  // About three and a half years of history that end a few weeks before today, whenever the demo is loaded.
  clock.set(new Date(Date.now() - 1250 * 86_400_000));
  const adminHash = await hashPassword(DEMO_ADMIN.password);
  const memberHash = await hashPassword(DEMO_PASSWORD);
  const [admin] = await deps.db
    .insert(users)
    .values({
      email: DEMO_ADMIN.email,
      name: 'Secrétariat (démo)',
      passwordHash: adminHash,
      role: 'admin',
      emailVerifiedAt: clock.now(),
      createdAt: clock.now(),
      updatedAt: clock.now(),
    })
    .returning();
  if (!admin) throw new Error('could not create the demo secretariat');
  const adminActor = { id: admin.id, role: 'admin' as const };
  await s.charter.current();
  const templates = await seedTemplates(s, adminActor);
  const campaigns = await seedCampaigns(s, adminActor);
  /** The first organisation invites a few of the later ones (commitment C5), the second one another. */
  const inviters: { actor: { id: string; role: 'user' }; orgId: string }[] = [];
  const authors: { actor: { id: string; role: 'user' }; orgId: string }[] = [];
  const measured: Signatory[] = [];

  for (const [i, [name, sector, sizeBand, postcode, commune, lang, description]] of ORGS.entries()) {
    clock.advance(((i % 5) + 1) * 9 * 24 * 3600_000);
    const [u] = await deps.db
      .insert(users)
      .values({
        email: `member${i + 1}@demo.inclusio.invalid`,
        name: SIGNERS[i % SIGNERS.length] ?? 'Demo',
        passwordHash: memberHash,
        locale: lang,
        emailVerifiedAt: clock.now(),
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })
      .returning();
    if (!u) throw new Error('could not create a demo member');
    const actor = { id: u.id, role: 'user' as const };
    const inviter = REFERRED.has(i) ? inviters[i === 3 ? 1 : 0] : undefined;
    const token = inviter && (await invite(built, inviter, u.email, name, lang, ip));
    const org = await s.organisations.register(
      actor,
      {
        legalName: name,
        kbo: demoKbo(i + 1),
        sector,
        sizeBand,
        postcode,
        commune,
        description: { [lang]: description },
      },
      'representative',
      undefined,
      ip,
    );
    if (token) await s.referrals.claim(actor, token, org.id);
    if (i < 2) inviters.push({ actor, orgId: org.id });
    const story = STORIES[i % STORIES.length];
    const { signature } = await s.signatures.sign(
      actor,
      org.id,
      { signerName: u.name, signerTitle: TITLES[i % TITLES.length] ?? 'CEO' },
      ip,
      'demo',
    );
    clock.advance(2 * 24 * 3600_000);
    if (story === 'active' || story === 'withdrawn')
      await s.signatures.approve(adminActor, signature.id, undefined, ip);
    if (story === 'rejected')
      await s.signatures.reject(
        adminActor,
        signature.id,
        'Démo : la personne qui signe ne fait pas partie de la direction.',
        ip,
      );
    if (story === 'info')
      await s.signatures.requestInfo(
        adminActor,
        signature.id,
        'Démo : pouvez-vous confirmer la fonction de la personne qui signe ?',
        ip,
      );
    if (story === 'withdrawn') {
      clock.advance(200 * 24 * 3600_000);
      await s.signatures.withdraw(actor, org.id, ip);
    }
    if (story === 'active') {
      await seedPlan(built, actor, org.id, i, clock);
      await seedEngagement(s, actor, org.id, i, clock, campaigns, templates);
      authors.push({ actor, orgId: org.id });
      measured.push({ actor, orgId: org.id, sector, name, lang });
    }
    log(`  ${name}: ${story}`);
  }
  await seedPractices(s, adminActor, authors);
  await seedJointActions(s, authors);
  const facilitation = await seedFacilitation(built, clock, adminActor, memberHash);
  log(`  facilitators: ${facilitation.helpers} helpers, ${facilitation.sessions} support sessions`);
  const helpPoints = await seedHelpPoints(built, adminActor, clock.now());
  log(`  help points: ${helpPoints}`);
  await seedMeasurement(s, clock, measured);
  // The demo's messages are not sent anywhere: they would only fill the mail folder.
  await deps.db.delete(outbox);
  return { organisations: ORGS.length, facilitation, helpPoints };
}

/** Organisations that register through an invitation (the fourth stays pending: "registered", not counted). */
const REFERRED = new Set([3, 4, 7, 10, 13]);

/** Sends an invitation as a member would, and returns the token from the link in the email. */
async function invite(
  built: Built,
  from: { actor: { id: string; role: 'user' }; orgId: string },
  email: string,
  name: string,
  lang: Locale,
  ip: string,
) {
  await built.services.referrals.send(from.actor, from.orgId, { email, invitedName: name, lang }, ip);
  const [mail] = await built.deps.db
    .select()
    .from(outbox)
    .where(eq(outbox.toAddress, email))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  return /\/join\/([\w-]+)/.exec(mail?.bodyText ?? '')?.[1];
}

/** A plausible action plan: two or three objectives, a few actions, dated progress; some of it public. */
async function seedPlan(
  built: Built,
  actor: { id: string; role: 'user' },
  organisationId: string,
  i: number,
  clock: ManualClock,
) {
  const { plans } = built.services;
  const day = (offsetDays: number) =>
    new Date(clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const training = await plans.createObjective(actor, organisationId, {
    commitment: 'C4',
    title: 'Former 30 % du personnel aux bases du numérique (démo)',
    indicator: 'Part du personnel formé',
    unit: '%',
    baseline: 0,
    target: 30,
    deadline: day(365),
    isPublic: i % 3 !== 0,
  });
  await plans.addProgress(actor, organisationId, training.id, {
    on: day(-1),
    note: 'Premières sessions (démo)',
    value: (i * 7) % 31,
  });
  const safety = await plans.createObjective(actor, organisationId, {
    commitment: 'C8',
    title: 'Aider nos clients à repérer le phishing (démo)',
    isPublic: i % 2 === 0,
  });
  for (const [title, status, due] of [
    ['Page d’information sur les arnaques (démo)', 'done', -30],
    ['Ligne téléphonique sans application (démo)', i % 4 === 0 ? 'in_progress' : 'done', -5],
    ['Atelier pour les seniors (démo)', 'planned', 60],
  ] as const) {
    await plans.createAction(actor, organisationId, safety.id, {
      title,
      status,
      dueDate: day(due),
      evidence: [],
      isPublic: i % 2 === 0,
    });
  }
  if (i % 2 === 1) {
    await plans.createObjective(actor, organisationId, {
      commitment: 'C1',
      title: 'Partager deux bonnes pratiques par an (démo)',
      deadline: day(-10),
      isPublic: true,
    });
  }
}

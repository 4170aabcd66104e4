import { randomUUID } from 'node:crypto';
import type { SessionInput } from '../../src/features/facilitation/log.ts';
import type { TestApp } from './app.ts';
import { IP, type Person, tokenMailed } from './services.ts';

/** A manager of the structure invites `who` as a digital helper; `who` accepts with the mailed link. */
export async function addHelper(t: TestApp, manager: Person, orgId: string, who: Person) {
  const s = t.services.facilitation.structures;
  await s.invite(manager, orgId, who.email, 'fr', IP);
  const token = await tokenMailed(t, who.email, /\/facilitation\/invitations\/([\w-]+)/);
  await s.acceptInvitation(who, token, who.email, IP);
}

/** One person helped with their eID, today by the test clock, at the structure. */
export const sessionInput = (
  organisationId: string,
  day: string,
  over: Partial<SessionInput> = {},
): SessionInput => ({
  clientKey: randomUUID(),
  organisationId,
  kind: 'individual',
  happenedOn: day,
  durationMin: 30,
  place: 'structure',
  themes: ['eid'],
  equipment: 'person_phone',
  autonomy: 'done_together',
  referral: 'none',
  ageBand: '65_74',
  situation: 'retired',
  visit: 'first',
  ...over,
});

/** What the facilitators' routes need in the shared test world (see world.ts). */
export interface FacilitationCtx {
  /** A network of A and B, coordinated by the world's coordinator. */
  network: string;
  /** A live share link of A's figures, and factories for share links to turn off. */
  shareToken: string;
  newShare: () => Promise<string>;
  /** A's helper's countersigned signature, and a factory for signatures waiting for a countersignature. */
  ethicsSignature: string;
  newEthicsSignature: () => Promise<string>;
  /** An invitation to help at A, for another address than any role's. */
  helperInvitation: string;
  /** An entry A's helper logged, and a new helper of A (their user id), for removing one. */
  entry: string;
  newHelper: () => Promise<string>;
  /** Logs `n` more sessions at A, of every kind and place, so that figures have groups to show and to hide. */
  logSessions: (n: number) => Promise<void>;
}

/**
 * The facilitators' part of the world: A's founder manages A; a digital helper of A signed the code (countersigned)
 * and logged a session; a network holds A and B. `helper` and `coordinator` make the two roles' people.
 */
export async function facilitationWorld(
  t: TestApp,
  p: { admin: Person; founder: Person; orgA: string; orgB: string; person: () => Promise<Person> },
) {
  const f = t.services.facilitation;
  const day = t.clock.now().toISOString().slice(0, 10);
  const helperOfA = async () => {
    const who = await p.person();
    await addHelper(t, p.founder, p.orgA, who);
    return who;
  };
  const worldHelper = await helperOfA();
  const signed = await f.signing.sign(worldHelper, p.orgA, IP);
  await f.signing.countersign(p.founder, signed.id, IP);
  const { id: entry } = await f.log.log(worldHelper, sessionInput(p.orgA, day));
  const net = await f.structures.createNetwork(p.admin, 'Réseau des EPN de test', IP);
  for (const organisationId of [p.orgA, p.orgB])
    await f.structures.changeNetwork(p.admin, net.id, { op: 'add_structure', organisationId }, IP);
  const newShare = async () => {
    await f.statistics.share(p.founder, 'structure', p.orgA);
    return ((await f.statistics.shareLinks(p.founder, 'structure', p.orgA))[0] as { id: string }).id;
  };
  await f.structures.invite(p.founder, p.orgA, 'invited-helper@example.be', 'fr', IP);
  const ctx: FacilitationCtx = {
    network: net.id,
    shareToken: await f.statistics.share(p.founder, 'structure', p.orgA),
    newShare,
    ethicsSignature: signed.id,
    newEthicsSignature: async () => (await f.signing.sign(await helperOfA(), p.orgA, IP)).id,
    helperInvitation: await tokenMailed(
      t,
      'invited-helper@example.be',
      /\/facilitation\/invitations\/([\w-]+)/,
    ),
    entry,
    newHelper: async () => (await helperOfA()).id,
    logSessions: async (n) => {
      for (let i = 0; i < n; i++) await f.log.log(worldHelper, variedSession(p.orgA, day, i));
    },
  };
  const roles = {
    helper: helperOfA,
    coordinator: async () => {
      const who = await p.person();
      await f.structures.changeNetwork(p.admin, net.id, { op: 'add_coordinator', email: who.email }, IP);
      return who;
    },
  };
  return { ctx, roles };
}

/** The i-th of a varied series of sessions: most alike, a few rarer ones (which shared views then hide). */
export function variedSession(organisationId: string, day: string, i: number): SessionInput {
  const group = i % 7 === 6;
  return sessionInput(organisationId, day, {
    durationMin: [30, 45, 60, 90, 20][i % 5] as number,
    themes: [['eid'], ['email', 'safety'], ['banking'], ['eid', 'tax']][i % 4] as string[],
    autonomy: i % 3 === 0 ? 'done_for' : 'done_together',
    ageBand: i % 2 ? '65_74' : '75_plus',
    // One rare referral and one rare situation: groups a shared view must hide.
    ...(i === 0 ? { referral: 'cpas' as const } : {}),
    ...(i === 1 ? { situation: 'job_seeker' as const } : {}),
    ...(group
      ? {
          kind: 'collective',
          title: 'Atelier smartphone',
          level: 'beginner',
          participants: 8,
          counts: { age: { '65_74': 5 } },
        }
      : {}),
  });
}

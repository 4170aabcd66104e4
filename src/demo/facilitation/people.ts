// The facilitators' demo people: host structures, network and coordinator, digital helpers, their code of ethics.
import { and, desc, eq } from 'drizzle-orm';
import type { Level, Place, Situation } from '../../features/facilitation/taxonomy.ts';
import { memberships, organisations } from '../../features/organisations/schema.ts';
import { users } from '../../platform/auth/schema.ts';
import type { ManualClock } from '../../platform/clock.ts';
import { outbox } from '../../platform/mail/schema.ts';
import { type Actor, at, type Built, DAY, dayAfter, IP, runInOrder, type Timed } from './shared.ts';

export const DEMO_COORDINATOR = 'coordination@demo.inclusio.invalid';
export const DEMO_HELPER = 'helper1@demo.inclusio.invalid';

/** What a host structure mostly helps with; each adds its own themes to the common ones. */
export interface Structure {
  /** One of the demo organisations of seed.ts, by its legal name. */
  name: string;
  postcodes: string[];
  themes: Partial<Record<string, number>>;
  /** The share of sessions that are workshops, and what those are about. */
  collective: number;
  workshops: [string, string[], Level][];
  places: [Place, number][];
  situations?: [Situation, number][];
}

const STRUCTURES: Structure[] = [
  {
    name: 'CPAS démo de Val-Fictif',
    postcodes: ['6000', '6001', '6010', '6030', '6040', '6060'],
    themes: { cpas: 10, allowances: 7, housing: 4, eid: 4, health: 3 },
    collective: 0.03,
    workshops: [['Mes démarches en ligne (démo)', ['cpas', 'eid'], 'beginner']],
    places: [
      ['structure', 86],
      ['home', 8],
      ['remote', 6],
    ],
    situations: [
      ['job_seeker', 30],
      ['retired', 25],
      ['other', 20],
      ['working', 10],
      ['unknown', 15],
    ],
  },
  {
    name: 'Commune démo de Belval-sur-Meuse',
    postcodes: ['5000', '5001', '5002', '5020', '5100'],
    themes: { eid: 10, municipal: 8, ebox: 4, tax: 3 },
    collective: 0.05,
    workshops: [['Itsme et la carte d’identité (démo)', ['eid', 'smartphone'], 'beginner']],
    places: [
      ['structure', 84],
      ['mobile_unit', 9],
      ['remote', 7],
    ],
  },
  {
    name: 'Bibliothèque démo des Trois Ponts',
    postcodes: ['7000', '7011', '7012', '7020', '7030'],
    themes: { safety: 8, smartphone: 6, documents: 4, social_media: 2 },
    collective: 0.2,
    workshops: [
      ['Reconnaître les arnaques en ligne (démo)', ['safety', 'email'], 'beginner'],
      ['Atelier smartphone (démo)', ['smartphone', 'device_basics'], 'beginner'],
      ['Ranger et retrouver ses documents (démo)', ['documents'], 'intermediate'],
    ],
    places: [
      ['structure', 95],
      ['remote', 5],
    ],
  },
  {
    name: 'ASBL Clic Solidaire (démo)',
    postcodes: ['4000', '4020', '4030', '4100', '4430'],
    themes: { device_basics: 7, internet: 4, keeping_in_touch: 4, school: 0.6, shopping: 2 },
    collective: 0.1,
    workshops: [
      ['Premiers pas sur l’ordinateur (démo)', ['device_basics'], 'beginner'],
      ['Garder le contact en vidéo (démo)', ['keeping_in_touch', 'smartphone'], 'intermediate'],
      ['Traitement de texte, niveau 2 (démo)', ['office'], 'advanced'],
    ],
    places: [
      ['structure', 88],
      ['home', 6],
      ['remote', 6],
    ],
  },
  {
    name: 'Centre démo d’Insertion',
    postcodes: ['6700', '6704', '6706', '6717'],
    themes: { jobs: 14, office: 5, documents: 4, email: 3 },
    collective: 0.08,
    workshops: [['Postuler en ligne (démo)', ['jobs', 'email'], 'intermediate']],
    places: [
      ['structure', 92],
      ['remote', 8],
    ],
    situations: [
      ['job_seeker', 60],
      ['working', 10],
      ['student', 8],
      ['other', 10],
      ['unknown', 12],
    ],
  },
];

/**
 * The digital helpers: their working days (weekday → structure, one helps at two), the most sessions they log in a day, when they
 * joined (days after the network started) and where their code of ethics stands.
 */
const HELPERS: {
  name: string;
  days: Record<number, number>;
  busy: number;
  joined: number;
  ethics: 'countersigned' | 'waiting' | 'unsigned';
}[] = [
  { name: 'Yasmina Démo', days: { 1: 0, 3: 0 }, busy: 6, joined: 0, ethics: 'countersigned' },
  { name: 'Marc Fictif', days: { 2: 0, 4: 0 }, busy: 6, joined: 12, ethics: 'countersigned' },
  { name: 'Léa Exemple', days: { 5: 0 }, busy: 7, joined: 210, ethics: 'waiting' },
  { name: 'Olivier Démo', days: { 1: 1, 2: 1, 4: 1 }, busy: 5, joined: 0, ethics: 'countersigned' },
  { name: 'Fatou Fictive', days: { 3: 1 }, busy: 7, joined: 35, ethics: 'countersigned' },
  { name: 'Thomas Exemple', days: { 5: 1 }, busy: 6, joined: 400, ethics: 'unsigned' },
  { name: 'Inès Démo', days: { 3: 2, 6: 2 }, busy: 6, joined: 5, ethics: 'countersigned' },
  { name: 'Bernard Fictif', days: { 2: 2, 4: 3 }, busy: 5, joined: 20, ethics: 'countersigned' },
  { name: 'Chloé Exemple', days: { 1: 3, 3: 3 }, busy: 6, joined: 0, ethics: 'countersigned' },
  { name: 'Karim Démo', days: { 2: 3, 5: 3 }, busy: 6, joined: 60, ethics: 'countersigned' },
  { name: 'Martine Fictive', days: { 4: 3 }, busy: 5, joined: 130, ethics: 'waiting' },
  { name: 'Hugo Exemple', days: { 2: 4, 4: 4 }, busy: 6, joined: 0, ethics: 'countersigned' },
  { name: 'Sarah Démo', days: { 1: 4, 3: 4 }, busy: 5, joined: 14, ethics: 'countersigned' },
];

export type Host = { spec: Structure; id: string; joins: Date; manager: Actor };
/** A helper: their account (its id set when they first join), structures, working days and the dates they joined each. */
export type Helper = {
  actor: Actor & { email: string };
  hosts: number[];
  ethics: string;
  spec: (typeof HELPERS)[number];
  joined: Date[];
};

async function account(built: Built, hash: string, email: string, name: string, on: Date) {
  const [u] = await built.deps.db
    .insert(users)
    .values({ email, name, passwordHash: hash, emailVerifiedAt: on, createdAt: on, updatedAt: on })
    .returning();
  if (!u) throw new Error(`could not create ${email}`);
  return { id: u.id, role: 'user' as const, email };
}

/** The structures, each with its representative as manager; one registered later and joins the network then. */
export async function findStructures(built: Built, start: Date) {
  const { deps } = built;
  const structures: Host[] = [];
  for (const spec of STRUCTURES) {
    const [row] = await deps.db
      .select({ id: organisations.id, createdAt: organisations.createdAt, manager: memberships.userId })
      .from(organisations)
      .innerJoin(memberships, eq(memberships.organisationId, organisations.id))
      .where(and(eq(organisations.legalName, spec.name), eq(memberships.role, 'representative')))
      .limit(1);
    if (!row) throw new Error(`the demo has no organisation « ${spec.name} »`);
    const joins = new Date(Math.max(start.getTime(), row.createdAt.getTime() + 14 * DAY));
    structures.push({ spec, id: row.id, joins, manager: { id: row.manager, role: 'user' as const } });
  }
  return structures;
}

/** The network, created when the history starts, and its coordinator. */
export async function openNetwork(built: Built, clock: ManualClock, admin: Actor, hash: string, start: Date) {
  const f = built.services.facilitation;
  clock.set(start);
  const network = await f.structures.createNetwork(
    admin,
    'Réseau wallon des espaces publics numériques (démo)',
    IP,
  );
  const coordinator = await account(built, hash, DEMO_COORDINATOR, 'Aline Coordination (démo)', start);
  await f.structures.changeNetwork(
    admin,
    network.id,
    { op: 'add_coordinator', email: coordinator.email },
    IP,
  );
  return network;
}

/**
 * The structures joining the network and the helpers invited to theirs, as steps to run in date order. Each helper
 * joins their structures once they are in the network, a second one a week later (so that the newest mail is that
 * one's invitation); their account comes with the first invitation.
 */
export function planHelpers(
  built: Built,
  clock: ManualClock,
  admin: Actor,
  hash: string,
  networkId: string,
  structures: Host[],
  start: Date,
) {
  const { deps } = built;
  const f = built.services.facilitation;
  const events: Timed[] = [];
  for (const st of structures)
    events.push({
      at: st.joins,
      run: () =>
        f.structures.changeNetwork(admin, networkId, { op: 'add_structure', organisationId: st.id }, IP),
    });
  const helpers: Helper[] = [];
  for (const [h, spec] of HELPERS.entries()) {
    const email = `helper${h + 1}@demo.inclusio.invalid`;
    const hosts = [...new Set(Object.values(spec.days))];
    const joined = hosts.map((k, j) => {
      const st = structures[k] as Host;
      return new Date(
        Math.max(start.getTime() + spec.joined * DAY, st.joins.getTime()) + (1 + j * 168) * 3600_000,
      );
    });
    const helper: Helper = {
      actor: { id: '', role: 'user' as const, email },
      hosts,
      ethics: spec.ethics,
      spec,
      joined,
    };
    helpers.push(helper);
    for (const [j, k] of hosts.entries()) {
      const st = structures[k] as Host;
      events.push({
        at: joined[j] as Date,
        run: async () => {
          if (!helper.actor.id)
            helper.actor.id = (await account(built, hash, email, spec.name, clock.now())).id;
          await f.structures.invite(st.manager, st.id, email, 'fr', IP);
          const [mail] = await deps.db
            .select()
            .from(outbox)
            .where(eq(outbox.toAddress, email))
            .orderBy(desc(outbox.createdAt))
            .limit(1);
          const token = /\/facilitation\/invitations\/([\w-]+)/.exec(mail?.bodyText ?? '')?.[1];
          if (!token) throw new Error(`no invitation mailed to ${email}`);
          await f.structures.acceptInvitation(helper.actor, token, email, IP);
        },
      });
    }
  }
  return { helpers, events };
}

/**
 * The code of ethics, signed after the Charter's last entry (`resume`) and before today: most countersigned within
 * days, two still waiting, the newest helper not signed yet. In date order too, for the ledger.
 */
export async function signEthics(
  built: Built,
  clock: ManualClock,
  helpers: Helper[],
  structures: Host[],
  resume: Date,
  start: Date,
  yesterday: string,
) {
  const f = built.services.facilitation;
  const signers = helpers.filter((h) => h.ethics !== 'unsigned');
  const after = dayAfter(new Date(Math.max(resume.getTime(), start.getTime())), 1);
  const first = after < yesterday ? after : yesterday;
  const days = Math.max(0, Math.round((at(yesterday).getTime() - at(first).getTime()) / DAY));
  const ethics: Timed[] = [];
  for (const [j, h] of signers.entries()) {
    const signedOn =
      h.ethics === 'waiting' ? yesterday : dayAfter(at(first), Math.floor((days * j) / signers.length));
    for (const [n, k] of h.hosts.entries()) {
      const st = structures[k] as Host;
      let signature = '';
      ethics.push({
        at: at(signedOn, 8 + (j % 6) + n),
        run: async () => {
          signature = (await f.signing.sign(h.actor, st.id, IP)).id;
        },
      });
      const countersignedOn = dayAfter(at(signedOn), 1 + (j % 4));
      if (h.ethics === 'countersigned')
        ethics.push({
          at: at(countersignedOn < yesterday ? countersignedOn : yesterday, 15 + n),
          run: () => f.signing.countersign(st.manager, signature, IP),
        });
    }
  }
  await runInOrder(clock, ethics);
}

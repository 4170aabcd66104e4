import { and, desc, eq } from 'drizzle-orm';
import type { buildApp } from '../app.ts';
import {
  EDIT_WINDOW_DAYS,
  type SessionInput,
  sessionCounts,
  sessionValues,
} from '../features/facilitation/log.ts';
import { accompanimentCounts, accompaniments } from '../features/facilitation/schema.ts';
import type {
  AgeBand,
  Autonomy,
  Equipment,
  Gender,
  Level,
  Place,
  Referral,
  Situation,
  Visit,
} from '../features/facilitation/taxonomy.ts';
import { memberships, organisations } from '../features/organisations/schema.ts';
import { users } from '../platform/auth/schema.ts';
import type { ManualClock } from '../platform/clock.ts';
import { todayIn } from '../platform/clock.ts';
import { outbox } from '../platform/mail/schema.ts';

type Built = Awaited<ReturnType<typeof buildApp>>;
type Actor = { id: string; role: 'user' | 'admin' };

export const DEMO_COORDINATOR = 'coordination@demo.inclusio.invalid';
export const DEMO_HELPER = 'helper1@demo.inclusio.invalid';

const DAY = 86_400_000;
const IP = '127.0.0.1';
/** About eighteen months of support sessions, up to yesterday. */
const HISTORY_DAYS = 548;

/** A small seeded generator (mulberry32): the demo draws the same sessions on every run. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T extends string | number>(weights: readonly (readonly [T, number])[]): T => {
    const total = weights.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of weights) {
      r -= w;
      if (r < 0) return v;
    }
    return (weights.at(-1) as readonly [T, number])[0];
  };
  /** A UUID made of drawn bits, so that the sessions' keys repeat too. */
  const uuid = () => {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    );
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return { next, pick, uuid };
}
type Random = ReturnType<typeof generator>;
type Host = { spec: Structure; id: string; joins: Date; manager: Actor };

/** What a host structure mostly helps with; each adds its own themes to the common ones. */
interface Structure {
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

/** The common themes, with tax heavier in May and June when the declaration opens; school and transport rare. */
const THEMES: [string, number][] = [
  ['eid', 14],
  ['tax', 8],
  ['banking', 12],
  ['email', 12],
  ['safety', 10],
  ['smartphone', 7],
  ['ebox', 4],
  ['health', 5],
  ['device_basics', 5],
  ['documents', 4],
  ['allowances', 2],
  ['internet', 3],
  ['keeping_in_touch', 3],
  ['jobs', 2],
  ['housing', 1],
  ['office', 2],
  ['shopping', 2],
  ['social_media', 2],
  ['municipal', 1],
  ['cpas', 1],
  ['school', 0.4],
  ['transport', 0.3],
  ['other', 2],
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

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const dayAfter = (d: Date, days: number) => todayIn(new Date(d.getTime() + days * DAY));
const weekday = (day: string) => at(day, 12).getUTCDay();

/** A group's people spread over the values, some left unknown. */
function spread<T extends string>(r: Random, total: number, known: number, weights: [T, number][]) {
  const counts: Partial<Record<T, number>> = {};
  for (let k = 0; k < Math.round(total * known); k++) {
    const v = r.pick(weights);
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

function individual(r: Random, s: Structure, structureId: string, day: string): SessionInput {
  const month = Number(day.slice(5, 7));
  const taxSeason = month === 5 || month === 6;
  const weights = THEMES.map(([code, w]): [string, number] => [
    code,
    (w + (s.themes[code] ?? 0)) * (code === 'tax' && taxSeason ? 4 : 1),
  ]);
  const themes = new Set([r.pick(weights)]);
  const more = r.next();
  if (more < 0.3) themes.add(r.pick(weights));
  if (more < 0.06) themes.add(r.pick(weights));
  const place = r.pick(s.places);
  const older = r.next() < 0.55;
  return {
    clientKey: r.uuid(),
    organisationId: structureId,
    kind: 'individual',
    happenedOn: day,
    durationMin: r.pick([
      [15, 10],
      [30, 35],
      [45, 25],
      [60, 20],
      [90, 7],
      [120, 3],
    ]),
    place,
    themes: [...themes],
    equipment: r.pick<Equipment>([
      ['person_phone', 45],
      ['person_computer', 12],
      ['person_tablet', 8],
      ['structure_computer', place === 'structure' ? 25 : 2],
      ['structure_tablet', 3],
      ['none', 7],
    ]),
    autonomy: r.pick<Autonomy>([
      ['done_together', 55],
      ['done_for', 30],
      ['done_alone', 15],
    ]),
    referral: r.pick<Referral>([
      ['none', 960],
      ['cpas', 12],
      ['public_service', 12],
      ['other_structure', 8],
      ['social_service', 6],
    ]),
    ageBand: r.pick<AgeBand>(
      older
        ? [
            ['65_74', 55],
            ['75_plus', 35],
            ['55_64', 10],
          ]
        : [
            ['18_24', 10],
            ['25_39', 30],
            ['40_54', 30],
            ['55_64', 15],
            ['unknown', 15],
          ],
    ),
    gender: r.pick<Gender>([
      ['woman', 56],
      ['man', 38],
      ['unknown', 6],
    ]),
    situation: r.pick<Situation>(
      s.situations ??
        (older
          ? [
              ['retired', 85],
              ['working', 5],
              ['unknown', 10],
            ]
          : [
              ['working', 40],
              ['job_seeker', 25],
              ['student', 8],
              ['other', 12],
              ['unknown', 15],
            ]),
    ),
    visit: r.pick<Visit>([
      ['returning', 55],
      ['first', 35],
      ['unknown', 10],
    ]),
    ...(r.next() < 0.5 ? { residencePostcode: s.postcodes[Math.floor(r.next() * s.postcodes.length)] } : {}),
  };
}

function workshop(r: Random, s: Structure, structureId: string, day: string): SessionInput {
  const [title, themes, level] = s.workshops[
    Math.floor(r.next() * s.workshops.length)
  ] as Structure['workshops'][0];
  const participants = 4 + Math.floor(r.next() * 9);
  return {
    clientKey: r.uuid(),
    organisationId: structureId,
    kind: 'collective',
    happenedOn: day,
    durationMin: r.pick([
      [60, 20],
      [90, 45],
      [120, 35],
    ]),
    place: 'structure',
    themes,
    equipment: r.pick<Equipment>([
      ['structure_computer', 45],
      ['person_phone', 40],
      ['structure_tablet', 15],
    ]),
    autonomy: 'done_together',
    referral: 'none',
    title,
    level,
    participants,
    counts: {
      age: spread(r, participants, 0.8, [
        ['40_54', 10],
        ['55_64', 25],
        ['65_74', 40],
        ['75_plus', 25],
      ]),
      gender: spread(r, participants, 0.9, [
        ['woman', 60],
        ['man', 40],
      ]),
      situation: spread(r, participants, 0.5, [
        ['retired', 55],
        ['job_seeker', 20],
        ['working', 15],
        ['other', 10],
      ]),
      visit: spread(r, participants, 0.6, [
        ['first', 40],
        ['returning', 60],
      ]),
    },
  };
}

/**
 * The facilitators' part of the demo (issue 16): a network of five host structures among the demo organisations,
 * its coordinator, thirteen digital helpers who joined through the invitation link, their code of ethics, and
 * some four thousand support sessions over eighteen months, drawn with a seeded generator. A few answers are kept
 * rare on purpose, so that the public figures hide some groups and show the others.
 *
 * The helpers sign the code only in the weeks after `clock` (the end of the Charter's story): ledger entries are
 * appended in date order, and the ledger already holds entries up to then. The clock is set back there at the end.
 */
export async function seedFacilitation(built: Built, clock: ManualClock, admin: Actor, hash: string) {
  const { deps, services: s } = built;
  const f = s.facilitation;
  const r = generator(16);
  const resume = clock.now();
  const now = new Date();
  const start = new Date(now.getTime() - HISTORY_DAYS * DAY);
  const yesterday = dayAfter(now, -1);

  const account = async (email: string, name: string, on: Date) => {
    const [u] = await deps.db
      .insert(users)
      .values({ email, name, passwordHash: hash, emailVerifiedAt: on, createdAt: on, updatedAt: on })
      .returning();
    if (!u) throw new Error(`could not create ${email}`);
    return { id: u.id, role: 'user' as const, email };
  };

  // The structures, each with its representative as manager; one registered later and joins the network then.
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

  clock.set(start);
  const network = await f.structures.createNetwork(
    admin,
    'Réseau wallon des espaces publics numériques (démo)',
    IP,
  );
  const coordinator = await account(DEMO_COORDINATOR, 'Aline Coordination (démo)', start);
  await f.structures.changeNetwork(
    admin,
    network.id,
    { op: 'add_coordinator', email: coordinator.email },
    IP,
  );

  // Everything else in date order, as it happened: structures joining, helpers invited, sessions logged.
  const events: { at: Date; run: () => Promise<unknown> }[] = [];
  for (const st of structures)
    events.push({
      at: st.joins,
      run: () =>
        f.structures.changeNetwork(admin, network.id, { op: 'add_structure', organisationId: st.id }, IP),
    });
  const helpers: { actor: Actor & { email: string }; hosts: number[]; ethics: string }[] = [];
  const singles: SessionInput[] = [];
  const sessions: { when: Date; actor: Actor; input: SessionInput }[] = [];
  for (const [h, spec] of HELPERS.entries()) {
    const email = `helper${h + 1}@demo.inclusio.invalid`;
    const hosts = [...new Set(Object.values(spec.days))];
    // Joins each of their structures once it is in the network, a second one a week later (so that the newest mail
    // is that one's invitation); their account comes with the first invitation.
    const joined = hosts.map((k, j) => {
      const st = structures[k] as Host;
      return new Date(
        Math.max(start.getTime() + spec.joined * DAY, st.joins.getTime()) + (1 + j * 168) * 3600_000,
      );
    });
    const helper = { actor: { id: '', role: 'user' as const, email }, hosts, ethics: spec.ethics };
    helpers.push(helper);
    for (const [j, k] of hosts.entries()) {
      const st = structures[k] as Host;
      events.push({
        at: joined[j] as Date,
        run: async () => {
          if (!helper.actor.id) helper.actor.id = (await account(email, spec.name, clock.now())).id;
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
    // Their working days, from the day after they joined to yesterday: some days off, more in summer, none at Christmas.
    for (let day = dayAfter(joined[0] as Date, 1); day <= yesterday; day = dayAfter(at(day), 1)) {
      const k = spec.days[weekday(day)];
      const j = hosts.indexOf(k ?? -1);
      if (k === undefined || todayIn(joined[j] as Date) >= day) continue;
      const md = day.slice(5);
      if (md >= '12-24' || md <= '01-02') continue;
      const summer = md >= '07-10' && md <= '08-20';
      if (r.next() < (summer ? 0.45 : 0.12)) continue;
      const st = structures[k] as Host;
      const n = 1 + Math.floor(r.next() * spec.busy);
      for (let i = 0; i < n; i++) {
        const group = r.next() < st.spec.collective;
        const input = group ? workshop(r, st.spec, st.id, day) : individual(r, st.spec, st.id, day);
        if (!group) singles.push(input);
        sessions.push({ when: at(day, 9 + i), actor: helper.actor, input });
      }
    }
  }
  // A few answers on purpose rare (fewer than five in all), drawn among distinct sessions: the groups shared views hide.
  const rare = (times: number, change: (input: SessionInput) => void) => {
    for (let k = 0; k < times; k++)
      change(singles.splice(Math.floor(r.next() * singles.length), 1)[0] as SessionInput);
  };
  rare(3, (input) => {
    input.themes = [...input.themes.filter((t) => t !== 'ai'), 'ai'];
  });
  rare(2, (input) => {
    input.referral = 'other';
  });
  rare(3, (input) => {
    input.ageBand = 'under_18';
    input.situation = 'student';
  });
  rare(4, (input) => {
    input.place = 'elsewhere';
    input.placePostcode = input.residencePostcode ?? '5000';
  });
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of events) {
    clock.set(e.at);
    await e.run();
  }
  // The last thirty days go through the log service, the clock on each session's day (they stay editable). Older
  // ones are written as the log writes them, five hundred rows a statement: one by one, through the service or
  // not, thousands of sessions took most of the demo's loading time.
  sessions.sort((a, b) => a.when.getTime() - b.when.getTime());
  const recent = dayAfter(now, 1 - EDIT_WINDOW_DAYS);
  const older = sessions.filter((l) => l.input.happenedOn < recent);
  for (let k = 0; k < older.length; k += 500) {
    const batch = older.slice(k, k + 500).map((l) => ({ ...l, id: r.uuid() }));
    await deps.db.transaction(async (tx) => {
      await tx.insert(accompaniments).values(
        batch.map(({ id, when, actor, input }) => ({
          id,
          ...sessionValues(input),
          clientKey: input.clientKey,
          facilitatorId: actor.id,
          createdAt: when,
          updatedAt: when,
        })),
      );
      const counts = batch.flatMap((l) =>
        sessionCounts(l.input).map((c) => ({ ...c, accompanimentId: l.id })),
      );
      if (counts.length) await tx.insert(accompanimentCounts).values(counts);
    });
  }
  for (const { when, actor, input } of sessions.filter((l) => l.input.happenedOn >= recent)) {
    clock.set(when);
    await f.log.log(actor, input);
  }

  // The code of ethics, signed after the Charter's last entry and before today: most countersigned within days,
  // two still waiting, the newest helper not signed yet. In date order too, for the ledger.
  const signers = helpers.filter((h) => h.ethics !== 'unsigned');
  const after = dayAfter(new Date(Math.max(resume.getTime(), start.getTime())), 1);
  const first = after < yesterday ? after : yesterday;
  const days = Math.max(0, Math.round((at(yesterday).getTime() - at(first).getTime()) / DAY));
  const ethics: { at: Date; run: () => Promise<unknown> }[] = [];
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
  ethics.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of ethics) {
    clock.set(e.at);
    await e.run();
  }
  clock.set(resume);
  return { structures: structures.length, helpers: helpers.length, sessions: sessions.length };
}

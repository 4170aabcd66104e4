// The facilitators' demo sessions: the seeded generator, the sessions each helper logs, and their insertion in bulk.
import {
  EDIT_WINDOW_DAYS,
  type SessionInput,
  sessionCounts,
  sessionValues,
} from '../../features/facilitation/log.ts';
import { rebuild as rebuildTallies } from '../../features/facilitation/queries/tallies.ts';
import { accompanimentCounts, accompaniments } from '../../features/facilitation/schema.ts';
import type {
  AgeBand,
  Autonomy,
  Equipment,
  Gender,
  Referral,
  Situation,
  Visit,
} from '../../features/facilitation/taxonomy.ts';
import type { ManualClock } from '../../platform/clock.ts';
import { todayIn } from '../../platform/clock.ts';
import type { Helper, Host, Structure } from './people.ts';
import { type Actor, at, type Built, dayAfter, weekday } from './shared.ts';

/** A small seeded generator (mulberry32): the demo draws the same sessions on every run. */
export function generator(seed: number) {
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
/** A session drawn for a helper, to be logged at `when`. */
type Drawn = { when: Date; actor: Actor; input: SessionInput };

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
 * Each helper's sessions, helper after helper, then a few answers made rare on purpose. Their working days run from
 * the day after they joined to yesterday: some days off, more in summer, none at Christmas.
 */
export function drawSessions(r: Random, helpers: Helper[], structures: Host[], yesterday: string) {
  const singles: SessionInput[] = [];
  const sessions: Drawn[] = [];
  for (const helper of helpers) {
    const { spec, hosts, joined } = helper;
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
  return sessions;
}

/**
 * The last thirty days go through the log service, the clock on each session's day (they stay editable). Older ones
 * are written as the log writes them, five hundred rows a statement: one by one, through the service or not,
 * thousands of sessions took most of the demo's loading time.
 */
export async function logSessions(built: Built, clock: ManualClock, r: Random, sessions: Drawn[], now: Date) {
  const { deps } = built;
  const f = built.services.facilitation;
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
  // Rows written past the log: their tallies from the entries, before the recent ones add to them.
  await rebuildTallies(deps.db);
  for (const { when, actor, input } of sessions.filter((l) => l.input.happenedOn >= recent)) {
    clock.set(when);
    await f.log.log(actor, input);
  }
}

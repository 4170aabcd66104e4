/**
 * The digital helpers' log at national scale (issue 16), for the benchmark: support sessions spread over host
 * structures (the generated signatories) and their helpers, a network of structures, the accounts that read
 * them, and what the measured rows need besides a URL: a signed-in cookie, a form with its CSRF token, a
 * download timed once with the server's memory sampled.
 *
 * Everything is written in a few INSERT … SELECT statements over generate_series, with the spreads of the codes
 * drawn in SQL, so that a million sessions take seconds to a minute rather than hours of round trips.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../src/db/client.ts';
import { rebuild as rebuildTallies } from '../src/features/facilitation/queries/tallies.ts';

/** How many host structures, at most: the first generated signatories. */
const STRUCTURES = 500;
/** About how many digital helpers, spread over the structures as their sessions are. */
const HELPERS = 2000;
/** The measured network: one structure in ten, about fifty. */
const NETWORK_EVERY = 10;
/** A structure's rank r (0 = largest) gets the share ((r+1)/S)^(1/k) − (r/S)^(1/k): ~6 % for the largest. */
const SKEW = 2.2;
/** Sessions go back this many days (18 months), more of them recent: the log grows as helpers take it up. */
const DAYS = 548;
const COLLECTIVE = 0.05;

type Weights = readonly (readonly [string | number, number])[];

// The spreads of the codes (taxonomy.ts), as weights: what a public digital space sees in a year.
const DURATION_INDIVIDUAL: Weights = [
  [15, 10],
  [30, 33],
  [45, 18],
  [60, 25],
  [90, 7],
  [120, 3],
  [10, 1],
  [20, 1],
  [40, 1],
  [75, 1],
];
const DURATION_COLLECTIVE: Weights = [
  [60, 15],
  [90, 30],
  [120, 35],
  [150, 5],
  [180, 15],
];
const PLACE: Weights = [
  ['structure', 74],
  ['remote', 10],
  ['home', 6],
  ['mobile_unit', 5],
  ['elsewhere', 5],
];
const EQUIPMENT_INDIVIDUAL: Weights = [
  ['person_phone', 42],
  ['structure_computer', 22],
  ['person_computer', 10],
  ['person_tablet', 7],
  ['structure_tablet', 4],
  ['none', 15],
];
const EQUIPMENT_COLLECTIVE: Weights = [
  ['structure_computer', 45],
  ['person_phone', 30],
  ['structure_tablet', 15],
  ['person_tablet', 5],
  ['none', 5],
];
const AUTONOMY: Weights = [
  ['done_for', 33],
  ['done_together', 52],
  ['done_alone', 15],
];
const REFERRAL: Weights = [
  ['none', 78],
  ['public_service', 7],
  ['cpas', 6],
  ['other_structure', 4],
  ['social_service', 3],
  ['other', 2],
];
const AGE: Weights = [
  ['under_18', 2],
  ['18_24', 6],
  ['25_39', 14],
  ['40_54', 18],
  ['55_64', 18],
  ['65_74', 21],
  ['75_plus', 16],
  ['unknown', 5],
];
const GENDER: Weights = [
  ['woman', 56],
  ['man', 39],
  ['other', 1],
  ['unknown', 4],
];
const SITUATION: Weights = [
  ['retired', 41],
  ['job_seeker', 19],
  ['working', 14],
  ['other', 13],
  ['student', 5],
  ['unknown', 8],
];
const VISIT: Weights = [
  ['returning', 64],
  ['first', 28],
  ['unknown', 8],
];
const LEVEL: Weights = [
  ['beginner', 60],
  ['intermediate', 32],
  ['advanced', 8],
];
const GROUP_TITLES = [
  'Atelier smartphone',
  'Initiation à l’ordinateur',
  'itsme pas à pas',
  'Café numérique',
  'Sécurité en ligne',
  'Workshop smartphone',
  'Digitaal spreekuur',
  'Online bankieren',
];
/** The first theme of a session; a second and third, when there are, are drawn evenly among the others. */
const THEME_WEIGHTS: Record<string, number> = {
  eid: 12,
  banking: 10,
  smartphone: 9,
  device_basics: 8,
  tax: 7,
  health: 7,
  jobs: 5,
  email: 5,
};
/** The counts a group session records besides « unknown » (GROUP_DIMENSIONS). */
const GROUP_VALUES = {
  age: ['under_18', '18_24', '25_39', '40_54', '55_64', '65_74', '75_plus'],
  gender: ['woman', 'man', 'other'],
  situation: ['working', 'job_seeker', 'retired', 'student', 'other'],
  visit: ['first', 'returning'],
} as const;

const literal = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);
const textArray = (xs: readonly string[]) => `array[${xs.map(literal).join(', ')}]::text[]`;

/** A weighted draw as SQL: `r` is a column holding one random() in [0, 1) per row. */
function pick(r: string, weights: Weights): string {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const whens = weights.slice(0, -1).map(([v, w]) => {
    acc += w;
    return `when ${r} < ${acc / total} then ${literal(v)}`;
  });
  return `case ${whens.join(' ')} else ${literal(weights.at(-1)?.[0] ?? '')} end`;
}

export interface FacilitationData {
  accompaniments: number;
  helpers: number;
  structures: number;
  /** The structure with the most sessions, its manager (a representative) and one of its helpers. */
  structure: { id: string; sessions: number };
  network: { id: string; structures: number; sessions: number };
  managerId: string;
  coordinatorId: string;
  helperId: string;
  seconds: number;
  /** Where those seconds went. */
  steps: Record<string, number>;
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/**
 * `n` support sessions over the first STRUCTURES generated signatories (generate them first), with HELPERS
 * helpers, a network, and one manager and one coordinator account. ~5 % are group sessions of 3 to 20 people
 * with their counts per attribute.
 */
export async function generateFacilitation(db: Db, n: number, themes: string[]): Promise<FacilitationData> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  let last = started;
  const lap = (step: string) => {
    const now = performance.now();
    steps[step] = Math.round(now - last) / 1000;
    last = now;
  };
  const T = themes.length;
  const themeWeights: Weights = themes.map((code, i) => [i, THEME_WEIGHTS[code] ?? 3]);
  const ids = await db.transaction(async (tx) => {
    // The structures, by the number in their slug, each with its share of the sessions and its helpers
    // (at least one), numbered from `first`.
    await tx.execute(
      sql.raw(`
      create temp table bench_structures on commit drop as
      with chosen as (
        select id, postcode, (row_number() over (order by substring(slug from 7)::int) - 1)::int as idx
        from organisations where slug ~ '^bench-[0-9]+$' order by substring(slug from 7)::int limit ${STRUCTURES}
      ), shared as (
        select *, power((idx + 1)::float8 / count(*) over (), ${1 / SKEW})
                - power(idx::float8 / count(*) over (), ${1 / SKEW}) as share
        from chosen
      ), staffed as (select *, greatest(1, round(${HELPERS} * share))::int as helpers from shared)
      select *, (sum(helpers) over (order by idx) - helpers)::int as first from staffed`),
    );
    await tx.execute(
      sql.raw(`
      create temp table bench_helpers on commit drop as
      select s.idx as structure_idx, k, s.first + k as h, gen_random_uuid() as user_id
      from bench_structures s cross join lateral generate_series(0, s.helpers - 1) as k`),
    );
    const [counts] = rowsOf<{ structures: number; helpers: number }>(
      await tx.execute(
        sql.raw(`select (select count(*) from bench_structures)::int as structures,
                        (select count(*) from bench_helpers)::int as helpers`),
      ),
    );
    if (!counts?.structures) throw new Error('generate signatories first');
    const S = counts.structures;
    await tx.execute(
      sql.raw(`
      insert into users (id, email, name, locale, email_verified_at, created_at, updated_at)
      select user_id, 'helper-' || h || '@bench.example', 'Aidant·e ' || h, (array['fr', 'nl'])[1 + h % 2],
             now() - interval '600 days', now() - interval '600 days', now() - interval '600 days'
      from bench_helpers`),
    );
    await tx.execute(
      sql.raw(`
      insert into facilitators (organisation_id, user_id, joined_at)
      select s.id, h.user_id, now() - interval '600 days'
      from bench_helpers h join bench_structures s on s.idx = h.structure_idx`),
    );

    lap('helpers');
    // A million entries into five B-trees at once, most of them keyed by random UUIDs, would be most of the
    // time: the secondary indexes are dropped and built again after, from their own definitions, by one sort
    // each (the primary key stays, since the counts refer to it).
    const indexes = rowsOf<{ name: string; def: string }>(
      await tx.execute(sql`
        select indexname as name, indexdef as def from pg_indexes
        where schemaname = current_schema() and tablename = 'accompaniments'
          and indexname not in (select conname from pg_constraint where conrelid = 'accompaniments'::regclass)`),
    );
    for (const i of indexes) await tx.execute(sql.raw(`drop index "${i.name}"`));
    // A session's structure and helper are read from arrays by number (each built once, as an InitPlan)
    // rather than joined: the rows then stream from generate_series to the table without a hash or a sort.
    const structure = (column: 'id' | 'postcode' | 'first' | 'helpers') =>
      `(select array_agg(${column} order by idx) from bench_structures)[1 + m.s_idx]`;
    const helper = `(select array_agg(user_id order by h) from bench_helpers)
      [1 + ${structure('first')} + floor(m.r_h * ${structure('helpers')})::int]`;
    // Logged during the day, some a day or three later; never in the future.
    const created = `least(now(), m.day::timestamptz + interval '7 hours 30 minutes' + m.r_time * interval '9 hours'
      + case when m.r_late < 0.15 then floor(m.r_late * 20 + 1) * interval '1 day' else interval '0' end)`;
    // The sessions. The innermost query draws every random number a row needs, once (OFFSET 0 keeps it from
    // being merged into the outer ones, which would draw again at each use); the middle one derives the
    // structure, day, kind, place and themes; the outer one writes the columns.
    await tx.execute(
      sql.raw(`
      insert into accompaniments (organisation_id, facilitator_id, client_key, kind, happened_on, duration_min,
        place, place_postcode, themes, equipment, autonomy, referral, participants, age_band, gender, situation,
        visit, residence_postcode, title, level, note, created_at, updated_at)
      select ${structure('id')}, ${helper}, gen_random_uuid(), m.kind, m.day,
        case when m.kind = 'individual' then ${pick('m.r_dur', DURATION_INDIVIDUAL)}
             else ${pick('m.r_dur', DURATION_COLLECTIVE)} end,
        m.place,
        case when m.place = 'elsewhere' or (m.place in ('home', 'mobile_unit') and m.r_pc < 0.5)
          then ${structure('postcode')} end,
        array_remove(array[
          t.codes[1 + m.t1],
          case when m.k >= 2 then t.codes[1 + (m.t1 + m.o2) % ${T}] end,
          case when m.k = 3 and m.o2 < ${T - 1}
            then t.codes[1 + (m.t1 + m.o2 + 1 + floor(m.r_o3 * ${T - 1} - m.r_o3 * m.o2)::int) % ${T}] end
        ], null),
        case when m.kind = 'individual' then ${pick('m.r_eq', EQUIPMENT_INDIVIDUAL)}
             else ${pick('m.r_eq', EQUIPMENT_COLLECTIVE)} end,
        ${pick('m.r_aut', AUTONOMY)},
        ${pick('m.r_ref', REFERRAL)},
        case when m.kind = 'individual' then 1 else 3 + floor(power(m.r_part, 1.6) * 18)::int end,
        case when m.kind = 'individual' then ${pick('m.r_age', AGE)} end,
        case when m.kind = 'individual' then ${pick('m.r_gen', GENDER)} end,
        case when m.kind = 'individual' then ${pick('m.r_sit', SITUATION)} end,
        case when m.kind = 'individual' then ${pick('m.r_vis', VISIT)} end,
        case when m.kind = 'individual' and m.r_res < 0.5 then ${structure('postcode')} end,
        case when m.kind = 'collective'
          then (${textArray(GROUP_TITLES)})[1 + floor(m.r_title * ${GROUP_TITLES.length})::int] end,
        case when m.kind = 'collective' then ${pick('m.r_lvl', LEVEL)} end,
        null,
        ${created}, ${created}
      from (
        select r.*,
          case when r.r_kind < ${COLLECTIVE} then 'collective' else 'individual' end as kind,
          -- Digital spaces open on weekdays, some on Saturdays: a Sunday, and most Saturdays, move back to a
          -- weekday of that week.
          case when extract(isodow from r.d) = 7 or (extract(isodow from r.d) = 6 and r.r_wd >= 0.4)
            then r.d - (extract(isodow from r.d)::int - 5) - floor(r.r_wd2 * 5)::int else r.d end as day,
          ${pick('r.r_place', PLACE)} as place,
          ${pick('r.r_t1', themeWeights)} as t1,
          case when r.r_k < 0.6 then 1 when r.r_k < 0.9 then 2 else 3 end as k,
          1 + floor(r.r_o2 * ${T - 1})::int as o2
        from (
          select floor(${S} * power(random(), ${SKEW}))::int as s_idx, random() as r_h, random() as r_kind,
            current_date - floor(${DAYS} * power(random(), 1.25))::int as d, random() as r_time,
            random() as r_wd, random() as r_wd2,
            random() as r_late, random() as r_dur, random() as r_place, random() as r_pc, random() as r_t1,
            random() as r_k, random() as r_o2, random() as r_o3, random() as r_eq, random() as r_aut,
            random() as r_ref, random() as r_part, random() as r_age, random() as r_gen, random() as r_sit,
            random() as r_vis, random() as r_res, random() as r_title, random() as r_lvl
          from generate_series(1, ${n}) offset 0
        ) r
      ) m
      cross join (select ${textArray(themes)} as codes) t`),
    );

    lap('sessions');
    await tx.execute(sql.raw(`set local maintenance_work_mem = '256MB'`));
    for (const i of indexes) await tx.execute(sql.raw(i.def));
    lap('indexes');
    // A group's people per attribute: up to two values drawn, the rest « unknown », adding up to the
    // participants as the form's counts do (log.ts, groupCounts).
    const dims = Object.entries(GROUP_VALUES)
      .map(([d, vs]) => `(${literal(d)}, ${textArray(vs)})`)
      .join(', ');
    await tx.execute(
      sql.raw(`
      insert into accompaniment_counts (accompaniment_id, dimension, value, n)
      select c.id, c.dimension, v.value, v.n
      from (
        select g.*, g.vals[1 + g.i1] as v1, g.vals[1 + (g.i1 + g.o) % g.len] as v2,
               round(g.p * (0.3 + 0.5 * g.u1))::int as n1
        from (
          select a.id, a.participants as p, d.dimension, d.vals, cardinality(d.vals) as len,
                 floor(random() * cardinality(d.vals))::int as i1,
                 1 + floor(random() * (cardinality(d.vals) - 1))::int as o, random() as u1, random() as u2
          from accompaniments a cross join (values ${dims}) as d(dimension, vals)
          where a.kind = 'collective'
          offset 0
        ) g
      ) c
      cross join lateral (
        select c.v1 as value, c.n1 as n
        union all select c.v2, floor((c.p - c.n1) * c.u2 * 0.8)::int
        union all select 'unknown', c.p - c.n1 - floor((c.p - c.n1) * c.u2 * 0.8)::int
      ) v
      where v.n > 0`),
    );

    lap('group counts');
    // The figures' running sums, as the log keeps them, from the rows written past it.
    await rebuildTallies(tx);
    lap('tallies');
    // Who reads the figures: a representative of the largest structure, the coordinator of a network of one
    // structure in ten (all sizes).
    const [top] = rowsOf<{ id: string; helper: string }>(
      await tx.execute(
        sql.raw(`select s.id, h.user_id as helper from bench_structures s
                 join bench_helpers h on h.structure_idx = s.idx and h.k = 0 where s.idx = 0`),
      ),
    );
    if (!top) throw new Error('no structure');
    const managerId = randomUUID();
    const coordinatorId = randomUUID();
    const networkId = randomUUID();
    await tx.execute(sql`
      insert into users (id, email, name, locale, email_verified_at, created_at, updated_at) values
        (${managerId}, 'manager@bench.example', 'Responsable EPN', 'fr', now(), now(), now()),
        (${coordinatorId}, 'coordinator@bench.example', 'Coordination réseau', 'fr', now(), now(), now())`);
    await tx.execute(sql`
      insert into memberships (organisation_id, user_id, role, created_at)
      values (${top.id}, ${managerId}, 'representative', now())`);
    await tx.execute(sql`
      insert into networks (id, name, created_at) values (${networkId}, 'Réseau des EPN (bench)', now())`);
    await tx.execute(
      sql.raw(`
      insert into network_structures (network_id, organisation_id, added_at)
      select '${networkId}', id, now() from bench_structures where idx % ${NETWORK_EVERY} = 3`),
    );
    await tx.execute(sql`
      insert into network_coordinators (network_id, user_id, added_at) values (${networkId}, ${coordinatorId}, now())`);
    return { ...counts, top, managerId, coordinatorId, networkId };
  });

  // As in generatePractices: PGlite has no autovacuum; mark the pages all-visible and gather statistics, as a
  // server would have by the time a million sessions are there.
  for (const t of [
    'accompaniments',
    'accompaniment_counts',
    'accompaniment_tallies',
    'users',
    'facilitators',
    'memberships',
  ])
    await db.execute(sql.raw(`vacuum analyze ${t}`));
  for (const t of ['networks', 'network_structures', 'network_coordinators'])
    await db.execute(sql.raw(`analyze ${t}`));
  lap('vacuum');

  const [sizes] = rowsOf<{ total: number; structure: number; network: number; members: number }>(
    await db.execute(sql`
      select (select count(*) from accompaniments)::int as total,
        (select count(*) from accompaniments where organisation_id = ${ids.top.id})::int as structure,
        (select count(*) from accompaniments a join network_structures ns on ns.organisation_id = a.organisation_id
          where ns.network_id = ${ids.networkId})::int as network,
        (select count(*) from network_structures where network_id = ${ids.networkId})::int as members`),
  );
  return {
    accompaniments: sizes?.total ?? 0,
    helpers: ids.helpers,
    structures: ids.structures,
    structure: { id: ids.top.id, sessions: sizes?.structure ?? 0 },
    network: { id: ids.networkId, structures: sizes?.members ?? 0, sessions: sizes?.network ?? 0 },
    managerId: ids.managerId,
    coordinatorId: ids.coordinatorId,
    helperId: ids.top.helper,
    seconds: (performance.now() - started) / 1000,
    steps,
  };
}

/**
 * The generated log and a session cookie for each account a row reads or writes as: the structure's manager,
 * the network's coordinator, one of the structure's helpers. `signIn` starts a session and answers its cookie.
 */
export async function prepareFacilitation(
  db: Db,
  n: number,
  themeCodes: string[],
  signIn: (userId: string) => Promise<string>,
  say: (line: string) => void,
) {
  say(`generating ${n} support sessions…`);
  const data = await generateFacilitation(db, n, themeCodes);
  const steps = Object.entries(data.steps)
    .map(([step, s]) => `${step} ${s.toFixed(1)}`)
    .join(', ');
  say(
    `${data.accompaniments} sessions (${data.helpers} helpers, ${data.structures} structures) in ${data.seconds.toFixed(1)} s (${steps}); largest structure ${data.structure.sessions}, network of ${data.network.structures}: ${data.network.sessions}`,
  );
  return {
    data,
    cookies: {
      manager: await signIn(data.managerId),
      coordinator: await signIn(data.coordinatorId),
      helper: await signIn(data.helperId),
    },
  };
}

/** The `name=value` part of a response's Set-Cookie for this cookie. */
function setCookie(res: Response, name: string): string | undefined {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith(`${name}=`));
}

/**
 * What autocannon needs to log sessions as a helper: the form is opened once, as a browser would, for its
 * CSRF cookie and token and the structure's id; each request then sends a new session with a fresh clientKey,
 * so that every one is written (a repeated key would only answer the first entry). One request is sent first,
 * to fail here with its status rather than as a column of errors.
 */
export async function logSessionRequests(origin: string, cookie: string) {
  const form = await fetch(`${origin}/fr/facilitation/log`, { headers: { cookie } });
  const html = await form.text();
  const csrfCookie = setCookie(form, '_csrf');
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const organisationId = /name="organisationId" value="([^"]+)"/.exec(html)?.[1];
  if (form.status !== 200 || !csrfCookie || !token || !organisationId)
    throw new Error(`the log form did not open as the helper (${form.status})`);
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });
  const body = (clientKey: string) =>
    new URLSearchParams([
      ['_csrf', token],
      ['kind', 'individual'],
      ['clientKey', clientKey],
      ['organisationId', organisationId],
      ['happenedOn', today],
      ['duration', '30'],
      ['themes', 'eid'],
      ['themes', 'banking'],
      ['place', 'structure'],
      ['equipment', 'person_phone'],
      ['autonomy', 'done_together'],
      ['referral', 'none'],
      ['ageBand', '65_74'],
      ['gender', 'woman'],
      ['situation', 'retired'],
      ['visit', 'returning'],
      ['next', 'done'],
    ]).toString();
  const headers = {
    cookie: `${cookie}; ${csrfCookie}`,
    'content-type': 'application/x-www-form-urlencoded',
  };
  const path = '/fr/facilitation/log';
  const first = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers,
    body: body(randomUUID()),
    redirect: 'manual',
  });
  if (first.status !== 303) throw new Error(`logging a session answered ${first.status}, not 303`);
  return {
    headers,
    requests: [
      {
        method: 'POST' as const,
        path,
        setupRequest: <R extends { body?: string | Buffer }>(req: R): R => ({
          ...req,
          body: body(randomUUID()),
        }),
      },
    ],
  };
}

/** One request alone, before the load: how long a reader waits when nobody else is asking. */
export async function timeAlone(url: string, headers: Record<string, string>) {
  const started = performance.now();
  const res = await fetch(url, { headers, redirect: 'manual' });
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
}

/**
 * Waits until the database is idle, twice in a row 200 ms apart: autocannon stops at the end of a row without
 * waiting for the requests in flight, and a figures page left computing would slow the next row down. On
 * PostgreSQL no other client backend is running a query; PGlite runs one query at a time, so it is idle when a
 * ping answers at once.
 */
export async function settle(database: Database) {
  const busy = async () => {
    if (database.engine === 'postgres') {
      const [r] = rowsOf<{ n: number }>(
        await database.db.execute(sql`
          select count(*)::int as n from pg_stat_activity
          where datname = current_database() and backend_type = 'client backend' and state = 'active'
            and pid <> pg_backend_pid()`),
      );
      return (r?.n ?? 0) > 0;
    }
    const started = performance.now();
    await database.ping();
    return performance.now() - started >= 100;
  };
  for (let quiet = 0; quiet < 2; ) {
    quiet = (await busy()) ? 0 : quiet + 1;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface ExportRun {
  rows: number;
  bytes: number;
  seconds: number;
  /** Peaks over the download, minus the values just before it, in bytes. */
  rss: number;
  heap: number;
}

/**
 * Downloads a CSV export once, reading it as it comes, while the process (the server runs in this one) is
 * sampled every 50 ms: its peak resident and heap memory above the baseline taken just before.
 */
export async function measureExport(url: string, cookie: string): Promise<ExportRun> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 200));
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  try {
    const res = await fetch(url, { headers: { cookie, 'accept-encoding': 'br, gzip' } });
    if (res.status !== 200 || !res.body) throw new Error(`the export answered ${res.status}`);
    for await (const chunk of res.body) {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - started) / 1000;
  sample();
  // The header line is not a row.
  return { rows: lines - 1, bytes, seconds, rss: rss - base.rss, heap: heap - base.heapUsed };
}

/** The export runs as a table: peak memory above the baseline before the download, sampled every 50 ms. */
export function exportTable(runs: readonly ({ engine: string } & ExportRun)[]): string {
  const MB = 1024 * 1024;
  const header = ['engine', 'rows', 'CSV MB', 's', 'rows/s', 'peak RSS MB', 'peak heap MB'];
  const lines = runs.map((e) => [
    e.engine,
    String(e.rows),
    (e.bytes / MB).toFixed(1),
    e.seconds.toFixed(1),
    (e.rows / e.seconds).toFixed(0),
    (e.rss / MB).toFixed(1),
    (e.heap / MB).toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

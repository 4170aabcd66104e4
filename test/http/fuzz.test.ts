import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { PILLARS } from '../../src/features/assessments/content.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { routeCollector } from '../helpers/access.ts';
import { type Agent, startTestApp, type TestApp } from '../helpers/app.ts';
import { buildWorld, type Ctx, ROLES, type Role, type World } from '../helpers/world.ts';

/**
 * Every route, as every role, fed what a hostile or broken client sends: control characters, bidirectional
 * and invisible formatting, lone surrogates, 60,000-character values, lists where one value is expected,
 * numbers JavaScript cannot hold, impossible dates, malformed UUIDs, repeated parameters, JSON and
 * multipart bodies. Nothing may answer 5xx or show a stack trace.
 *
 * The seed is fixed so that a failure comes back on the next run. FUZZ_RUNS sets the number of requests
 * per route and role; FUZZ_SEED another seed; FUZZ_ONLY the routes whose "METHOD /path" contains its text.
 * A failure shows the request and the stack the app logged for it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2);
const SEED = Number(process.env.FUZZ_SEED ?? 42);
const ONLY = process.env.FUZZ_ONLY ?? '';

/** A value to send: text, or the exact bytes for a URL or form (a broken percent-encoding). */
type Value = string | { raw: string };
type Field = Value | Value[];
interface Req {
  method: string;
  path: string;
  query: [string, Field][];
  body?:
    | { kind: 'form' | 'multipart'; fields: [string, Field][] }
    | { kind: 'json'; text: string }
    | { kind: 'none' }
    | { kind: 'other'; contentType: string; text: string };
}

const long = 'x'.repeat(60_000);
const NASTY: string[] = [
  '\u0000',
  'a\u0000b',
  '\u0001',
  '\u0007',
  '\u001B[31m',
  '\u001F',
  '\u007F',
  '\u0085',
  '\t',
  '\r\n',
  '\u202E',
  'abc\u202Edef',
  '\u200B',
  '\u2066x\u2069',
  '\uFEFF',
  '\u00AD',
  '\uD800',
  '\uDFFF',
  'a\uDC00b',
  '\uDBFF\uDBFF',
  long,
  'é'.repeat(30_000),
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-0',
  '-1',
  '1.5',
  '9007199254740992',
  '9007199254740993',
  '99999999999999999999999',
  '0x10',
  '2024-02-30',
  '2023-13-01',
  '0000-00-00',
  '9999-12-31',
  '2024-02-29T25:61:00Z',
  '+275760-09-13',
  '00000000-0000-0000-0000-000000000000',
  '0000000-0000-0000-0000-000000000000',
  '00000000-0000-0000-0000-0000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '{00000000-0000-0000-0000-000000000000}',
  '00000000000000000000000000000000',
  '',
  ' ',
  'null',
  'true',
  '[]',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  "' OR 1=1 --",
  '%',
  '<script>alert(1)</script>',
  '😀',
  'e\u0301',
  'C1',
  'C99',
  'fr',
  'yes',
  'on',
  '2026-01-01',
  '2020',
  '1',
];
/** Percent-encodings that decode to nothing valid: truncated or overlong UTF-8, an encoded lone surrogate. */
const BROKEN_ENCODINGS = ['%', '%zz', '%C3', '%FF', '%C0%80', '%ED%A0%80', '%00', '%E2%80%AE', '%252F'];
/** JSON number tokens JavaScript reads as Infinity, -0 or a rounded integer. */
const JSON_NUMBERS = ['1e309', '-1e309', '-0', '9007199254740993', '1e-400', '0.1e1', '-1', '0'];

/** Percent-encodes each code point; a lone surrogate becomes the three bytes UTF-8 would give it, as a browser's bad client might. */
function pct(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff)
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(ch);
  }
  return out;
}
const enc = (v: Value) => (typeof v === 'string' ? pct(v) : v.raw);
const pairs = (fields: [string, Field][]) =>
  fields.flatMap(([k, v]) => [v].flat().map((one) => [k, one] as const));
const urlencoded = (fields: [string, Field][]) =>
  pairs(fields)
    .map(([k, v]) => `${pct(k)}=${enc(v)}`)
    .join('&');

function multipart(fields: [string, Field][], boundary: string) {
  const parts = pairs(fields).map(([k, v], i) => {
    const text = typeof v === 'string' ? v : v.raw;
    // Every third part is a file, named with the value itself.
    const file = i % 3 === 2 ? `; filename="${text.slice(0, 200)}"\r\nContent-Type: application/pdf` : '';
    return `--${boundary}\r\nContent-Disposition: form-data; name="${k}"${file}\r\n\r\n${text}\r\n`;
  });
  return `${parts.join('')}--${boundary}--\r\n`;
}

/** The values the world gives each path parameter, by the segment before it, else by its name. */
function realParams(c: Ctx): Record<string, string[]> {
  return {
    'organisations/:id': [c.orgA, c.orgB],
    'index/:aid': [c.indexDraft, c.indexDone],
    ':section': [...PILLARS],
    // In step with organisations/:id: A's submitted report, B's owed one.
    'reports/:year': [String(c.submittedYear), String(c.reportYear)],
    'signatories/:slug': [c.orgASlug],
    'signatories/:id': [c.orgA],
    'practices/:id': [c.practice, c.draft, c.otherPractice],
    'attachments/:attachmentId': [c.attachment],
    'joint-actions/:id': [c.jointAction],
    'obstacles/:id': [c.obstacle],
    'obstacles/:slug': ['no-device'],
    'templates/:id': [c.template],
    'templates/:tid': [c.template],
    'campaigns/:id': [c.campaign],
    'join/:token': [c.referral],
    'invitations/:token': [c.invitation],
    'static/:file': [c.asset.replace('/static/', '')],
    'logos/:id': [c.logoOrg],
    'users/:id': [c.adminId],
    'charter/:version': ['1'],
    'signatures/:id': [c.sigs.approve, c.sigs.reject, c.sigs.info],
    'receipts/:id': [c.receipt],
    'ledger/:seq': ['1', '2'],
    'objectives/:oid': [c.objective],
    'actions/:aid': [c.action],
  };
}

/** What a form on some page sends: its fields, with the values the page filled in or offered. */
interface FormShape {
  fields: Map<string, string[]>;
}
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function scrapeForms(html: string, pageUrl: string): { action: string; method: string; shape: FormShape }[] {
  const out: { action: string; method: string; shape: FormShape }[] = [];
  for (const f of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = f[1] ?? '';
    const inner = f[2] ?? '';
    const action = decode(/\baction="([^"]*)"/.exec(attrs)?.[1] ?? pageUrl);
    const method = (/\bmethod="([^"]*)"/.exec(attrs)?.[1] ?? 'get').toUpperCase();
    const fields = new Map<string, string[]>();
    const add = (name: string, value: string) => {
      if (name === '_csrf') return;
      const list = fields.get(name) ?? [];
      if (!list.includes(value)) list.push(value);
      fields.set(name, list);
    };
    for (const m of inner.matchAll(/<(input|select|textarea|button)\b([^>]*)>/g)) {
      const a = m[2] ?? '';
      const name = /\bname="([^"]*)"/.exec(a)?.[1];
      if (!name) continue;
      const value = /\bvalue="([^"]*)"/.exec(a)?.[1];
      if (m[1] === 'select') {
        const rest = inner.slice((m.index ?? 0) + m[0].length);
        const options = /([\s\S]*?)<\/select>/.exec(rest)?.[1] ?? '';
        for (const o of options.matchAll(/<option\b[^>]*value="([^"]*)"/g))
          add(decode(name), decode(o[1] ?? ''));
      } else add(decode(name), decode(value ?? ''));
    }
    out.push({ action: action.split('?')[0] ?? action, method, shape: { fields } });
  }
  return out;
}

const { routes, onRoute } = routeCollector();
let t: TestApp;
let world: World;
let sent = 0;
/** How many answers of each status, to see at a glance how far the requests got. */
const statuses = new Map<number, number>();
const forms = new Map<string, FormShape>();
/** The values pages' search forms offer for each query parameter. */
const queryValues = new Map<string, string[]>();
/** The query parameters routes read, and those of every search form (added as pages are seen). */
const queryNames = new Set([
  ...['q', 'page', 'pageSize', 'sector', 'region', 'year', 'status', 'sort', 'lang', 'commitment'],
  ...['obstacle', 'target', 'when', 'role', 'action', 'token', 'next'],
]);

/** The app's logged errors by request id, so that a 5xx comes with its stack. */
const logged = new Map<string, string>();
const logStream = {
  write(line: string) {
    const l = JSON.parse(line) as { reqId?: string; err?: { stack?: string; message?: string } };
    if (l.reqId && l.err) logged.set(l.reqId, l.err.stack ?? l.err.message ?? '');
  },
};

before(async () => {
  t = await startTestApp({
    onRoute,
    logStream,
    env: { LOG_LEVEL: 'error', RATE_LIMIT_AUTH_MAX: '100000', RATE_LIMIT_ACCOUNT_MAX: '100000' },
  });
  world = await buildWorld(t);
});
after(() => t.close());

/** The route a URL path reaches, among routes of one method: the one with the fewest parameters. */
function routeOf(method: string, path: string): string | undefined {
  let best: { key: string; params: number } | undefined;
  for (const [key, r] of routes) {
    if (r.method !== method) continue;
    for (const u of r.urls) {
      const re = new RegExp(`^${u.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
      const params = (u.match(/:/g) ?? []).length;
      if (re.test(path) && (!best || params < best.params)) best = { key, params };
    }
  }
  return best?.key;
}

/** The URL with each parameter replaced by what `pick` chooses, given the world's values for it. */
function fill(url: string, real: Record<string, string[]>, pick: (options: string[]) => string) {
  const segments = url.split('/');
  return segments
    .map((s, i) => {
      if (!s.startsWith(':')) return s;
      const options = real[`${segments[i - 1]}/${s}`] ?? real[s] ?? [];
      return pick(options);
    })
    .join('/');
}

async function send(agent: Agent, r: Req, csrf: string): Promise<LightMyRequestResponse> {
  const query = r.query.length ? `?${urlencoded(r.query)}` : '';
  const headers: Record<string, string> = {
    cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
  };
  let payload: string | undefined;
  const b = r.body;
  if (b && b.kind !== 'none') headers['x-csrf-token'] = csrf;
  if (b?.kind === 'form') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = urlencoded([['_csrf', csrf], ...b.fields]);
  } else if (b?.kind === 'multipart') {
    headers['content-type'] = 'multipart/form-data; boundary=fuzzfuzz';
    payload = multipart([['_csrf', csrf], ...b.fields], 'fuzzfuzz');
  } else if (b?.kind === 'json') {
    headers['content-type'] = 'application/json';
    payload = b.text;
  } else if (b?.kind === 'other') {
    headers['content-type'] = b.contentType;
    payload = b.text;
  } else if (b?.kind === 'none') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  sent++;
  const res = await t.app.inject({ method: r.method as 'GET', url: r.path + query, headers, payload });
  statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
  for (const c of res.cookies as { name: string; value: string; maxAge?: number }[]) {
    if (c.maxAge === 0 || c.value === '') agent.cookies.delete(c.name);
    else agent.cookies.set(c.name, c.value);
  }
  return res;
}

const STACK = [
  /\bat [^\s()]+ \([^()\s]+:\d+:\d+\)/,
  /\bat (?:file:\/\/|node:|\/)[^\s]+:\d+:\d+/,
  /\b[A-Z]\w*Error: [^\n<]*\n\s+at /,
  /Internal Server Error/i,
];
const TEXTUAL = /^(text\/|application\/(json|problem\+json|xml)|$)/;

/** A short description of a request, for the failure message: long values show their length. */
function show(r: Req): string {
  return JSON.stringify(r, (_k, v) =>
    typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v,
  );
}

function arbitraries(ctx: Ctx) {
  const ids = [ctx.orgA, ctx.orgB, ctx.practice, ctx.obstacle, ctx.jointAction, ctx.campaign];
  const text: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...ids, '2026-01-01', 'C1'), fc.constantFrom(...NASTY))
        .map(([a, b]) => a + b),
    },
  );
  const value: fc.Arbitrary<Value> = fc.oneof(
    { weight: 8, arbitrary: text },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ENCODINGS).map((raw) => ({ raw })) },
  );
  const field: fc.Arbitrary<Field> = fc.oneof(
    { weight: 4, arbitrary: value },
    { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }) },
  );
  const json: fc.Arbitrary<string> = fc.letrec<{ v: string }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: text.map((s) => JSON.stringify(s)) },
      { weight: 2, arbitrary: fc.constantFrom(...JSON_NUMBERS) },
      { weight: 1, arbitrary: fc.constantFrom('null', 'true', 'false', '{}', '[]') },
      { weight: 1, arbitrary: fc.array(tie('v'), { maxLength: 3 }).map((a) => `[${a.join(',')}]`) },
      {
        weight: 1,
        arbitrary: fc
          .array(fc.tuple(fc.constantFrom('a', 'title', 'id', '__proto__', 'constructor'), tie('v')), {
            maxLength: 2,
          })
          .map((e) => `{${e.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
      },
    ),
  })).v;
  return { text, value, field, json };
}

type Arbs = ReturnType<typeof arbitraries>;

/** Requests for one route: real ids or bad values in the path, bad query parameters, a bad body. */
function requests(
  key: string,
  arbs: Arbs,
  real: Record<string, string[]>,
  csrf: () => string,
): fc.Arbitrary<Req> {
  const route = routes.get(key);
  assert.ok(route);
  const method = route.method;
  const shapes = route.urls.map((u) => forms.get(`${method} ${u}`)).filter((s) => s !== undefined);
  const known = new Map<string, string[]>();
  for (const s of shapes) for (const [k, v] of s.fields) known.set(k, v);
  // A route no page's form reaches (a link in a message, a page that needs a token) gets the usual names.
  const names = known.size ? [...known.keys()] : ['token', 'password', 'email', 'name', 'confirm', 'note'];

  const path = fc
    .tuple(
      fc.constantFrom(...route.urls),
      fc.array(fc.oneof({ weight: 3, arbitrary: fc.nat() }, { weight: 1, arbitrary: arbs.value }), {
        minLength: 4,
        maxLength: 4,
      }),
    )
    .map(([url, choices]) => {
      let i = 0;
      return fill(url, real, (options) => {
        const c = choices[i++ % choices.length];
        if (typeof c === 'number' && options.length) return options[c % options.length] ?? '';
        return typeof c === 'number' ? '00000000-0000-0000-0000-000000000000' : enc(c as Value);
      });
    });
  // Query parameters of any page, with a bad value or one a page's search form offers.
  const query = fc.array(
    fc
      .constantFrom(...queryNames)
      .chain((n) =>
        fc.tuple(fc.constant(n), fc.oneof(arbs.field, fc.constantFrom(...(queryValues.get(n) ?? [''])))),
      ),
    { maxLength: 4 },
  );
  // Start from what the page's form would send, then break some of it: bad values, lists, fields left out.
  type Change = 'keep' | 'drop' | Field;
  const change: fc.Arbitrary<Change> = fc.oneof(
    { weight: 5, arbitrary: fc.constant<'keep'>('keep') },
    { weight: 1, arbitrary: fc.constant<'drop'>('drop') },
    { weight: 2, arbitrary: arbs.field },
  );
  // Either one field changed, so that the rest passes and the bad one reaches what reads it, or several.
  const changes: fc.Arbitrary<Change[]> = fc.oneof(
    fc
      .tuple(fc.nat(), change)
      .map(([at, c]) => names.map((_n, i): Change => (i === at % names.length ? c : 'keep'))),
    fc.array(change, { minLength: names.length, maxLength: names.length }),
  );
  const extra = fc.array(
    fc.tuple(fc.constantFrom(...names, ...queryNames, 'organisationId', 'x[y]'), arbs.field),
    { maxLength: 2 },
  );
  const formFields: fc.Arbitrary<[string, Field][]> = fc.tuple(changes, extra).map(([cs, more]) => [
    ...names.flatMap((n, i): [string, Field][] => {
      const c = cs[i] ?? 'keep';
      const offered = known.get(n) ?? [''];
      if (c === 'drop') return [];
      if (c === 'keep') return [[n, offered.find((v) => v !== '') ?? offered[0] ?? '']];
      return [[n, c]];
    }),
    ...more,
  ]);
  const body: fc.Arbitrary<Req['body']> = fc.oneof(
    { weight: 5, arbitrary: formFields.map((fields) => ({ kind: 'form' as const, fields })) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(fc.constantFrom(...names, 'title', 'id'), arbs.json), {
          maxLength: Math.max(names.length, 2),
        })
        .map((e) => ({
          kind: 'json' as const,
          text: `{${[['_csrf', JSON.stringify(csrf())], ...e].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`,
        })),
    },
    { weight: 1, arbitrary: arbs.json.map((text) => ({ kind: 'json' as const, text })) },
    { weight: 2, arbitrary: formFields.map((fields) => ({ kind: 'multipart' as const, fields })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('other' as const),
        contentType: fc.constantFrom(
          'text/plain',
          'application/json',
          'application/x-www-form-urlencoded; charset=latin1',
          'multipart/form-data',
        ),
        text: fc.constantFrom('{', '{"a":', '_csrf=%', 'a=1&a=2&a', '\u0000', long),
      }),
    },
  );
  return fc.record({
    method: fc.constant(method),
    path,
    query,
    body: method === 'GET' ? fc.constant(undefined) : body,
  });
}

/**
 * The forms of every page, so that bodies start from what a browser would send: each page visited as the
 * role most likely to see its forms (then as a visitor, for the pages of signing in), once for each of the
 * world's values of its parameters, each form filed under the route it posts to.
 */
async function learnForms(as: { representative: Agent; admin: Agent; anonymous: Agent }) {
  const real = realParams(world.ctx);
  const learn = (f: ReturnType<typeof scrapeForms>[number]) => {
    const target = routeOf(f.method, f.action);
    for (const u of (target && routes.get(target)?.urls) || []) {
      const shape = forms.get(`${f.method} ${u}`) ?? { fields: new Map() };
      for (const [k, v] of f.shape.fields)
        shape.fields.set(k, [...new Set([...(shape.fields.get(k) ?? []), ...v])]);
      forms.set(`${f.method} ${u}`, shape);
      if (f.method !== 'GET') continue;
      for (const [k, v] of f.shape.fields) {
        queryNames.add(k);
        queryValues.set(k, [...new Set([...(queryValues.get(k) ?? []), ...v])]);
      }
    }
  };
  for (const r of routes.values()) {
    const url = r.urls[0] ?? '';
    if (r.method !== 'GET' || !/^\/[a-z]{2}(\/|$)/.test(url) || /\.\w+$/.test(url)) continue;
    const variants = Math.max(1, ...(url.match(/[^/]+\/:\w+/g) ?? []).map((p) => real[p]?.length ?? 1));
    for (let i = 0; i < Math.min(variants, 3); i++) {
      const page = fill(url, real, (options) => options[i % options.length] ?? '');
      for (const agent of [url.includes('/admin/') ? as.admin : as.representative, as.anonymous]) {
        const res = await agent.get(page);
        if (!String(res.headers['content-type']).startsWith('text/html')) continue;
        for (const f of scrapeForms(res.body, page)) learn(f);
        if (res.statusCode === 200) break;
      }
    }
  }
}

function hash(s: string) {
  let h = 0;
  for (const ch of s) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) | 0;
  return h;
}

test('no route answers bad input with a 5xx or a stack trace, as any role', async (tt) => {
  const { ctx } = world;
  const real = realParams(ctx);
  const arbs = arbitraries(ctx);
  const cached: Partial<Record<Role, Agent>> = { admin: world.admin };
  const agentFor = async (role: Role, fresh: boolean) => {
    const agent = (!fresh && cached[role]) || (await world.fresh[role]());
    if (!fresh) cached[role] = agent;
    await agent.get('/fr/sign-up'); // a page with a form: the CSRF cookie and a token
    return { agent, csrf: agent.csrf() };
  };

  await learnForms({
    representative: (await agentFor('representative', false)).agent,
    admin: (await agentFor('admin', false)).agent,
    anonymous: (await agentFor('anonymous', false)).agent,
  });

  for (const key of [...routes.keys()].sort().filter((k) => k.includes(ONLY))) {
    await tt.test(key, async () => {
      const failures: string[] = [];
      for (const role of ROLES) {
        // Routes that end sessions get a fresh agent, so the others keep theirs.
        const { agent, csrf } = await agentFor(role, key.includes('sign-out'));
        const result = await fc.check(
          fc.asyncProperty(
            requests(key, arbs, real, () => csrf),
            async (r) => {
              const res = await send(agent, r, csrf);
              const type = String(res.headers['content-type'] ?? '');
              const body = TEXTUAL.test(type) ? res.body : '';
              const trace = STACK.find((re) => re.test(body));
              if (res.statusCode >= 500 || trace) {
                const stack = logged.get(String(res.headers['x-request-id']));
                const shown = trace ? body.slice(Math.max(0, body.search(trace) - 100)) : body;
                failures.push(
                  `${role} ${res.statusCode} ${show(r)}\n    ${stack?.split('\n').slice(0, 8).join('\n    ') ?? shown.slice(0, 300)}`,
                );
                return false;
              }
              return true;
            },
          ),
          { seed: SEED + hash(`${key} ${role}`), numRuns: RUNS, endOnFailure: true },
        );
        if (result.failed && failures.length === 0)
          failures.push(`${role}: ${result.errorInstance ?? 'failed'}`);
        // A request may have taken the secretariat's role away from its own account: give it back.
        await t.deps.db.update(users).set({ role: 'admin' }).where(eq(users.id, ctx.adminId));
      }
      if (failures.length) assert.fail(`${key}:\n  ${failures.join('\n  ')}`);
    });
  }
  const answers = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
  tt.diagnostic(`${sent} requests, ${RUNS} per route and role (seed ${SEED}); answers ${answers.join(', ')}`);
});

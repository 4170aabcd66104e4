import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { RouteOptions } from 'fastify';
import { type LoadedCase, loadCases, type Role, routeCollector } from '../helpers/access.ts';
import { type Agent, startTestApp, type TestApp } from '../helpers/app.ts';
import { buildWorld, ROLES } from '../helpers/world.ts';

/**
 * Every route of the app, tried as each role. Each feature declares its routes' cases in its own
 * access.cases.ts (the platform's routes in a file beside their code; helpers/access.ts finds them all). A route
 * added without a case fails the first test, so no route ships without an authorization check. The world
 * and its roles are in helpers/world.ts.
 */
const { routes, onRoute } = routeCollector();

const src = `${path.resolve(import.meta.dirname, '../../src')}/`;
/** For each route, the folder of the code that registered it: a feature's, else the platform part's. */
const registeredBy = new Map<string, Set<string>>();
function recordRegistrar(r: RouteOptions) {
  // The registering file is on the stack while Fastify announces the route; keep enough frames to reach it.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const folders = [...stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+):\d+:\d+/g)]
    .map((m) => m[1] ?? '')
    .filter((f) => f.startsWith(src))
    .map((f) => path.dirname(`src/${f.slice(src.length)}`));
  // A platform helper (the editor) registers routes for features: the feature is the owner.
  const owner =
    folders.find((f) => f.startsWith('src/features/')) ??
    folders.find((f) => f.startsWith('src/platform/')) ??
    'unknown';
  onRoute(r);
  // routeCollector names the route; find the names this registration produced or extended.
  for (const m of [r.method].flat()) {
    if (m === 'HEAD') continue;
    for (const [name, route] of routes) {
      if (route.method === m && route.urls.includes(r.url)) {
        const set = registeredBy.get(name) ?? new Set();
        set.add(owner);
        registeredBy.set(name, set);
      }
    }
  }
}

let t: TestApp;
let cases: LoadedCase[];
let duplicates: string[];
before(async () => {
  t = await startTestApp({ onRoute: recordRegistrar });
  ({ cases, duplicates } = await loadCases());
});
after(() => t.close());

test('every route has one authorization case, in the feature that registers it, in every language', () => {
  assert.deepEqual(duplicates, [], 'routes with a case in two files');
  const names = new Set(cases.map((c) => c.name));
  const missing = [...routes.keys()].filter((r) => !names.has(r));
  assert.deepEqual(missing, [], 'routes without an authorization case');
  const stale = [...names].filter((c) => !routes.has(c));
  assert.deepEqual(stale, [], 'cases for routes that do not exist');
  const unknown = [...routes.keys()].filter((r) =>
    [...(registeredBy.get(r) ?? ['unknown'])].includes('unknown'),
  );
  assert.deepEqual(unknown, [], 'routes whose registering code was not found on the stack');
  const misplaced = cases
    .filter((c) => routes.has(c.name))
    .filter((c) => ![...(registeredBy.get(c.name) ?? [])].every((f) => f === path.dirname(c.file)))
    .map((c) => `${c.name}: in ${c.file}, registered in ${[...(registeredBy.get(c.name) ?? [])].join(', ')}`);
  assert.deepEqual(misplaced, [], 'cases not beside the code that registers their route');
});

test('each route answers each role as its case says', async () => {
  const { ctx, admin, fresh, next } = await buildWorld(t);
  const cached: Partial<Record<Role, Agent>> = { admin };
  for (const c of cases) {
    const name = c.name;
    for (const role of ROLES) {
      // Routes that end sessions get a fresh agent, so the others keep theirs.
      const ends = name.includes('sign-out');
      const agent = ends ? await fresh[role]() : (cached[role] ?? (await fresh[role]()));
      if (!ends) cached[role] = agent;
      const url = await c.url(ctx);
      if (c.form) await agent.get('/fr/sign-up'); // any page with a form, for a CSRF token
      const res = c.form ? await agent.post(url, c.form(next(), ctx)) : await agent.get(url);
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

import fs from 'node:fs';
import path from 'node:path';
import type { RouteOptions } from 'fastify';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import type { Ctx, Role } from './world.ts';

/**
 * Authorization cases: each feature lists, in its own `access.cases.ts`, every route it registers, tried as
 * each role (the roles and the world they act in are in world.ts). test/http/authorization.test.ts runs them
 * all and fails on a route without a case; test/http/bad-input.test.ts feeds their forms bad input.
 */
export type { Ctx, Role };

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

export interface Expect {
  status: number;
  /** Where a 303 must lead (a prefix). */
  to?: string;
}

export interface Case {
  url: (c: Ctx) => string | Promise<string>;
  /** The form to post (the route is then tried with POST); `n` is a number never given before. */
  form?: (n: number, c: Ctx) => Record<string, string>;
  expect: Record<Role, Expect>;
  /**
   * Fields of the form whose value only chooses (a button, a box) or that the route does not read: any other
   * value is handled as the default, so bad-input.test.ts does not expect a long one to be refused.
   */
  controls?: string[];
  /**
   * Runs after every case without it, in the order of its file: for cases that change the world the others
   * rely on (A signing again, then withdrawing).
   */
  last?: true;
}

/** Keyed "METHOD /url", the language segment written ":l", as routeCollector names routes. */
export type Cases = Record<string, Case>;

export const SIGN_IN = '/fr/sign-in';
export const signInFirst: Expect = { status: 303, to: SIGN_IN };
export const ok: Expect = { status: 200 };
export const no: Expect = { status: 403 };

export const all = (e: Expect): Record<Role, Expect> => ({
  anonymous: e,
  user: e,
  editor: e,
  representative: e,
  admin: e,
  helper: e,
  coordinator: e,
});
export const signedIn = (e: Expect): Record<Role, Expect> => ({ ...all(e), anonymous: signInFirst });
export const adminOnly = (e: Expect): Record<Role, Expect> => ({
  anonymous: signInFirst,
  user: no,
  editor: no,
  representative: no,
  admin: e,
  helper: no,
  coordinator: no,
});
/** The editor and representative of A and B; the secretariat gets `admin`. */
export const members = (e: Expect, admin: Expect = ok): Record<Role, Expect> => ({
  anonymous: signInFirst,
  user: no,
  editor: e,
  representative: e,
  admin,
  helper: no,
  coordinator: no,
});
export const representatives = (e: Expect): Record<Role, Expect> => ({
  anonymous: signInFirst,
  user: no,
  editor: no,
  representative: e,
  admin: no,
  helper: no,
  coordinator: no,
});
/** Only the digital helpers of A (a signed-in person who is not a helper is refused). */
export const helpers = (e: Expect): Record<Role, Expect> => ({ ...signedIn(no), helper: e });
/** A network's coordinators and the secretariat. */
export const coordinators = (e: Expect): Record<Role, Expect> => ({
  ...signedIn(no),
  admin: e,
  coordinator: e,
});

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Every `access.cases.ts` (or other cases file) under src/, each feature's and the platform's, found on disk so
 * that a new feature adds its file and touches nothing here; relative paths, sorted, so the order is the same
 * everywhere.
 */
export function caseFiles(name = 'access.cases.ts'): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name === name) found.push(path.relative(root, p));
    }
  };
  walk(path.join(root, 'src'));
  return found.sort();
}

/** Every cases file of that name, imported, with its path. */
export async function importCaseFiles<T>(name: string): Promise<{ file: string; mod: T }[]> {
  return Promise.all(
    caseFiles(name).map(async (file) => ({ file, mod: (await import(path.join(root, file))) as T })),
  );
}

export interface LoadedCase extends Case {
  /** The route, as in Cases. */
  name: string;
  /** The file that declares it. */
  file: string;
}

/**
 * The cases of every file, in the order they must run: file by file, each in its own order, then the
 * `last` ones. A route declared by two files is in `duplicates` (and only its first case is kept).
 */
export async function loadCases(): Promise<{ cases: LoadedCase[]; duplicates: string[] }> {
  const loaded: LoadedCase[] = [];
  const duplicates: string[] = [];
  const seen = new Map<string, string>();
  for (const { file, mod } of await importCaseFiles<{ cases?: Cases }>('access.cases.ts')) {
    if (!mod.cases) throw new Error(`${file} does not export \`cases\``);
    for (const [name, c] of Object.entries(mod.cases)) {
      const other = seen.get(name);
      if (other) {
        duplicates.push(`${name}: ${other} and ${file}`);
        continue;
      }
      seen.set(name, file);
      loaded.push({ ...c, name, file });
    }
  }
  return { cases: [...loaded.filter((c) => !c.last), ...loaded.filter((c) => c.last)], duplicates };
}

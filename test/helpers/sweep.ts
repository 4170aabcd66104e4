import { importCaseFiles, type LoadedCase } from './access.ts';
import type { TestApp } from './app.ts';
import type { Ctx, Role } from './world.ts';

/**
 * The page sweep (test/browser/pages.test.ts) visits every page its roles may see, found from the authorization
 * cases: each GET route that answers a role with an HTML page. A feature adds, in its own `sweep.cases.ts`,
 * only what those cases do not show: content the world lacks, more addresses of its pages (a filter, an empty
 * search, another role's view) and forms sent with mistakes, whose error summary axe must check too.
 */
export type SweepRole = Extract<Role, 'anonymous' | 'representative' | 'admin' | 'helper'>;

export interface SweepPage {
  as: SweepRole;
  /** A French address, as in the access cases; the sweep puts each language in its place. */
  url: (c: Ctx, t: TestApp) => string | Promise<string>;
}

export interface SweepForm extends SweepPage {
  /** Values to type before sending (selector → value), e.g. an empty required field or a wrong number. */
  fill?: Record<string, string>;
  /** The button to press, when the page has more than one form. */
  submit?: string;
}

export interface SweepCases {
  /** Adds, through the world's factories or the services, what the feature's pages are best checked with. */
  setup?: (c: Ctx, t: TestApp) => Promise<void>;
  pages?: SweepPage[];
  errors?: SweepForm[];
}

export async function loadSweepCases(): Promise<Required<SweepCases>> {
  const files = await importCaseFiles<{ sweep?: SweepCases }>('sweep.cases.ts');
  const all: Required<SweepCases> = { setup: async () => {}, pages: [], errors: [] };
  const setups: NonNullable<SweepCases['setup']>[] = [];
  for (const { file, mod } of files) {
    if (!mod.sweep) throw new Error(`${file} does not export \`sweep\``);
    if (mod.sweep.setup) setups.push(mod.sweep.setup);
    all.pages.push(...(mod.sweep.pages ?? []));
    all.errors.push(...(mod.sweep.errors ?? []));
  }
  all.setup = async (c, t) => {
    for (const setup of setups) await setup(c, t);
  };
  return all;
}

/**
 * The roles that visit a route's page: a visitor every public page; a representative every page a member
 * may see; the secretariat its own pages and the members' pages it sees as well, not the public ones again;
 * a digital helper the pages only helpers see.
 */
export function visitorsOf(c: LoadedCase): SweepRole[] {
  if (!c.name.startsWith('GET /:l')) return [];
  const sees = (r: Role) => c.expect[r].status === 200;
  const roles: SweepRole[] = [];
  if (sees('anonymous')) roles.push('anonymous');
  if (sees('representative')) roles.push('representative');
  if (sees('admin') && !sees('anonymous')) roles.push('admin');
  if (sees('helper') && !sees('anonymous') && !sees('representative')) roles.push('helper');
  return roles;
}

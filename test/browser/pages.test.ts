import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { loadCases } from '../helpers/access.ts';
import type { Agent } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import {
  axeViolations,
  firstVisitPage,
  MAX_PAGE_BYTES,
  startBrowserApp,
  weigh,
} from '../helpers/browser-app.ts';
import { loadSweepCases, type SweepForm, type SweepRole, visitorsOf } from '../helpers/sweep.ts';
import { buildWorld, type World } from '../helpers/world.ts';

/**
 * Every page, in every language: axe finds nothing, it has one h1, nothing scrolls sideways at 320 px, and the
 * page with its CSS weighs at most 50 KB on the wire. The pages are those of the authorization cases that
 * answer with HTML, as each role that sees them (helpers/sweep.ts), in the world those cases use, with what
 * each feature's sweep.cases.ts adds.
 */

/**
 * At 320 CSS pixels (a small phone, or 1280 px at 400 % zoom; 200 % of a 640 px window is the same width) nothing
 * scrolls sideways. In the same visit as axe, so the sweep stays as fast. Returns what sticks out, if anything.
 */
async function sideways(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 320, height: 640 });
  // A string, not a function: tsx would wrap the inner arrow functions in a helper the page does not have.
  return page.evaluate(`(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return [];
    const out = (el) => el.getBoundingClientRect().right > width + 0.5;
    // The innermost elements that stick out: those are the ones to fix.
    const culprits = [...document.querySelectorAll('body *')].filter((el) => out(el) && ![...el.children].some(out));
    return [
      'page is ' + root.scrollWidth + ' px wide',
      ...culprits.slice(0, 5).map((el) =>
        el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map((c) => '.' + c).join('') +
        ': ' + Math.round(el.getBoundingClientRect().right) + ' px'),
    ];
  })()`);
}

type Cookie = Parameters<BrowserContext['addCookies']>[0][number];
type Visit = { path: string; as: SweepRole };

describe('every page in every language', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let world: World;
  const cookies: Record<SweepRole, Cookie[]> = { anonymous: [], representative: [], admin: [], helper: [] };
  const visits: Visit[] = [];
  const errorForms: (SweepForm & { path: string })[] = [];
  const weights: { url: string; bytes: number }[] = [];
  /** A French address of the cases, without its language: the sweep puts each language in its place. */
  const pathOf = (url: string) => url.replace(/^\/fr(?=\/|\?|$)/, '');

  before(async () => {
    env = await startBrowserApp();
    const { t } = env;
    world = await buildWorld(t);
    const extra = await loadSweepCases();
    await extra.setup(world.ctx, t);
    const agents: Record<SweepRole, Agent> = {
      anonymous: await world.fresh.anonymous(),
      representative: await world.fresh.representative(),
      admin: world.admin,
      helper: await world.fresh.helper(),
    };
    for (const role of Object.keys(agents) as SweepRole[])
      cookies[role] = [...agents[role].cookies].map(([name, value]) => ({ name, value, url: env.base }));
    const header = (as: SweepRole) => cookies[as].map((c) => `${c.name}=${c.value}`).join('; ');
    // Each route once per role that sees it; the server says which routes answer with a page, not a file
    // (a PDF, a CSV, a printable report to save). The link pages answer 400 without their token's cookie: the
    // sweep cases visit them through their emailed links.
    for (const c of (await loadCases()).cases) {
      for (const as of visitorsOf(c)) {
        const url = await c.url(world.ctx);
        const res = await t.app.inject({ url, headers: { cookie: header(as) } });
        const page =
          res.statusCode === 200 &&
          String(res.headers['content-type']).startsWith('text/html') &&
          !String(res.headers['content-disposition'] ?? '').startsWith('attachment');
        if (page) visits.push({ path: pathOf(url), as });
      }
    }
    for (const p of extra.pages) visits.push({ path: pathOf(await p.url(world.ctx, t)), as: p.as });
    for (const f of extra.errors) errorForms.push({ ...f, path: pathOf(await f.url(world.ctx, t)) });
  });
  after(async () => {
    const heaviest = weights.sort((a, b) => b.bytes - a.bytes)[0];
    if (heaviest)
      console.log(
        `${visits.length} pages per language; heaviest: ${heaviest.url}, ${(heaviest.bytes / 1024).toFixed(1)} KB transferred`,
      );
    await env?.close();
  });

  const VIEWPORT = { width: 1280, height: 720 };
  /**
   * Visits every path, two at a time: axe is the slow part. Each of the two workers keeps one context and one
   * page per role for the whole language (a context per page cost a browser process per page). Before each
   * visit, the context's cookies are put back to the role's session (none for a visitor): the link pages move
   * their token into a cookie, which would change what the next page shows. The cache is off, so each page
   * still weighs what a first visit costs, and the check shows every style sheet was counted.
   */
  const sweep = async (
    locale: string,
    list: Visit[],
    check: (page: Page, url: string, visit: Awaited<ReturnType<typeof weigh>>) => Promise<void>,
  ) => {
    const queue = [...list];
    const contexts: BrowserContext[] = [];
    const worker = async () => {
      const pages = new Map<SweepRole, Page>();
      try {
        for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
          let page = pages.get(v.as);
          if (!page) {
            const ctx = await env.browser.newContext({ viewport: VIEWPORT });
            contexts.push(ctx);
            page = await firstVisitPage(ctx);
            pages.set(v.as, page);
          }
          await page.context().clearCookies();
          await page.context().addCookies(cookies[v.as]);
          await page.setViewportSize(VIEWPORT);
          const url = `${env.base}/${locale}${v.path}`;
          const visit = await weigh(page, url);
          weights.push({ url, bytes: visit.bytes });
          assert.equal(
            visit.stylesheets,
            await page.locator('link[rel=stylesheet]').count(),
            `every style sheet of ${url} weighed`,
          );
          await check(page, `${url} as ${v.as}`, visit);
        }
      } catch (e) {
        // The other worker stops at its next page rather than running on.
        queue.length = 0;
        throw e;
      }
    };
    const done = await Promise.allSettled([worker(), worker()]);
    await Promise.all(contexts.map((c) => c.close()));
    for (const d of done) if (d.status === 'rejected') throw d.reason;
  };
  const checkPage =
    (locale: string) =>
    async (page: Page, url: string, { bytes }: { bytes: number }) => {
      assert.equal(await page.getAttribute('html', 'lang'), locale, url);
      assert.equal(await page.locator('h1').count(), 1, `one h1 on ${url}`);
      assert.deepEqual(await axeViolations(page), [], url);
      assert.ok(bytes <= MAX_PAGE_BYTES, `${url} weighs ${bytes} bytes`);
      assert.deepEqual(await sideways(page), [], `${url} at 320 px`);
    };

  test('there are pages to visit as each role', () => {
    for (const as of ['anonymous', 'representative', 'admin'] as const)
      assert.ok(visits.filter((v) => v.as === as).length > 10, `pages to visit as ${as}`);
  });

  for (const locale of LOCALES) {
    test(`${locale}: the pages a visitor sees`, async () => {
      await sweep(
        locale,
        visits.filter((v) => v.as === 'anonymous'),
        checkPage(locale),
      );
    });

    test(`${locale}: forms showing their errors`, async () => {
      for (const as of ['anonymous', 'representative', 'admin'] as const) {
        const ctx = await env.browser.newContext();
        await ctx.addCookies(cookies[as]);
        const page = await ctx.newPage();
        for (const f of errorForms.filter((e) => e.as === as)) {
          await page.goto(`${env.base}/${locale}${f.path}`);
          for (const [selector, value] of Object.entries(f.fill ?? {})) await page.fill(selector, value);
          await page.click(f.submit ?? 'main button[type=submit]');
          await page.waitForSelector('.error-summary');
          assert.deepEqual(await axeViolations(page), [], `${f.path} as ${as}, with errors`);
        }
        await ctx.close();
      }
    });

    test(`${locale}: signed-in pages`, async () => {
      await sweep(
        locale,
        visits.filter((v) => v.as !== 'anonymous'),
        async (page, url, visit) => {
          assert.equal(visit.status, 200, url);
          await checkPage(locale)(page, url, visit);
        },
      );
    });
  }
});

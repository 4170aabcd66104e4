import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import axe, { type AxeResults, type RunOptions } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { startTestApp, type TestApp } from './app.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export const MAX_PAGE_BYTES = 50 * 1024;

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** The app on a real port, and Debian's Chromium pointed at it. */
export async function startBrowserApp(): Promise<{
  t: TestApp;
  browser: Browser;
  base: string;
  close(): Promise<void>;
}> {
  const t = await startTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    t,
    browser,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** Runs axe with the WCAG 2.2 AA and best-practice rules; returns a readable list of what it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await runAxe(page);
  if (!result.passes.length) throw new Error(`axe checked nothing on ${page.url()}`);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  // Violations are still reported in full; passes and the rest keep one node per rule, which spares axe
  // building a selector for every element of the page.
  resultTypes: ['violations'],
};

/**
 * AxeBuilder injects axe-core's source twice per analysis and opens a blank page to merge the frames' results.
 * A page without frames needs neither: axe is injected once and runs where it is, with the same rules.
 */
async function runAxe(page: Page): Promise<AxeResults> {
  if (page.frames().length > 1) return new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate((options) => window.axe.run(document, options), AXE_OPTIONS);
}

type Weighed = { status: number; bytes: number; stylesheets: number };

/** Loads a URL in a new page of the context and adds up the bytes that crossed the wire. */
export async function visitAndWeigh(context: BrowserContext, url: string): Promise<Weighed & { page: Page }> {
  const page = await context.newPage();
  return { page, ...(await weigh(page, url)) };
}

/**
 * A page that can visit one URL after another, each as a first visit: the browser cache is off (through the
 * DevTools protocol, for as long as the page lives), so every stylesheet and image crosses the wire again.
 */
export async function firstVisitPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

/**
 * Loads a URL and adds up the bytes that crossed the wire (headers and bodies of the page, its styles and
 * images, redirects included); `stylesheets` counts the style sheets that came with a body, which a cached
 * one does not.
 */
export async function weigh(page: Page, url: string): Promise<Weighed> {
  const sizes: Promise<{ bytes: number; sheet: boolean }>[] = [];
  const finished = (req: Request) => {
    sizes.push(
      req.sizes().then((s) => ({
        bytes: s.responseBodySize + s.responseHeadersSize,
        sheet: req.resourceType() === 'stylesheet' && s.responseBodySize > 0,
      })),
    );
  };
  page.on('requestfinished', finished);
  try {
    // Pages run no JavaScript: once loaded (styles and images included), nothing else arrives.
    const res = await page.goto(url, { waitUntil: 'load' });
    const all = await Promise.all(sizes);
    return {
      status: res?.status() ?? 0,
      bytes: all.reduce((a, b) => a + b.bytes, 0),
      stylesheets: all.filter((s) => s.sheet).length,
    };
  } finally {
    page.off('requestfinished', finished);
  }
}

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a visible focus indicator (outline or box-shadow). */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') || s.boxShadow !== 'none';
  });
}

// Keyboard-only steps shared by the browser walk-throughs.

/**
 * Signs in through the form in a fresh en-GB context; returns the page on the account screen (or, for someone
 * in no organisation yet, on the task list).
 */
export async function signIn(browser: Browser, base: string, email: string) {
  // en-GB: date fields take the day, then the month, then the year.
  const ctx = await browser.newContext({ locale: 'en-GB' });
  const page = await ctx.newPage();
  await page.goto(`${base}/en/sign-in`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', 'correct horse battery');
  await page.click('main button[type=submit]');
  await page.waitForURL(/\/en\/(account|start)$/);
  return page;
}
/**
 * Reaches a field with Tab, and types into it after what it holds. A date is given as YYYY-MM-DD and typed as
 * Chromium's date field takes it in its (en-US) interface: month, day, year.
 */
export async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, selector, 80);
  assert.ok(await focusIsVisible(page), `focus visible on ${selector}`);
  if ((await page.getAttribute(selector, 'type')) === 'date') {
    const [y, m, d] = text.split('-');
    await page.keyboard.type(`${m}${d}${y}`);
    assert.equal(await page.inputValue(selector), text);
  } else {
    await page.keyboard.press('End');
    await page.keyboard.type(text);
  }
}
/** Reaches a button or link with Tab and presses Enter, waiting for the next page, which shows no error. */
export async function press(page: Page, selector: string) {
  await tabTo(page, selector, 80);
  assert.ok(await focusIsVisible(page), `focus visible on ${selector}`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const summary = page.locator('.error-summary');
  if (await summary.count()) assert.fail(`errors shown: ${await summary.textContent()}`);
}
/** Ticks a checkbox with the space bar. */
export async function tick(page: Page, selector: string) {
  await tabTo(page, selector, 80);
  await page.keyboard.press('Space');
  assert.ok(await page.isChecked(selector), selector);
}
/** Picks a radio button: Tab into its group, then the arrow keys, as screen reader users do. */
export async function choose(page: Page, name: string, value: string) {
  await tabTo(page, `input[name="${name}"]`, 80);
  for (let i = 0; i < 6; i++) {
    if (await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, value)) break;
    await page.keyboard.press('ArrowDown');
  }
  // Tab lands on the first radio of a group with nothing chosen without choosing it: Space does.
  if (!(await page.isChecked(`input[name="${name}"][value="${value}"]`))) await page.keyboard.press('Space');
  assert.ok(await page.isChecked(`input[name="${name}"][value="${value}"]`), `${name}=${value}`);
}

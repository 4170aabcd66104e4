import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from './app.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export const MAX_PAGE_BYTES = 50 * 1024;

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
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (!result.passes.length) throw new Error(`axe checked nothing on ${page.url()}`);
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Loads a URL in a fresh context (nothing cached) and adds up the bytes that crossed the wire. */
export async function visitAndWeigh(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; status: number; bytes: number }> {
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (req) => {
    sizes.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  // Pages run no JavaScript: once loaded (styles and images included), nothing else arrives.
  const res = await page.goto(url, { waitUntil: 'load' });
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  return { page, status: res?.status() ?? 0, bytes };
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

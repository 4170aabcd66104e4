import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { Agent, lastMailTo, linkIn, signedInAdmin } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { axeViolations, MAX_PAGE_BYTES, startBrowserApp, visitAndWeigh } from '../helpers/browser-app.ts';

/**
 * Every page, in every language: axe finds nothing, and the page with its CSS weighs at most 50 KB on the wire.
 * The signed-in pages are visited as an admin, who sees the most.
 */
describe('every page in every language', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let adminState: Awaited<ReturnType<BrowserContext['storageState']>>;
  const tokens: Record<string, string> = {};
  const weights: { url: string; bytes: number }[] = [];

  before(async () => {
    env = await startBrowserApp();
    const { t, browser, base } = env;
    await signedInAdmin(t, 'axe-admin@example.be');
    // A browser session for the admin, signed in through the real form.
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}/fr/sign-in`);
    await page.fill('#f-email', 'axe-admin@example.be');
    await page.fill('#f-password', 'correct horse battery');
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/fr\/account$/);
    adminState = await ctx.storageState();
    await ctx.close();
    // Live tokens, so that the verify and reset pages show their forms.
    const a = new Agent(t.app);
    await a.get('/fr/sign-up');
    await a.post('/fr/sign-up', {
      name: 'Axe',
      email: 'axe-new@example.be',
      password: 'long enough password',
    });
    tokens.verify = linkIn((await lastMailTo(t, 'axe-new@example.be'))?.bodyText).split('token=')[1] ?? '';
    await a.get('/fr/forgot-password');
    await a.post('/fr/forgot-password', { email: 'axe-admin@example.be' });
    tokens.reset = linkIn((await lastMailTo(t, 'axe-admin@example.be'))?.bodyText).split('token=')[1] ?? '';
  });
  after(async () => {
    const heaviest = weights.sort((a, b) => b.bytes - a.bytes)[0];
    if (heaviest)
      console.log(`Heaviest page: ${heaviest.url}, ${(heaviest.bytes / 1024).toFixed(1)} KB transferred`);
    await env?.close();
  });

  const anonymousPages = [
    '',
    '/sign-up',
    '/sign-up/check-email',
    '/sign-in',
    '/forgot-password',
    '/forgot-password/sent',
    '/verify-email?token={verify}',
    '/verify-email',
    '/reset-password?token={reset}',
    '/reset-password',
    '/no-such-page',
  ];
  const adminPages = [
    '',
    '/account',
    '/admin/users',
    '/admin/audit',
    '/admin/audit?action=auth.sign_in.success',
  ];

  for (const locale of LOCALES) {
    test(`${locale}: anonymous pages`, async () => {
      for (const p of anonymousPages) {
        const url = `${env.base}/${locale}${p.replace(/\{(\w+)\}/, (_, k: string) => tokens[k] ?? '')}`;
        const ctx = await env.browser.newContext();
        const { page, bytes } = await visitAndWeigh(ctx, url);
        weights.push({ url, bytes });
        assert.equal(await page.getAttribute('html', 'lang'), locale, url);
        assert.equal(await page.locator('h1').count(), 1, `one h1 on ${url}`);
        assert.deepEqual(await axeViolations(page), [], url);
        assert.ok(bytes <= MAX_PAGE_BYTES, `${url} weighs ${bytes} bytes`);
        await ctx.close();
      }
    });

    test(`${locale}: forms showing their errors`, async () => {
      const ctx = await env.browser.newContext();
      const page = await ctx.newPage();
      for (const p of ['/sign-up', '/sign-in', '/forgot-password']) {
        await page.goto(`${env.base}/${locale}${p}`);
        await page.click('main button[type=submit]');
        await page.waitForLoadState('load');
        assert.equal(await page.locator('.error-summary').count(), 1, p);
        assert.deepEqual(await axeViolations(page), [], `${p} with errors`);
      }
      await ctx.close();
    });

    test(`${locale}: signed-in pages`, async () => {
      for (const p of adminPages) {
        const url = `${env.base}/${locale}${p}`;
        const ctx = await env.browser.newContext({ storageState: adminState });
        const { page, bytes, status } = await visitAndWeigh(ctx, url);
        assert.equal(status, 200, url);
        weights.push({ url, bytes });
        assert.equal(await page.getAttribute('html', 'lang'), locale);
        assert.deepEqual(await axeViolations(page), [], url);
        assert.ok(bytes <= MAX_PAGE_BYTES, `${url} weighs ${bytes} bytes`);
        await ctx.close();
      }
    });
  }
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { inText, signedInAdmin, signedInUser } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { signIn, startBrowserApp, tabTo } from '../helpers/browser-app.ts';
import { createOrganisation } from '../helpers/org.ts';

/** The frame of every page: a short header on a phone, the secretariat's folded tools, a confirmation in view. */
describe('the frame of every page', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let admin: Page;
  let orgId: string;

  before(async () => {
    env = await startBrowserApp();
    await signedInAdmin(env.t, 'frame-admin@example.be');
    const rep = await signedInUser(env.t, { email: 'frame-rep@example.be' });
    orgId = await createOrganisation(rep, 4100, { legalName: 'Cadre Solidaire' });
    admin = await signIn(env.browser, env.base, 'frame-admin@example.be');
  });
  after(() => env?.close());

  const inView = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    });

  test('on a phone the menu is one button that opens by keyboard, without JavaScript', async () => {
    const ctx = await env.browser.newContext({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    });
    const page = await ctx.newPage();
    await page.goto(`${env.base}/fr/signatories`);
    assert.ok(await page.isVisible('.menu > summary'));
    assert.ok(!(await page.isVisible('nav a[href="/fr/charter"]')), 'the links wait behind the button');
    const header = await page.locator('.site-header').boundingBox();
    assert.ok(header && header.height < 130, `a short header: ${header?.height}px`);
    await tabTo(page, '.menu > summary');
    await page.keyboard.press('Enter');
    assert.ok(await page.isVisible('nav a[href="/fr/charter"]'));
    assert.equal(await page.getAttribute('.main-nav a[href="/fr/signatories"]', 'aria-current'), 'page');
    assert.equal(await page.getAttribute('.main-nav a[href="/fr/charter"]', 'aria-current'), null);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    );
    await ctx.close();
  });

  test('on a wide screen the menu is open, and the secretariat’s tools sit folded under one entry', async () => {
    await admin.goto(`${env.base}/fr/admin/users`);
    assert.ok(!(await admin.isVisible('.menu > summary')), 'no menu button when there is room');
    assert.ok(await admin.isVisible('nav a[href="/fr/charter"]'));
    assert.ok(
      !(await admin.isVisible('nav a[href="/fr/admin/audit"]')),
      'the secretariat’s links are folded',
    );
    await tabTo(admin, '.menu-group summary');
    await admin.keyboard.press('Enter');
    assert.ok(await admin.isVisible('nav a[href="/fr/admin/audit"]'));
    assert.equal(await admin.getAttribute('.main-nav a[href="/fr/admin/users"]', 'aria-current'), 'page');
    // A page under a section marks the section.
    await admin.goto(`${env.base}/fr/organisations/${orgId}`);
    assert.equal(await admin.getAttribute('.main-nav a[href="/fr/organisations"]', 'aria-current'), 'true');
  });

  test('after saving an objective, the confirmation is where the page lands', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(`${env.base}/fr/sign-in`);
    await page.fill('#f-email', 'frame-rep@example.be');
    await page.fill('#f-password', 'correct horse battery');
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/fr\/account$/);
    await page.goto(`${env.base}/fr/organisations/${orgId}/plan/objectives/new?commitment=C9`);
    await page.fill('#f-title', 'Rendre le rapport à temps');
    await page.fill('#f-deadline', '2026-12-31');
    await page.click('main button[type=submit]');
    await page.waitForURL(/\/plan#objective-/);
    const id = new URL(page.url()).hash.slice(1);
    const notice = `#${id} .notice`;
    assert.match((await page.textContent(notice)) ?? '', inText('fr')('plan.saved'));
    assert.ok(await inView(page, notice), 'the notice is on the screen where the page lands');
    assert.equal(await page.locator('main > .notice').count(), 0, 'and not a screen higher');
    await ctx.close();
  });
});

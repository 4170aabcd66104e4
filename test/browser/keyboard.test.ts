import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { lastMailTo, linkIn } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { focusIsVisible, startBrowserApp, tabTo } from '../helpers/browser-app.ts';

/** Sign-up, email confirmation and sign-in with the keyboard alone, seeing where the focus is at each step. */
describe('keyboard only', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  before(async () => {
    env = await startBrowserApp();
  });
  after(() => env?.close());

  test('the skip link is the first stop and leads to the content', async () => {
    const ctx = await env.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${env.base}/nl`);
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')));
    assert.ok(await focusIsVisible(page));
    await page.keyboard.press('Enter');
    // A fragment navigation reaches page.url() a moment after the key press: wait for it.
    await page.waitForURL(/#main$/);
    assert.equal(await page.evaluate(() => location.hash), '#main');
    await ctx.close();
  });

  test('sign up, fix a mistake through the error summary, confirm the email, and sign in', async () => {
    const ctx = await env.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${env.base}/en`);
    // From the home page to the sign-up form.
    await tabTo(page, 'main a[href="/en/sign-up"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/sign-up$/);

    await tabTo(page, '#f-name');
    assert.ok(await focusIsVisible(page), 'focus is visible on fields');
    await page.keyboard.type('Kim Keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kim@example.be');
    await page.keyboard.press('Tab');
    await page.keyboard.type('short');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.error-summary');

    // The error summary links to the field in error.
    assert.match(await page.title(), /^Error:/);
    await tabTo(page, '.error-summary a[href="#f-password"]');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-password');
    await page.keyboard.type('a much longer passphrase');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/sign-up\/check-email$/);

    const link = linkIn((await lastMailTo(env.t, 'kim@example.be'))?.bodyText);
    await page.goto(env.base + link);
    await tabTo(page, 'main button[type=submit]');
    assert.ok(await focusIsVisible(page), 'focus is visible on buttons');
    await page.keyboard.press('Enter');
    // Confirming signs the person in, on their task list.
    await page.waitForURL(/\/en\/start$/);
    assert.equal(await page.locator('h1').textContent(), 'Your first steps');

    // Signing in again, elsewhere, leads there too while they belong to no organisation.
    const other = await (await env.browser.newContext()).newPage();
    await other.goto(`${env.base}/en/sign-in`);
    await tabTo(other, '#f-email');
    await other.keyboard.type('kim@example.be');
    await other.keyboard.press('Tab');
    await other.keyboard.type('a much longer passphrase');
    await other.keyboard.press('Enter');
    await other.waitForURL(/\/en\/start$/);
    await tabTo(other, 'main a[href="/en/organisations/new"]');
    assert.ok(await focusIsVisible(other), 'focus is visible on the task list');
    await other.context().close();
    await ctx.close();
  });

  test('pages work with JavaScript switched off', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${env.base}/de/sign-in`);
    await page.fill('#f-email', 'nobody@example.be');
    await page.fill('#f-password', 'wrong password');
    await page.click('main button[type=submit]');
    await page.waitForLoadState('load');
    assert.equal(await page.locator('.error-summary').count(), 1);
    await ctx.close();
  });
});

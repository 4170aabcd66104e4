import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Agent, lastMailTo, linkIn, signedInAdmin } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { axeViolations, choose, press, startBrowserApp, tick, typeInto } from '../helpers/browser-app.ts';
import { approve, validKbo } from '../helpers/org.ts';

/**
 * A newcomer's whole way, on a small phone (375 px wide), with the keyboard alone: from the home page's call to
 * a verified signature. Every page on the way says what comes next.
 */
describe('a newcomer signs the Charter on a phone, by keyboard', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let admin: Agent;
  before(async () => {
    env = await startBrowserApp();
    admin = await signedInAdmin(env.t, 'newcomer-secretariat@example.be');
  });
  after(() => env?.close());

  const main = async (page: Page) => (await page.textContent('main')) ?? '';
  /** The page passes axe and fits the screen: nothing scrolls sideways. */
  async function fits(page: Page) {
    assert.deepEqual(await axeViolations(page), [], page.url());
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 375, `${page.url()} is ${wide} px wide`);
  }
  /** The status beside a task of the task list. */
  const statusOf = (page: Page, task: string) =>
    page.locator('.task-list__item', { hasText: task }).locator('.tag').textContent();

  test('sign up, confirm, register, sign, and see the verification done', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'en-GB' });
    const page = await ctx.newPage();

    await page.goto(`${env.base}/en`);
    assert.match(await main(page), /Create an account, register your organisation and sign online/);
    await fits(page);
    await press(page, 'main a.button[href="/en/sign-up"]');
    assert.match(page.url(), /\/en\/sign-up$/);
    assert.match(await main(page), /We then send you an email to confirm your address/);

    await typeInto(page, '#f-name', 'Nour Nouvelle');
    await typeInto(page, '#f-email', 'nour@example.be');
    await typeInto(page, '#f-password', 'a phone-sized passphrase');
    await press(page, 'main button[type=submit]');
    assert.match(page.url(), /\/en\/sign-up\/check-email$/, 'the address stays out of the URL');
    assert.match(await main(page), /We have sent a link to nour@example\.be/);
    assert.match(await main(page), /it confirms your address and signs you in/);
    await fits(page);
    // Nothing came: send it again.
    await press(page, 'main form button');
    assert.match(await main(page), /we have just sent it a new link/);

    await page.goto(env.base + linkIn((await lastMailTo(env.t, 'nour@example.be'))?.bodyText));
    assert.match(await main(page), /You then go straight to your first steps/);
    await press(page, 'main button[type=submit]');
    assert.match(page.url(), /\/en\/start$/, 'signed in, on the task list');
    assert.match(await main(page), /Your email address is confirmed/);
    assert.match(await main(page), /Next step: Register your organisation/);
    assert.equal(await statusOf(page, 'Register your organisation'), 'To do');
    assert.equal(await statusOf(page, 'Wait for verification'), 'Cannot start yet');
    await fits(page);

    await press(page, 'main .next-step a.button');
    assert.match(page.url(), /\/en\/organisations\/new$/);
    assert.match(await main(page), /A management representative can then sign the Charter/);
    await choose(page, 'creatorRole', 'representative');
    await typeInto(page, '#f-legalName', 'Café Numérique');
    await typeInto(page, '#f-kbo', validKbo(375));
    await choose(page, 'sector', 'associative');
    await choose(page, 'sizeBand', 'small');
    await typeInto(page, '#f-postcode', '4700');
    await typeInto(page, '#f-commune', 'Eupen');
    await typeInto(page, '#f-description_en', 'We help our neighbours with their phones.');
    await press(page, 'main button[type=submit]');
    assert.match(page.url(), /\/en\/organisations\/[0-9a-f-]{36}$/);
    const orgId = /organisations\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    assert.match(await main(page), /has not signed the Charter yet/);

    // Back to the task list (from the account page), where the next step is signing.
    await page.goto(`${env.base}/en/account`);
    await press(page, 'main a[href="/en/start"]');
    assert.equal(await statusOf(page, 'Register your organisation'), 'Done');
    assert.match(await main(page), /Next step: Sign the Charter/);

    await press(page, 'main .next-step a.button');
    assert.match(page.url(), new RegExp(`/en/organisations/${orgId}/sign$`));
    assert.match(
      (await page.textContent('.charter')) ?? '',
      /C1|best practices|practices/i,
      'the charter first',
    );
    assert.match(
      await main(page),
      /Once you sign, the secretariat verifies the signature, usually within 5 working days/,
    );
    await fits(page);
    await typeInto(page, '#f-signerName', 'Nour Nouvelle');
    await typeInto(page, '#f-signerTitle', 'Chair');
    await tick(page, '#f-authorised');
    await tick(page, '#f-accept');
    await press(page, 'main button[type=submit]');

    assert.match(page.url(), new RegExp(`/en/organisations/${orgId}/signed$`));
    assert.equal(await page.locator('h1').textContent(), 'Signature sent');
    assert.match(await main(page), /What happens next/);
    assert.match(await main(page), /usually within 5 working days/);
    assert.match(await main(page), /You get an email as soon as it is verified/);
    await fits(page);

    await press(page, 'main a[href="/en/start"]');
    assert.equal(await statusOf(page, 'Sign the Charter'), 'Done');
    assert.equal(await statusOf(page, 'Wait for verification'), 'In progress');
    assert.match(await main(page), /Next step: Wait for verification/);

    // The secretariat verifies; the newcomer's list says so, and what comes next.
    await approve(admin, env.t, orgId);
    await page.reload();
    assert.equal(await statusOf(page, 'Wait for verification'), 'Done');
    assert.match(await main(page), /Next step: Make your first plan/);
    assert.match(await main(page), /3 of 5 steps done/);
    await fits(page);
    await ctx.close();
  });
});

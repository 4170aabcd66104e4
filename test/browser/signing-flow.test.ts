import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signedInAdmin, signedInUser } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { axeViolations, startBrowserApp } from '../helpers/browser-app.ts';
import { validKbo } from '../helpers/org.ts';

/** The charter's whole path in a real browser: register → sign → verify → listed → withdraw. */
describe('signing the charter in a browser', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  before(async () => {
    env = await startBrowserApp();
    await signedInAdmin(env.t, 'flow-admin@example.be');
    await signedInUser(env.t, { email: 'flow-ceo@example.be', name: 'Flow Ceo' });
  });
  after(() => env?.close());

  async function signIn(email: string): Promise<Page> {
    const ctx = await env.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${env.base}/nl/sign-in`);
    await page.fill('#f-email', email);
    await page.fill('#f-password', 'correct horse battery');
    await page.click('main button[type=submit]');
    // Someone in no organisation yet lands on the task list.
    await page.waitForURL(/\/nl\/(account|start)$/);
    return page;
  }

  test('a representative registers and signs, the secretariat verifies, the register lists it, then it is withdrawn', async () => {
    const ceo = await signIn('flow-ceo@example.be');
    await ceo.click('nav a[href="/nl/organisations"]');
    await ceo.click('main a[href="/nl/organisations/new"]');
    await ceo.check('#f-creatorRole');
    await ceo.fill('#f-legalName', 'Bakkerij Stroom');
    await ceo.fill('#f-kbo', `BE ${validKbo(42)}`);
    await ceo.check('#f-sector-associative');
    await ceo.check('#f-sizeBand-small');
    await ceo.fill('#f-postcode', '1000');
    await ceo.fill('#f-commune', 'Brussel');
    await ceo.fill('#f-description_nl', 'Wij helpen buurtbewoners met hun smartphone.');
    await ceo.click('main button[type=submit]');
    await ceo.waitForURL(/\/nl\/organisations\/[0-9a-f-]{36}$/);
    assert.match((await ceo.textContent('main')) ?? '', /Bakkerij Stroom/);

    await ceo.click('main a[href$="/signature"]');
    await ceo.click('main a[href$="/sign"]');
    assert.match(
      (await ceo.textContent('.charter')) ?? '',
      /beste praktijken|goede praktijken|praktijken/i,
      'the charter in Dutch',
    );
    await ceo.fill('#f-signerName', 'Flow Ceo');
    await ceo.fill('#f-signerTitle', 'Voorzitter');
    await ceo.check('#f-authorised');
    await ceo.check('#f-accept');
    await ceo.click('main button[type=submit]');
    // The confirmation page says what happens next, and links to the receipt.
    await ceo.waitForURL(/\/nl\/organisations\/[0-9a-f-]{36}\/signed$/);
    await ceo.click('main a[href*="/receipts/"]');
    await ceo.waitForURL(/\/nl\/receipts\/[0-9a-f-]{36}$/);
    assert.deepEqual(await axeViolations(ceo), []);
    const receipt = ceo.url();
    const pdf = await ceo.request.get(`${receipt}/receipt.pdf`);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');

    const admin = await signIn('flow-admin@example.be');
    // The secretariat's tools are folded under one entry of the menu.
    await admin.click('nav .menu-group summary');
    await admin.click('nav a[href="/nl/admin/signatures"]');
    await admin.click('main table a:has-text("Bakkerij Stroom")');
    await admin.fill('#f-note', 'Welkom!');
    await admin.click('form[action$="/approve"] button');
    await admin.waitForSelector('.notice--success');

    const visitor = await (await env.browser.newContext()).newPage();
    await visitor.goto(`${env.base}/de/signatories`);
    await visitor.fill('#f-q', 'smartphone');
    await visitor.click('main form button');
    await visitor.waitForURL(/q=smartphone/);
    await visitor.click('main a:has-text("Bakkerij Stroom")');
    assert.match((await visitor.textContent('main')) ?? '', /Flow Ceo, Voorzitter/);

    await ceo.goto(receipt.replace(/receipts\/.*/, 'organisations'));
    await ceo.click('main a:has-text("Bakkerij Stroom")');
    await ceo.click('main a[href$="/signature"]');
    await ceo.check('#f-confirm');
    await ceo.click('form[action$="/withdraw"] button');
    await ceo.waitForSelector('.notice');
    await visitor.goto(`${env.base}/de/signatories?q=smartphone`);
    assert.doesNotMatch((await visitor.textContent('main')) ?? '', /Bakkerij Stroom/);

    const verify = await visitor.request.get(`${env.base}/api/v1/ledger/verify`);
    const result = await verify.json();
    assert.equal(result.valid, true);
    assert.equal(result.entries, 3);
  });
});

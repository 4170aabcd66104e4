import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import type { BrowserContext } from 'playwright-core';
import { helpPointReports } from '../../src/features/help-points/schema.ts';
import { browserSkip } from '../helpers/browser.ts';
import { startBrowserApp } from '../helpers/browser-app.ts';
import { helpPointForm } from '../helpers/help-points.ts';
import { makeOrg, makeUser } from '../helpers/services.ts';

/**
 * A citizen finds help with JavaScript turned off (issue 17): by postcode, by a commune's Dutch name, filtered on
 * open now and a service, then opens a point and reports a problem. With JavaScript, "use my location" searches
 * from where the browser is.
 */
describe('finding a help point in a browser', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let noScript: BrowserContext;

  before(async () => {
    env = await startBrowserApp();
    const { t, browser } = env;
    t.clock.set('2026-12-01T09:00:00Z'); // Tuesday, 10:00 in Brussels: the point is open
    const manager = await makeUser(t, 'browser-hp@example.be');
    const orgId = await makeOrg(t, manager, 73, { legalName: 'Gemeente Schaarbeek', sector: 'public' });
    const hp = t.services.helpPoints;
    await hp.points.create(manager, orgId, hp.fields.parse(helpPointForm()));
    await hp.points.create(
      manager,
      orgId,
      hp.fields.parse(
        helpPointForm({
          name: 'Digipunt Evere',
          postcode: '1140',
          commune: 'Evere',
          services: ['workshops'],
        }),
      ),
    );
    noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  });
  after(() => env?.close());

  test('without JavaScript: postcode, Dutch commune name, open now and a service, the point, a report', async () => {
    const page = await noScript.newPage();
    await page.goto(`${env.base}/nl/help-points`);
    await page.fill('#f-where', '1030');
    await page.click('main button[type=submit]');
    assert.match((await page.locator('#hp-results').textContent()) ?? '', /Schaerbeek \(1030\)/);
    assert.equal(await page.locator('#hp-locate').isVisible(), false, 'no location button without a script');

    await page.fill('#f-where', 'Schaarbeek');
    await page.click('.hp-filters summary');
    await page.check('#f-open-now');
    await page.selectOption('#f-service', 'wifi');
    await page.click('main button[type=submit]');
    const list = page.locator('ol.hp-results > li');
    assert.equal(await list.count(), 1, 'the workshop-only point in Evere is filtered out');
    assert.match(
      (await list.first().textContent()) ?? '',
      /Espace public numérique Colignon[\s\S]*Nu open, tot 12:00/,
    );
    // axe and the 320 px check need a script in the page: the page sweep runs them on every finder page.

    await list.first().locator('a').first().click();
    assert.match((await page.locator('h1').textContent()) ?? '', /Espace public numérique Colignon/);
    assert.match((await page.locator('.hp-week__today').textContent()) ?? '', /09:00–12:00/);

    await page.click('text=Een fout of een sluiting melden');
    await page.check('#f-kind-closed');
    await page.fill('#f-message', 'De deur was dicht op dinsdag.');
    const before = await env.t.deps.db.select({ n: count() }).from(helpPointReports);
    await page.click('main button[type=submit]');
    assert.match((await page.locator('main').textContent()) ?? '', /Bedankt/);
    const after = await env.t.deps.db.select({ n: count() }).from(helpPointReports);
    assert.equal(after[0]?.n, (before[0]?.n ?? 0) + 1);
  });

  test('with JavaScript: "use my location" searches from the browser’s position, rounded', async () => {
    const context = await env.browser.newContext({
      geolocation: { latitude: 50.87123, longitude: 4.40456 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto(`${env.base}/fr/help-points`);
    await page.click('#hp-locate button');
    await page.waitForURL(/near=/);
    assert.match(page.url(), /near=50\.871%2C4\.405/);
    assert.match((await page.locator('#hp-results').textContent()) ?? '', /Evere|Schaerbeek/);
    await context.close();
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { lastMailTo, signedInAdmin, signedInUser } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { choose, press, signIn, startBrowserApp, tick, typeInto } from '../helpers/browser-app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

/**
 * Sharing what works (issue 5) in a real browser, by keyboard: a practice submitted, published, found and
 * adopted; a joint action proposed, joined, updated and moved along; an obstacle followed and its digest.
 */
describe('practices, obstacles and joint actions, by keyboard', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let repA: Page;
  let repB: Page;
  let admin: Page;
  let orgA: string;
  let orgB: string;
  let obstacle: Record<string, string>;
  let practiceId: string;
  let actionId: string;

  const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';

  before(async () => {
    env = await startBrowserApp();
    const { t, browser, base } = env;
    t.clock.set('2026-03-10T10:00:00Z');
    const a = await signedInAdmin(t, 'share-admin@example.be');
    const ra = await signedInUser(t, { email: 'share-a@example.be' });
    orgA = await createOrganisation(ra, 3200, { legalName: 'Atelier Numérique' });
    await signCharter(ra, orgA);
    await approve(a, t, orgA);
    const rb = await signedInUser(t, { email: 'share-b@example.be' });
    orgB = await createOrganisation(rb, 3201, { legalName: 'Stad Voorbeeld' });
    await signCharter(rb, orgB);
    await approve(a, t, orgB);
    repA = await signIn(browser, base, 'share-a@example.be');
    repB = await signIn(browser, base, 'share-b@example.be');
    admin = await signIn(browser, base, 'share-admin@example.be');
    const api = (await t.app.inject('/api/v1/obstacles')).json() as {
      obstacles: { id: string; slug: string }[];
    };
    obstacle = Object.fromEntries(api.obstacles.map((o) => [o.slug, o.id]));
  });
  after(() => env?.close());

  test('1. a member submits a practice; the secretariat publishes it; anyone finds it by words and filters', async () => {
    await repA.goto(`${env.base}/en/organisations/${orgA}/practices/new`);
    await typeInto(repA, '#f-title', 'Laptop lending at the library');
    await typeInto(repA, '#f-summary', 'People borrow a laptop for a month, with a first lesson.');
    await typeInto(repA, '#f-body', '## How\n\nWe lend **laptops** for four weeks.');
    await choose(repA, 'lang', 'en');
    await tick(repA, `input[name="obstacles"][value="${obstacle['no-device']}"]`);
    await tick(repA, 'input[name="targetGroups"][value="low_income"]');
    await typeInto(repA, '#f-results', '150 loans in a year');
    await press(repA, 'main button[type=submit]');
    practiceId = /practices\/([0-9a-f-]{36})$/.exec(repA.url())?.[1] ?? '';
    assert.ok(practiceId, repA.url());

    await admin.goto(`${env.base}/en/admin/practices`);
    await press(admin, `a[href$="/practices/${practiceId}"]`);
    await press(admin, `form[action$="/admin/practices/${practiceId}/publish"] button`);

    const anon = await env.browser.newPage();
    await anon.goto(`${env.base}/en/practices`);
    await typeInto(anon, '#f-q', 'laptops');
    await press(anon, 'form.filters button[type=submit]');
    assert.match(await main(anon), /Laptop lending at the library/);
    await anon.goto(`${env.base}/en/practices?q=laptops&target=seniors`);
    assert.doesNotMatch(await main(anon), /Laptop lending/, 'the target-group filter narrows the results');
    await anon.goto(`${env.base}/en/obstacles/no-device`);
    assert.match(await main(anon), /Laptop lending at the library/);
    await anon.close();
  });

  test('2. a joint action is proposed, joined, updated and started; its public page and the obstacle page show it', async () => {
    await repA.goto(`${env.base}/en/joint-actions`);
    await press(repA, `a[href$="/organisations/${orgA}/joint-actions/new"]`);
    await typeInto(repA, '#f-title', 'A laptop for every family');
    await tick(repA, `input[name="obstacles"][value="${obstacle['no-device']}"]`);
    await tick(repA, `input[name="obstacles"][value="${obstacle.cost}"]`);
    await typeInto(repA, '#f-goal', 'Two hundred families equipped.');
    await typeInto(repA, '#f-plan', 'Collect in April, refurbish in May, hand over in June.');
    await typeInto(repA, '#f-needs', 'Places to hand them over.');
    await typeInto(repA, '#f-startsOn', '2026-04-01');
    await typeInto(repA, '#f-endsOn', '2026-06-30');
    await typeInto(repA, '#f-contribution', 'We collect the laptops.');
    await press(repA, 'main button[type=submit]');
    actionId = /joint-actions\/([0-9a-f-]{36})$/.exec(repA.url())?.[1] ?? '';
    assert.ok(actionId, repA.url());

    await repB.goto(`${env.base}/en/joint-actions/${actionId}`);
    await typeInto(repB, '#f-contribution', 'We lend our libraries.');
    await press(repB, 'form[action$="/join"] button');
    assert.match(await main(repB), /Your organisation has joined the action/);

    await repA.goto(`${env.base}/en/joint-actions/${actionId}`);
    await typeInto(repA, '#f-body', '80 laptops collected.');
    await press(repA, 'form[action$="/updates"] button');
    await choose(repA, 'status', 'running');
    await press(repA, 'form[action$="/status"] button');

    const anon = await env.browser.newPage();
    await anon.goto(`${env.base}/en/joint-actions/${actionId}`);
    const text = await main(anon);
    assert.match(text, /Running/);
    assert.match(text, /Atelier Numérique: We collect the laptops\./);
    assert.match(text, /Stad Voorbeeld: We lend our libraries\./);
    assert.match(text, /80 laptops collected\./);
    await anon.goto(`${env.base}/en/obstacles/cost`);
    assert.match(await main(anon), /A laptop for every family \(Atelier Numérique, Running\)/);
    const api = await anon.goto(`${env.base}/api/v1/joint-actions?status=running`);
    const json = (await api?.json()) as { total: number; jointActions: { members: unknown[] }[] };
    assert.equal(json.total, 1);
    assert.equal(json.jointActions[0]?.members.length, 2);
    await anon.close();
  });

  test('3. a member follows an obstacle from its page and gets the weekly digest', async () => {
    await repB.goto(`${env.base}/en/obstacles/no-device`);
    await press(repB, 'form[action*="/following/obstacles/"] button');
    assert.match(await main(repB), /You follow this obstacle/);
    await repB.goto(`${env.base}/en/following`);
    assert.ok(await repB.isChecked(`input[name="obstacles"][value="${obstacle['no-device']}"]`));
    await tick(repB, 'input[name="commitments"][value="C1"]');
    await press(repB, 'main form button[type=submit]');
    assert.match(await main(repB), /Your choices are saved/);

    env.t.clock.set('2026-03-16T06:00:00Z');
    const run = await env.t.services.following.sendWeeklyDigest();
    assert.ok(run && run.sent >= 1);
    const mail = await lastMailTo(env.t, 'share-b@example.be');
    assert.match(mail?.bodyText ?? '', /Laptop lending at the library \(Atelier Numérique\)/);
    assert.match(mail?.bodyText ?? '', /A laptop for every family \(Atelier Numérique\)/);
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { accompaniments } from '../../src/features/facilitation/schema.ts';
import { sessionCookieName } from '../../src/platform/auth/cookie.ts';
import { translator } from '../../src/platform/i18n/index.ts';
import { inText } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import {
  choose,
  focusIsVisible,
  press,
  startBrowserApp,
  tabTo,
  tick,
  typeInto,
} from '../helpers/browser-app.ts';
import { addHelper, sessionInput } from '../helpers/facilitation.ts';
import { makeOrg, makeUser, type Person } from '../helpers/services.ts';

/**
 * The digital helpers' part (issue 16) in a real browser, by keyboard alone, on a 375 px wide phone: a helper
 * signs the code of ethics and a manager countersigns; the helper logs sessions, one person and a group, with
 * "save and log another" and "same as last time"; entries made without a network wait on the device and are
 * sent once when it comes back; the manager filters the figures and downloads them as CSV.
 */
describe('digital helpers, by keyboard on a phone', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let orgId: string;
  let helper: Person;
  let manager: Person;
  /** The helper's pages run no JavaScript, as the pages must work without it; the offline step turns it on. */
  let helperPage: Page;
  let managerPage: Page;
  const fr = inText('fr');
  const PHONE = { width: 375, height: 812 };
  /** What another helper of the structure logged, so that the figures have groups big enough to show. */
  const SEEDED = { individual: 6, collective: 5 };

  const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';
  const entries = async () =>
    (
      await env.t.deps.db
        .select({ n: count() })
        .from(accompaniments)
        .where(eq(accompaniments.organisationId, orgId))
    )[0]?.n ?? 0;

  /** Nothing on the page scrolls sideways at 375 px. */
  async function fits(page: Page) {
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `${page.url()} is ${scroll} px wide at ${client} px`);
  }

  /** A phone-sized context signed in as `who`, through a session cookie. */
  async function phone(who: Person, javaScriptEnabled: boolean): Promise<BrowserContext> {
    const ctx = await env.browser.newContext({ viewport: PHONE, javaScriptEnabled, locale: 'fr-BE' });
    const value = await env.t.deps.sessions.start(who.id);
    await ctx.addCookies([{ name: sessionCookieName(env.t.deps.config), value, url: env.base }]);
    return ctx;
  }

  /** Presses Enter on a focused link or button and waits for the page it leads to. */
  async function enter(page: Page) {
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await fits(page);
  }

  before(async () => {
    env = await startBrowserApp();
    const { t } = env;
    // The app's clock is the system clock (helpers/app.ts), moving on its own: the log form's date is today.
    manager = await makeUser(t, 'gestion@epn-test.be', { name: 'Gaëlle Gestion' });
    orgId = await makeOrg(t, manager, 61, { legalName: 'EPN de Testville', sector: 'public' });
    helper = await makeUser(t, 'aidant@epn-test.be', { name: 'Ahmed Aidant' });
    await addHelper(t, manager, orgId, helper);
    const colleague = await makeUser(t, 'collegue@epn-test.be', { name: 'Chris Collègue' });
    await addHelper(t, manager, orgId, colleague);
    const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });
    for (let i = 0; i < SEEDED.individual; i++)
      await t.services.facilitation.log.log(colleague, sessionInput(orgId, day, { themes: ['banking'] }));
    for (let i = 0; i < SEEDED.collective; i++)
      await t.services.facilitation.log.log(
        colleague,
        sessionInput(orgId, day, {
          kind: 'collective',
          title: 'Atelier smartphone',
          level: 'beginner',
          participants: 6,
        }),
      );
    helperPage = await (await phone(helper, false)).newPage();
    managerPage = await (await phone(manager, false)).newPage();
  });
  after(() => env?.close());

  test('1. the helper signs the code of ethics; the manager countersigns it on the team page', async () => {
    await helperPage.goto(`${env.base}/fr/facilitation`);
    await fits(helperPage);
    const sign = `main a[href="/fr/facilitation/sign?structure=${orgId}"]`;
    assert.match((await helperPage.textContent(sign)) ?? '', /^Signez la version 1 /);
    await tabTo(helperPage, sign, 80);
    assert.ok(await focusIsVisible(helperPage), 'focus visible on the link to sign');
    await enter(helperPage);
    assert.match(await main(helperPage), fr('ethics_sign.intro'));
    await tick(helperPage, '#f-read');
    await press(helperPage, 'form[action="/fr/facilitation/sign"] button[type=submit]');
    await fits(helperPage);
    assert.match(helperPage.url(), /\/fr\/facilitation\/signatures\/[0-9a-f-]{36}$/);
    assert.match(await main(helperPage), fr('facilitation.waiting_countersign'));

    await managerPage.goto(`${env.base}/fr/facilitation/structures/${orgId}/team`);
    await fits(managerPage);
    const countersign = 'form[action$="/countersign"] button';
    assert.equal(await managerPage.textContent(countersign), 'Contresigner pour Ahmed Aidant');
    await press(managerPage, countersign);
    await fits(managerPage);
    assert.match(await main(managerPage), fr('team.countersigned'));
    assert.match(await main(managerPage), /Signée, contresignée le/);
    assert.equal(await managerPage.locator(countersign).count(), 0, 'nothing left to countersign');

    await helperPage.goto(`${env.base}/fr/facilitation`);
    await fits(helperPage);
    assert.match(await main(helperPage), /Version 1 signée et contresignée le/);
  });

  test('2. the helper logs a session with one person, saves and logs another, then logs a group session', async () => {
    const before = await entries();
    await tabTo(helperPage, 'main a[href="/fr/facilitation/log"]', 80);
    await enter(helperPage);
    assert.equal(await helperPage.textContent('h1'), 'Noter un accompagnement');
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });
    assert.equal(await helperPage.inputValue('#f-happenedOn'), today, 'the date is today’s');
    const firstKey = await helperPage.inputValue('input[name=clientKey]');
    await choose(helperPage, 'duration', '45');
    await tick(helperPage, 'input[name="themes"][value="eid"]');
    await tick(helperPage, 'input[name="themes"][value="email"]');
    await choose(helperPage, 'place', 'structure');
    await choose(helperPage, 'equipment', 'person_phone');
    await choose(helperPage, 'autonomy', 'done_together');
    await choose(helperPage, 'referral', 'none');
    await choose(helperPage, 'ageBand', '65_74');
    await choose(helperPage, 'situation', 'retired');
    await choose(helperPage, 'visit', 'first');
    const another = 'button[name="next"][value="another"]';
    assert.equal((await helperPage.textContent(another))?.trim(), 'Enregistrer et en noter un autre');
    await press(helperPage, another);
    await fits(helperPage);
    assert.equal(
      new URL(helperPage.url()).pathname + new URL(helperPage.url()).search,
      '/fr/facilitation/log?kind=individual',
    );
    assert.equal(await entries(), before + 1);
    // A fresh form: a new key, no topic ticked, and the duration just used comes first and is chosen.
    assert.notEqual(await helperPage.inputValue('input[name=clientKey]'), firstKey);
    assert.equal(await helperPage.locator('input[name="themes"]:checked').count(), 0);
    assert.equal(await helperPage.getAttribute('input[name="duration"]', 'value'), '45');
    assert.ok(await helperPage.isChecked('input[name="duration"][value="45"]'));

    await tabTo(helperPage, 'main a[href="/fr/facilitation/log?kind=collective"]', 80);
    await enter(helperPage);
    assert.equal(await helperPage.textContent('h1'), 'Noter un atelier');
    await choose(helperPage, 'duration', '90');
    await tick(helperPage, 'input[name="themes"][value="smartphone"]');
    await typeInto(helperPage, '#f-title', 'Atelier itsme');
    await choose(helperPage, 'level', 'beginner');
    await typeInto(helperPage, '#f-participants', '9');
    await choose(helperPage, 'place', 'structure');
    await choose(helperPage, 'equipment', 'structure_tablet');
    await choose(helperPage, 'autonomy', 'done_together');
    await typeInto(helperPage, '#f-count_age_65_74', '6');
    await typeInto(helperPage, '#f-count_age_75_plus', '2');
    await press(helperPage, 'button[name="next"][value="done"]');
    await fits(helperPage);
    assert.equal(new URL(helperPage.url()).pathname, '/fr/facilitation/entries');
    assert.match(await main(helperPage), fr('log.saved'));
    assert.match(await main(helperPage), /Atelier itsme/);
    assert.equal(await entries(), before + 2);
  });

  test('3. "same as last time" fills the form in with the last entry’s topics', async () => {
    const before = await entries();
    await tabTo(helperPage, 'main a[href="/fr/facilitation/log"]', 80);
    await enter(helperPage);
    const same = 'main a[href="/fr/facilitation/log?kind=individual&same=last"]';
    assert.equal(await helperPage.textContent(same), 'Comme la dernière fois');
    await tabTo(helperPage, same, 80);
    await enter(helperPage);
    const checked = await helperPage
      .locator('input[name="themes"]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    assert.deepEqual(checked.sort(), ['eid', 'email']);
    for (const [name, value] of [
      ['duration', '45'],
      ['equipment', 'person_phone'],
      ['autonomy', 'done_together'],
      ['ageBand', '65_74'],
      ['situation', 'retired'],
      ['visit', 'first'],
    ])
      assert.ok(await helperPage.isChecked(`input[name="${name}"][value="${value}"]`), `${name}=${value}`);
    await press(helperPage, 'button[name="next"][value="done"]');
    await fits(helperPage);
    assert.equal(new URL(helperPage.url()).pathname, '/fr/facilitation/entries');
    assert.equal(await entries(), before + 1);
  });

  test('4. without a network, entries wait on the device and are sent once when it comes back', async () => {
    const ctx = await phone(helper, true);
    const page = await ctx.newPage();
    const before = await entries();
    await page.goto(`${env.base}/fr/facilitation/log?kind=individual&same=last`, { waitUntil: 'load' });
    await fits(page);
    const status = page.locator('#offline-status');
    assert.ok(await status.isHidden(), 'nothing waits yet');
    const done = 'button[name="next"][value="done"]';
    const waiting = (n: number) => translator('fr')('log.offline_waiting', { n });

    await ctx.setOffline(true);
    const firstKey = await page.inputValue('input[name=clientKey]');
    await tabTo(page, done, 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'offline-status');
    assert.equal(
      await status.textContent(),
      '1 accompagnement attend sur cet appareil. Il sera envoyé quand la connexion reviendra.',
    );
    assert.equal(await status.textContent(), waiting(1));
    assert.equal(new URL(page.url()).pathname, '/fr/facilitation/log', 'the page stays');
    assert.notEqual(
      await page.inputValue('input[name=clientKey]'),
      firstKey,
      'the next entry has its own key',
    );
    await fits(page);

    await tabTo(page, done, 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (text) => document.getElementById('offline-status')?.textContent === text,
      waiting(2),
    );
    assert.equal(await entries(), before, 'nothing was sent');
    const queued = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('inclusio.pending-sessions') || '[]').length);
    assert.equal(await queued(), 2);

    // The script sends what waits on the 'online' event, which Chromium fires when the emulated network comes
    // back (Playwright's setOffline). No reload: the page that queued the entries sends them.
    await ctx.setOffline(false);
    for (const end = Date.now() + 10_000; (await entries()) === before && Date.now() < end; )
      await page.waitForTimeout(100);
    // The queue empties once both are sent and the status says nothing waits.
    await page.waitForFunction(
      () =>
        localStorage.getItem('inclusio.pending-sessions') === '[]' &&
        document.getElementById('offline-status')?.hidden === true,
    );
    assert.equal(await entries(), before + 2, 'both entries arrived, once each');
    // Loading the form again syncs again: with nothing waiting, nothing more is sent.
    await page.reload({ waitUntil: 'load' });
    assert.equal(await queued(), 0);
    assert.equal(await entries(), before + 2);

    // Online, the script sends the entry itself and then opens the list, as the form would.
    await tabTo(page, 'main a[href="/fr/facilitation/log?kind=individual&same=last"]', 80);
    await enter(page);
    await tabTo(page, done, 80);
    await enter(page);
    assert.equal(new URL(page.url()).pathname, '/fr/facilitation/entries');
    assert.match(await main(page), fr('log.saved'), 'with the message a saved entry gets');
    assert.equal(await entries(), before + 3);
    await ctx.close();
  });

  test('4b. an entry that waited while the session ended is kept, and sent once the helper signs in again', async () => {
    const ctx = await phone(helper, true);
    const page = await ctx.newPage();
    const before = await entries();
    await page.goto(`${env.base}/fr/facilitation/log?kind=individual&same=last`, { waitUntil: 'load' });
    await ctx.setOffline(true);
    await tabTo(page, 'button[name="next"][value="done"]', 80);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (text) => document.getElementById('offline-status')?.textContent === text,
      translator('fr')('log.offline_waiting', { n: 1 }),
    );
    // Meanwhile the helper changes their password on another device, which ends every session of theirs: the
    // server answers the entry with the way to the sign-in page, and has not saved it.
    await env.t.deps.sessions.endAll(helper.id);
    const answered = page.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/fr/facilitation/log',
    );
    await ctx.setOffline(false);
    assert.equal((await answered).status(), 303);
    assert.equal(await entries(), before, 'not saved');

    // Signed in again (a new session, so a new CSRF binding), the form sends what waits as it opens.
    await ctx.clearCookies();
    const value = await env.t.deps.sessions.start(helper.id);
    await ctx.addCookies([{ name: sessionCookieName(env.t.deps.config), value, url: env.base }]);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        localStorage.getItem('inclusio.pending-sessions') === '[]' &&
        document.getElementById('offline-status')?.hidden === true,
    );
    assert.equal(await entries(), before + 1, 'the entry arrived, once');
    await ctx.close();
  });

  test('5-6. the manager filters the figures by keyboard and downloads them as CSV', async () => {
    // The helper logged 6 sessions with one person (3 of them while offline) and one group session.
    const individual = SEEDED.individual + 6;
    const collective = SEEDED.collective + 1;
    await managerPage.goto(`${env.base}/fr/facilitation/structures/${orgId}/figures`);
    await fits(managerPage);
    const sessions = async () =>
      managerPage
        .locator('#totals-table tbody tr')
        .first()
        .locator('td, th')
        .evaluateAll((cells) => cells.map((c) => c.textContent?.trim()));
    assert.deepEqual((await sessions()).slice(1), [
      String(individual),
      String(collective),
      String(individual + collective),
    ]);

    await tabTo(managerPage, '#f-kind', 80);
    assert.ok(await focusIsVisible(managerPage), 'focus visible on the kind filter');
    // On a focused closed select, the arrow keys change the choice (Chromium on Linux).
    await managerPage.keyboard.press('ArrowDown');
    assert.equal(await managerPage.inputValue('#f-kind'), 'individual');
    await press(managerPage, 'form.filters button[type=submit]');
    await fits(managerPage);
    assert.equal(new URL(managerPage.url()).searchParams.get('kind'), 'individual');
    assert.equal(await managerPage.inputValue('#f-kind'), 'individual', 'the filter stays chosen');
    assert.deepEqual((await sessions()).slice(1), [String(individual), '0', String(individual)]);

    const csv = 'main a[href*="/figures.csv"]';
    assert.match((await managerPage.getAttribute(csv, 'href')) ?? '', /kind=individual/);
    await tabTo(managerPage, csv, 80);
    const [download] = await Promise.all([
      managerPage.waitForEvent('download'),
      managerPage.keyboard.press('Enter'),
    ]);
    assert.equal(download.suggestedFilename(), `inclusio-structure-${orgId}.csv`);
    const lines = fs
      .readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    assert.equal(lines[0], 'section,value,label,count,percent');
    assert.ok(
      lines.some((l) => l.startsWith('filter,kind,individual')),
      'the filter is written in the file',
    );
  });
});

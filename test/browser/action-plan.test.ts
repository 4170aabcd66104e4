import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { organisations } from '../../src/features/organisations/schema.ts';
import { lastMailTo, linkIn, signedInAdmin, signedInUser } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { choose, press, signIn, startBrowserApp, tabTo, tick, typeInto } from '../helpers/browser-app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

/**
 * The action plan (issue 4) item by item, in a real browser, every form filled and sent with the keyboard alone:
 * objectives, actions and progress; suggested objectives; training; invitations; campaigns; safety; visibility;
 * the secretariat's grid.
 */
describe('action plans, by keyboard', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let rep: Page;
  let admin: Page;
  let orgId: string;
  let slug: string;

  const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';

  before(async () => {
    env = await startBrowserApp();
    const { t, browser, base } = env;
    t.clock.set('2026-03-10T10:00:00Z');
    const a = await signedInAdmin(t, 'kb-admin@example.be');
    const r = await signedInUser(t, { email: 'kb-rep@example.be' });
    orgId = await createOrganisation(r, 3100, { legalName: 'Clavier Solidaire' });
    await signCharter(r, orgId);
    await approve(a, t, orgId);
    slug = (await t.deps.db.select().from(organisations).where(eq(organisations.id, orgId)))[0]?.slug ?? '';
    rep = await signIn(browser, base, 'kb-rep@example.be');
    admin = await signIn(browser, base, 'kb-admin@example.be');
  });
  after(() => env?.close());

  test('1. an objective with an indicator, an action and a dated value; the overview shows progress and what is late', async () => {
    await rep.goto(`${env.base}/en/organisations/${orgId}/plan`);
    await press(rep, 'a[href$="/plan/objectives/new?commitment=C4"]');
    await typeInto(rep, '#f-title', 'Train 40% of staff');
    await typeInto(rep, '#f-indicator', 'Share of staff trained');
    await typeInto(rep, '#f-unit', '%');
    await typeInto(rep, '#f-baseline', '0');
    await typeInto(rep, '#f-target', '40');
    await typeInto(rep, '#f-deadline', '2026-12-31');
    await tick(rep, '#f-isPublic');
    await press(rep, 'main button[type=submit]');
    assert.match(rep.url(), /\/plan#objective-[0-9a-f-]{36}$/, 'back where the objective is');
    const objective = /#objective-(.+)$/.exec(rep.url())?.[1] ?? '';

    await rep.goto(`${env.base}/en/organisations/${orgId}/plan/objectives/${objective}/actions/new`);
    await typeInto(rep, '#f-title', 'Book the trainer');
    await typeInto(rep, '#f-dueDate', '2026-02-01');
    await press(rep, 'main button[type=submit]');
    assert.match(rep.url(), /#action-[0-9a-f-]{36}$/);

    await typeInto(rep, `#f-on-${objective}`, '2026-03-05');
    await typeInto(rep, `#f-note-${objective}`, 'First two sessions');
    await typeInto(rep, `#f-value-${objective}`, '10');
    await rep.keyboard.press('Enter');
    await rep.waitForURL(new RegExp(`#objective-${objective}$`));
    const bar = rep.locator(`#objective-${objective} progress`);
    assert.equal(await bar.getAttribute('value'), '25', '10 of 40 from 0: a quarter of the way');
    assert.match(await main(rep), /late/i, 'the action due on 1 February is late');
  });

  test('2. the secretariat publishes a suggested objective; a member adopts it in a click, then edits it', async () => {
    await admin.goto(`${env.base}/en/admin/templates`);
    await press(admin, 'main a[href="/en/admin/templates/new"]');
    await admin.selectOption('#f-commitment', 'C8');
    await typeInto(admin, '#f-title_fr', 'Garder une ligne téléphonique pour les clients sans internet');
    await typeInto(admin, '#f-title_en', 'Keep a phone line for clients without internet');
    await tick(admin, '#f-published');
    await press(admin, 'main button[type=submit]');
    assert.match(await main(admin), /Keep a phone line/);

    await rep.goto(`${env.base}/en/organisations/${orgId}/plan`);
    await tabTo(rep, '#C8 details summary', 300);
    await rep.keyboard.press('Enter');
    await press(rep, '#C8 details button[type=submit]');
    assert.match(rep.url(), /\/plan\/objectives\/[0-9a-f-]{36}\/edit$/);
    assert.equal(await rep.inputValue('#f-title'), 'Keep a phone line for clients without internet');
    await typeInto(rep, '#f-title', ' at every branch'); // after the adopted title
    await press(rep, 'main button[type=submit]');
    assert.match(await main(rep), /Keep a phone line for clients without internet at every branch/);
  });

  test('3. internal training with totals per year', async () => {
    await rep.goto(`${env.base}/en/organisations/${orgId}/plan`);
    await press(rep, 'a[href$="/training"]');
    await typeInto(rep, '#f-on', '2026-01-15');
    await typeInto(rep, '#f-topic', 'Spotting phishing');
    await typeInto(rep, '#f-hours', '2,5');
    await typeInto(rep, '#f-staffTrained', '14');
    await choose(rep, 'audience', 'managers');
    await press(rep, 'main button[type=submit]');
    const totals = (await rep.locator('#training-totals').textContent()) ?? '';
    assert.match(totals, /2026/);
    assert.match(totals, /14/);
  });

  test('4. an invitation to another organisation pre-fills its registration', async () => {
    await rep.goto(`${env.base}/en/organisations/${orgId}/plan`);
    await press(rep, 'a[href$="/referrals"]');
    await typeInto(rep, '#f-email', 'hello@neighbours.be');
    await typeInto(rep, '#f-invitedName', 'The Neighbours');
    await choose(rep, 'lang', 'nl');
    await press(rep, 'main button[type=submit]');
    assert.match(await main(rep), /hello@neighbours\.be/);

    const link = linkIn((await lastMailTo(env.t, 'hello@neighbours.be'))?.bodyText);
    await signedInUser(env.t, { email: 'hello@neighbours.be' });
    const newcomer = await signIn(env.browser, env.base, 'hello@neighbours.be');
    await newcomer.goto(env.base + link);
    await press(newcomer, 'main a.button');
    assert.equal(await newcomer.inputValue('#f-legalName'), 'The Neighbours');
    assert.match(await main(newcomer), /Clavier Solidaire/);
  });

  test('5. a campaign by the secretariat, supported by the signatory, listed on its public page', async () => {
    await admin.goto(`${env.base}/en/campaigns`);
    await press(admin, 'main a[href="/en/admin/campaigns/new"]');
    await typeInto(admin, '#f-title_en', 'Anti-phishing week');
    await typeInto(admin, '#f-description_en', 'Learn to spot fake messages.');
    await typeInto(admin, '#f-startsOn', '2026-03-01');
    await typeInto(admin, '#f-endsOn', '2026-03-31');
    await tick(admin, '#f-commitments-C8');
    await typeInto(admin, '#f-resources', 'https://safeonweb.be Safeonweb');
    await press(admin, 'main button[type=submit]');
    const campaignUrl = admin.url();
    assert.match(campaignUrl, /\/en\/campaigns\/[0-9a-f-]{36}$/);

    await rep.goto(campaignUrl);
    await typeInto(rep, '#f-contribution', 'Posters in every branch');
    await press(rep, 'main button[type=submit]');
    const anon = await env.browser.newPage();
    await anon.goto(campaignUrl.replace('/en/', '/fr/'));
    assert.match(await main(anon), /Clavier Solidaire\s*:\s*Posters in every branch/);
    await anon.close();
  });

  test('6. the trust and safety checklist', async () => {
    await rep.goto(`${env.base}/en/organisations/${orgId}/plan`);
    await press(rep, 'a[href$="/safety"]');
    await choose(rep, 'phishing_awareness', 'in_place');
    await typeInto(rep, '#f-phishing_awareness_note', 'Monthly tips to clients');
    await press(rep, 'main button[type=submit]');
    assert.ok(await rep.isChecked('input[name="phishing_awareness"][value="in_place"]'));
    assert.equal(await rep.inputValue('#f-phishing_awareness_note'), 'Monthly tips to clients');
  });

  test('7. the public profile and the API show only what was made public', async () => {
    const anon = await env.browser.newPage();
    await anon.goto(`${env.base}/en/signatories/${slug}`);
    const text = await main(anon);
    assert.match(text, /Train 40% of staff/, 'public objective');
    assert.doesNotMatch(text, /Keep a phone line/, 'adopted objectives stay private');
    assert.match(text, /Anti-phishing week/, 'supported campaign');
    const api = await anon.goto(`${env.base}/api/v1/signatories/${orgId}/plan`);
    const json = (await api?.json()) as { objectives: { title: string }[] };
    assert.deepEqual(
      json.objectives.map((o) => o.title),
      ['Train 40% of staff'],
    );
    await anon.close();
  });

  test('8. the secretariat’s grid, filtered by sector, with its CSV export', async () => {
    await admin.goto(`${env.base}/en/admin/plans`);
    await tabTo(admin, '#f-sector', 200);
    await admin.keyboard.press('ArrowDown'); // the first sector after "all"
    await press(admin, 'main form[method=get] button[type=submit]');
    assert.match(admin.url(), /sector=private/);
    assert.match(await main(admin), /Clavier Solidaire/);
    const csv = await admin.request.get(`${env.base}/admin/plans.csv?sector=private`);
    assert.match(await csv.text(), /Clavier Solidaire/);
  });
});

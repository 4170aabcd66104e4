import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { FileChooser, Page } from 'playwright-core';
import { organisations } from '../../src/features/organisations/schema.ts';
import { escapeRe, inText, lastMailTo, signedInAdmin, signedInUser } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { choose, press, signIn, startBrowserApp, tabTo, tick, typeInto } from '../helpers/browser-app.ts';
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

  const PDF = Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';
  const en = inText('en');

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

  test('1. a member submits a practice with a PDF; the secretariat returns it with a comment, then publishes it; anyone finds it', async () => {
    await repA.goto(`${env.base}/en/organisations/${orgA}/practices/new`);
    await typeInto(repA, '#f-title', 'Laptop lending at the library');
    await typeInto(repA, '#f-summary', 'People borrow a laptop for a month, with a first lesson.');
    await typeInto(repA, '#f-body', '## How\n\nWe lend **laptops** for four weeks.');
    await choose(repA, 'lang', 'en');
    await tick(repA, `input[name="obstacles"][value="${obstacle['no-device']}"]`);
    await tick(repA, 'input[name="targetGroups"][value="low_income"]');
    await press(repA, 'main button[type=submit]');
    practiceId = /practices\/([0-9a-f-]{36})$/.exec(repA.url())?.[1] ?? '';
    assert.ok(practiceId, repA.url());

    // A PDF, chosen from the file field by keyboard.
    await tabTo(repA, '#f-file', 80);
    const chooser = await chooserByKeyboard(repA);
    await chooser.setFiles({ name: 'lending-guide.pdf', mimeType: 'application/pdf', buffer: PDF });
    await press(repA, `form[action$="/practices/${practiceId}/attachments"] button`);
    assert.match(await main(repA), /lending-guide\.pdf \(PDF/);

    await admin.goto(`${env.base}/en/admin/practices`);
    await press(admin, `a[href$="/practices/${practiceId}"]`);
    await typeInto(admin, '#f-comment', 'Please add your results, with figures.');
    await press(admin, `form[action$="/admin/practices/${practiceId}/return"] button`);

    await repA.goto(`${env.base}/en/practices/${practiceId}`);
    assert.match(await main(repA), /Please add your results, with figures\./);
    await press(repA, `a[href$="/practices/${practiceId}/edit"]`);
    await typeInto(repA, '#f-results', '150 loans in a year');
    await press(repA, 'main button[type=submit]');

    await admin.goto(`${env.base}/en/practices/${practiceId}`);
    await press(admin, `form[action$="/admin/practices/${practiceId}/publish"] button`);

    const anon = await env.browser.newPage();
    await anon.goto(`${env.base}/en/practices`);
    await typeInto(anon, '#f-q', 'laptops');
    await press(anon, 'form.filters button[type=submit]');
    assert.match(await main(anon), /Laptop lending at the library/);
    await anon.goto(`${env.base}/en/practices?q=laptops&target=seniors`);
    assert.doesNotMatch(await main(anon), /Laptop lending/, 'the target-group filter narrows the results');
    await anon.goto(`${env.base}/en/practices/${practiceId}`);
    assert.match(await main(anon), /150 loans in a year/);
    const href = await anon.getAttribute('a[href*="/attachments/"]', 'href');
    const pdf = await anon.request.get(`${env.base}${href}`);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.deepEqual(Buffer.from(await pdf.body()), PDF);
    await anon.goto(`${env.base}/en/obstacles/no-device`);
    assert.match(await main(anon), /Laptop lending at the library/);
    await anon.close();
  });

  test('1b. another signatory says "we adopted this"; both profiles show it', async () => {
    await repB.goto(`${env.base}/en/practices/${practiceId}`);
    await typeInto(repB, '#f-note', 'Our libraries lend laptops too, since May.');
    await press(repB, `form[action$="/practices/${practiceId}/adoption"] button`);
    assert.match(await main(repB), /Stad Voorbeeld: Our libraries lend laptops too, since May\./);

    const anon = await env.browser.newPage();
    const slug = async (id: string) =>
      (await env.t.deps.db.select().from(organisations).where(eq(organisations.id, id)))[0]?.slug;
    await anon.goto(`${env.base}/en/signatories/${await slug(orgA)}`);
    assert.match(
      await main(anon),
      new RegExp(`Laptop lending at the library · ${en('adoption.count', { n: 1 }).source}`),
    );
    await anon.goto(`${env.base}/en/signatories/${await slug(orgB)}`);
    assert.match(await main(anon), /Laptop lending at the library \(Atelier Numérique\): Our libraries lend/);
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
    assert.match(await main(repB), en('joint.joined'));

    await repA.goto(`${env.base}/en/joint-actions/${actionId}`);
    await typeInto(repA, '#f-body', '80 laptops collected.');
    await press(repA, 'form[action$="/updates"] button');
    await choose(repA, 'status', 'running');
    await press(repA, 'form[action$="/status"] button');

    const anon = await env.browser.newPage();
    await anon.goto(`${env.base}/en/joint-actions/${actionId}`);
    const text = await main(anon);
    assert.match(text, en('joint.status.running'));
    assert.match(text, /Atelier Numérique: We collect the laptops\./);
    assert.match(text, /Stad Voorbeeld: We lend our libraries\./);
    assert.match(text, /80 laptops collected\./);
    await anon.goto(`${env.base}/en/obstacles/cost`);
    assert.match(
      await main(anon),
      new RegExp(
        `${escapeRe('A laptop for every family (Atelier Numérique, ')}${en('joint.status.running').source}\\)`,
      ),
    );
    const api = await anon.goto(`${env.base}/api/v1/joint-actions?status=running`);
    const json = (await api?.json()) as { total: number; jointActions: { members: unknown[] }[] };
    assert.equal(json.total, 1);
    assert.equal(json.jointActions[0]?.members.length, 2);
    await anon.close();
  });

  test('3. a member follows an obstacle from its page and gets the weekly digest', async () => {
    await repB.goto(`${env.base}/en/obstacles/no-device`);
    await press(repB, 'form[action*="/following/obstacles/"] button');
    assert.match(await main(repB), en('follow.you_follow'));
    await repB.goto(`${env.base}/en/following`);
    assert.ok(await repB.isChecked(`input[name="obstacles"][value="${obstacle['no-device']}"]`));
    await tick(repB, 'input[name="commitments"][value="C1"]');
    await press(repB, 'main form button[type=submit]');
    assert.match(await main(repB), en('follow.saved'));

    env.t.clock.set('2026-03-16T06:00:00Z');
    const run = await env.t.services.following.sendWeeklyDigest();
    assert.ok(run && run.sent >= 1);
    const mail = await lastMailTo(env.t, 'share-b@example.be');
    assert.match(mail?.bodyText ?? '', /Laptop lending at the library \(Atelier Numérique\)/);
    assert.match(mail?.bodyText ?? '', /A laptop for every family \(Atelier Numérique\)/);
  });

  test('4. the secretariat keeps the obstacle catalogue, in four languages', async () => {
    await admin.goto(`${env.base}/en/obstacles`);
    await press(admin, 'a[href$="/admin/obstacles/new"]');
    await typeInto(admin, '#f-slug', 'paper-only');
    await typeInto(admin, '#f-name_fr', 'Démarches papier disparues');
    await typeInto(admin, '#f-name_nl', 'Geen papieren weg meer');
    await typeInto(admin, '#f-name_de', 'Kein Papierweg mehr');
    await typeInto(admin, '#f-name_en', 'No paper route left');
    await typeInto(admin, '#f-description_fr', 'Quand un service n’existe plus que sur internet.');
    await typeInto(admin, '#f-description_nl', 'Als een dienst alleen nog online bestaat.');
    await typeInto(admin, '#f-description_de', 'Wenn es einen Dienst nur noch online gibt.');
    await typeInto(admin, '#f-description_en', 'When a service exists only online.');
    await press(admin, 'main button[type=submit]');
    const anon = await env.browser.newPage();
    await anon.goto(`${env.base}/de/obstacles/paper-only`);
    assert.match(await main(anon), /Kein Papierweg mehr/);
    assert.match(await main(anon), /Wenn es einen Dienst nur noch online gibt\./);
    await anon.close();
  });
});

/**
 * Space on a focused file field opens the file chooser. On a loaded machine Chromium has let one press go by
 * without a chooser (CI, once in many runs), so the press is tried again, up to three times.
 */
async function chooserByKeyboard(page: Page): Promise<FileChooser> {
  for (let i = 1; ; i++) {
    try {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 10_000 }),
        page.keyboard.press('Space'),
      ]);
      return chooser;
    } catch (e) {
      if (i === 3) throw e;
    }
  }
}

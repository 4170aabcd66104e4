import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { organisations } from '../../src/features/organisations/schema.ts';
import { kboDisputes, signatureEvents } from '../../src/features/signatures/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { Agent, lastMailTo, linkIn, signedInAdmin, signedInUser } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import {
  axeViolations,
  firstVisitPage,
  MAX_PAGE_BYTES,
  startBrowserApp,
  weigh,
} from '../helpers/browser-app.ts';
import { fillIndex } from '../helpers/index.ts';
import { approve, createOrganisation, liveSignatureId, signCharter } from '../helpers/org.ts';

/**
 * Every page, in every language: axe finds nothing, and the page with its CSS weighs at most 50 KB on the wire.
 * The signed-in pages are visited as an admin, who sees the most.
 */

/**
 * At 320 CSS pixels (a small phone, or 1280 px at 400 % zoom; 200 % of a 640 px window is the same width) nothing
 * scrolls sideways. In the same visit as axe, so the sweep stays as fast. Returns what sticks out, if anything.
 */
async function sideways(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 320, height: 640 });
  // A string, not a function: tsx would wrap the inner arrow functions in a helper the page does not have.
  return page.evaluate(`(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return [];
    const out = (el) => el.getBoundingClientRect().right > width + 0.5;
    // The innermost elements that stick out: those are the ones to fix.
    const culprits = [...document.querySelectorAll('body *')].filter((el) => out(el) && ![...el.children].some(out));
    return [
      'page is ' + root.scrollWidth + ' px wide',
      ...culprits.slice(0, 5).map((el) =>
        el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map((c) => '.' + c).join('') +
        ': ' + Math.round(el.getBoundingClientRect().right) + ' px'),
    ];
  })()`);
}

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;

describe('every page in every language', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let adminState: Session;
  let repState: Session;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const weights: { url: string; bytes: number }[] = [];

  before(async () => {
    env = await startBrowserApp();
    const { t, browser, base } = env;
    const admin = await signedInAdmin(t, 'axe-admin@example.be');
    const rep = await signedInUser(t, { email: 'axe-rep@example.be' });
    // One listed organisation with a receipt, one waiting for the secretariat, one never signed.
    const listed = await createOrganisation(rep, 1, {
      legalName: 'Association Axe',
      description_nl: 'Een vereniging.',
    });
    await signCharter(rep, listed);
    await approve(admin, t, listed);
    const waiting = await createOrganisation(rep, 2, { legalName: 'Entreprise en attente' });
    await signCharter(rep, waiting);
    const unsigned = await createOrganisation(rep, 3, { legalName: 'Pas encore signée' });
    const [o] = await t.deps.db.select().from(organisations).where(eq(organisations.id, listed));
    const [event] = await t.deps.db
      .select()
      .from(signatureEvents)
      .where(eq(signatureEvents.organisationId, listed));
    await rep.get(`/fr/organisations/${listed}`);
    await rep.post(`/fr/organisations/${listed}/invitations`, {
      email: 'axe-invitee@example.be',
      role: 'editor',
    });
    tokens.invitation =
      linkIn((await lastMailTo(t, 'axe-invitee@example.be'))?.bodyText).split('/invitations/')[1] ?? '';
    // A plan with an objective measured by an indicator, an update and an action, some of it public.
    await rep.get(`/fr/organisations/${listed}/plan/objectives/new`);
    const created = await rep.post(`/fr/organisations/${listed}/plan/objectives/new`, {
      commitment: 'C4',
      title: 'Former le personnel',
      indicator: 'Part formée',
      unit: '%',
      baseline: '0',
      target: '50',
      deadline: '2020-01-01',
      isPublic: 'yes',
    });
    const objective = /objective-([0-9a-f-]{36})/.exec(String(created.headers.location))?.[1] ?? '';
    await rep.post(`/fr/organisations/${listed}/plan/objectives/${objective}/progress`, {
      [`on-${objective}`]: '2026-01-05',
      [`note-${objective}`]: 'Première session',
      [`value-${objective}`]: '10',
    });
    const madeAction = await rep.post(
      `/fr/organisations/${listed}/plan/objectives/${objective}/actions/new`,
      {
        title: 'Atelier',
        status: 'in_progress',
        evidence: 'https://example.be/a',
        isPublic: 'yes',
      },
    );
    const action = /action-([0-9a-f-]{36})/.exec(String(madeAction.headers.location))?.[1] ?? '';
    await rep.post(`/fr/organisations/${listed}/training`, {
      on: '2026-01-15',
      topic: 'Reconnaître le phishing',
      hours: '2,5',
      staffTrained: '14',
      audience: 'employees',
    });
    // A published suggestion, a campaign the organisation supports, and an invitation to another organisation.
    await admin.get('/fr/admin/templates/new');
    await admin.post('/fr/admin/templates/new', {
      commitment: 'C4',
      title_fr: 'Former 30 % du personnel',
      title_nl: '30 % van het personeel opleiden',
      published: 'yes',
    });
    const template = /href="\/fr\/admin\/templates\/([0-9a-f-]{36})\/edit"/.exec(
      (await admin.get('/fr/admin/templates')).body,
    )?.[1];
    await admin.get('/fr/admin/campaigns/new');
    const madeCampaign = await admin.post('/fr/admin/campaigns/new', {
      title_fr: 'Semaine contre l’hameçonnage',
      title_de: 'Woche gegen Phishing',
      description_fr: 'Apprendre à reconnaître les faux messages.',
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
      commitments: ['C6', 'C8'],
      resources: 'https://safeonweb.be Safeonweb',
    });
    const campaign = /campaigns\/([0-9a-f-]{36})$/.exec(String(madeCampaign.headers.location))?.[1] ?? '';
    await rep.get(`/fr/campaigns/${campaign}`);
    await rep.post(`/fr/campaigns/${campaign}/support`, {
      organisationId: listed,
      contribution: 'Des affiches',
    });
    await rep.get(`/fr/organisations/${listed}/referrals`);
    await rep.post(`/fr/organisations/${listed}/referrals`, {
      email: 'axe-friend@example.be',
      invitedName: 'Amis Axe',
      message: 'Rejoignez-nous',
      lang: 'fr',
    });
    tokens.referral =
      linkIn((await lastMailTo(t, 'axe-friend@example.be'))?.bodyText).split('/join/')[1] ?? '';
    const catalogue = (await t.app.inject('/api/v1/obstacles')).json() as { obstacles: { id: string }[] };
    // Two practices: one published, one waiting for the secretariat.
    const sharePractice = async (title: string) => {
      await rep.get(`/fr/organisations/${listed}/practices/new`);
      const res = await rep.post(`/fr/organisations/${listed}/practices/new`, {
        title,
        summary: 'Des bénévoles aident à reconnaître les faux messages.',
        body: '## Étapes\n\n- une salle\n- des **bénévoles**',
        lang: 'fr',
        commitments: ['C1', 'C8'],
        obstacles: catalogue.obstacles[0]?.id ?? '',
        targetGroups: 'seniors',
        sector: 'associative',
        region: 'brussels',
        results: '120 personnes',
      });
      return /practices\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1] ?? '';
    };
    const practice = await sharePractice('Ateliers contre les arnaques');
    // A PDF on it, uploaded as a browser does, before the secretariat publishes it.
    await rep.get(`/fr/practices/${practice}`);
    const fd = new FormData();
    fd.append('_csrf', rep.csrf());
    fd.append('file', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'Guide des ateliers.pdf');
    const multipart = new Response(fd);
    await t.app.inject({
      method: 'POST',
      url: `/fr/practices/${practice}/attachments`,
      payload: Buffer.from(await multipart.arrayBuffer()),
      headers: {
        'content-type': multipart.headers.get('content-type') ?? '',
        cookie: [...rep.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    await admin.get(`/fr/practices/${practice}`);
    await admin.post(`/fr/admin/practices/${practice}/publish`, {});
    const draft = await sharePractice('Permanence du mercredi');
    // Another listed organisation adopts the published practice and shares one that the first adopts.
    const otherRep = await signedInUser(t, { email: 'axe-other@example.be', name: 'Omar Axe' });
    const other = await createOrganisation(otherRep, 4, { legalName: 'Maison Axe' });
    await signCharter(otherRep, other);
    await approve(admin, t, other);
    await otherRep.get(`/fr/practices/${practice}`);
    await otherRep.post(`/fr/practices/${practice}/adoption`, {
      organisationId: other,
      note: 'Repris dans nos deux antennes.',
    });
    await otherRep.get(`/fr/organisations/${other}/practices/new`);
    const sharedByOther = await otherRep.post(`/fr/organisations/${other}/practices/new`, {
      title: 'Café numérique du samedi',
      summary: 'Un café où l’on apprend à utiliser son téléphone.',
      body: 'Chaque samedi matin.',
      lang: 'fr',
      commitments: 'C1',
      sector: 'private',
      region: 'brussels',
    });
    const otherPractice =
      /practices\/([0-9a-f-]{36})$/.exec(String(sharedByOther.headers.location))?.[1] ?? '';
    await admin.get(`/fr/practices/${otherPractice}`);
    await admin.post(`/fr/admin/practices/${otherPractice}/publish`, {});
    await rep.get(`/fr/practices/${otherPractice}`);
    await rep.post(`/fr/practices/${otherPractice}/adoption`, {
      organisationId: listed,
      note: 'Nous l’organisons aussi.',
    });
    const [otherOrg] = await t.deps.db.select().from(organisations).where(eq(organisations.id, other));
    // A joint action of the listed organisation, with an update.
    await rep.get(`/fr/organisations/${listed}/joint-actions/new`);
    const proposed = await rep.post(`/fr/organisations/${listed}/joint-actions/new`, {
      title: 'Un ordinateur pour chaque famille',
      goal: 'Deux cents familles équipées.',
      plan: 'Collecter, reconditionner, remettre.',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      obstacles: catalogue.obstacles[1]?.id ?? '',
      contribution: 'Nous collectons.',
    });
    const jointAction = /joint-actions\/([0-9a-f-]{36})$/.exec(String(proposed.headers.location))?.[1] ?? '';
    await rep.post(`/fr/joint-actions/${jointAction}/updates`, {
      organisationId: listed,
      body: '80 collectés.',
    });
    // The index, taken once; a second one started; a yearly report sent ahead of time, the next one owed.
    const indexDone = (await fillIndex(rep, listed, 'middle')).split('/').pop() ?? '';
    const started = await rep.post(`/fr/organisations/${listed}/index/start`, {});
    const indexDraft = String(started.headers.location).split('/').at(-2) ?? '';
    const owed =
      /Rapport (\d{4}) à remettre/.exec((await rep.get(`/fr/organisations/${listed}/reports`)).body)?.[1] ??
      '';
    await rep.get(`/fr/organisations/${listed}/reports/${owed}`);
    await rep.post(`/fr/organisations/${listed}/reports/${owed}`, {
      statement: 'Nous avons formé 14 personnes.',
      publicParts: ['statement', 'plan', 'training', 'engagement', 'practices', 'index'],
      signerName: 'Ana Peeters',
      signerTitle: 'Présidente',
      confirm: 'yes',
      intent: 'submit',
    });
    Object.assign(ids, {
      indexDone,
      indexDraft,
      reportYear: owed,
      nextYear: String(Number(owed) + 1),
      jointAction,
      practice,
      draft,
      otherPractice,
      otherSlug: otherOrg?.slug ?? '',
      obstacle: catalogue.obstacles[0]?.id ?? '',
      template,
      campaign,
      objective,
      action,
      listed,
      waiting,
      unsigned,
      slug: o?.slug ?? '',
      receipt: event?.id ?? '',
      pending: await liveSignatureId(t, waiting),
      listedSignature: await liveSignatureId(t, listed),
      repUser:
        (await t.deps.db.select({ id: users.id }).from(users).where(eq(users.email, 'axe-rep@example.be')))[0]
          ?.id ?? '',
      dispute:
        (
          await t.deps.db
            .insert(kboDisputes)
            .values({
              kbo: o?.kbo ?? '',
              organisationName: 'The Real Company',
              claimantName: 'Jan Claes',
              claimantRole: 'Director',
              contact: 'jan@example.be',
              message: 'We never registered.',
              status: 'open',
              createdAt: t.clock.now(),
            })
            .returning()
        )[0]?.id ?? '',
    });
    // Browser sessions for the admin and the representative, signed in through the real form.
    const signIn = async (email: string) => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${base}/fr/sign-in`);
      await page.fill('#f-email', email);
      await page.fill('#f-password', 'correct horse battery');
      await page.click('main button[type=submit]');
      await page.waitForURL(/\/fr\/account$/);
      const state = await ctx.storageState();
      await ctx.close();
      return state;
    };
    adminState = await signIn('axe-admin@example.be');
    repState = await signIn('axe-rep@example.be');
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
    '/charter',
    '/signatories',
    '/signatories?q=axe&sector=private',
    '/signatories?q=nothing-matches',
    '/signatories/{slug}',
    '/ledger',
    '/ledger/verify',
    '/ledger/1',
    '/receipts/{receipt}',
    '/invitations/{invitation}',
    '/campaigns',
    '/campaigns?when=past',
    '/campaigns/{campaign}',
    '/join/{referral}',
    '/obstacles',
    '/obstacles/fraud-phishing',
    '/practices',
    '/practices?q=arnaques&lang=fr&commitment=C8',
    '/practices/{practice}',
    '/practices/{otherPractice}',
    '/signatories/{otherSlug}',
    '/joint-actions',
    '/joint-actions?status=proposed',
    '/joint-actions/{jointAction}',
    '/signatories/{slug}/reports/{reportYear}',
    '/accessibility',
    '/privacy',
    '/legal',
    '/contact',
    '/organisations/dispute',
    '/organisations/dispute/sent',
  ];
  const adminPages = [
    '',
    '/account',
    '/admin/users',
    '/admin/users/{repUser}',
    '/admin/audit',
    '/admin/audit?action=auth.sign_in.success',
    '/admin/signatures',
    '/admin/signatures/{pending}',
    '/admin/signatures/{listedSignature}',
    '/admin/signatures/disputes/{dispute}',
    '/admin/charter',
    '/organisations/{listed}',
    '/organisations/{waiting}/signature',
    '/organisations/{listed}/plan',
    '/organisations/{listed}/safety',
    '/admin/plans',
    '/admin/templates',
    '/admin/templates/new',
    '/admin/templates/{template}/edit',
    '/admin/campaigns/new',
    '/admin/campaigns/{campaign}/edit',
    '/admin/obstacles/new',
    '/admin/obstacles/{obstacle}/edit',
    '/admin/practices',
    '/practices/{draft}',
    '/obstacles',
    '/campaigns',
    '/campaigns/{campaign}',
    '/admin/reports',
    '/admin/reports?status=non_reporting&sector=private',
    '/admin/evaluation',
    '/organisations/{listed}/index',
    '/organisations/{listed}/index/{indexDone}',
    '/organisations/{listed}/reports',
    '/organisations/{listed}/reports/{reportYear}',
    '/organisations/{listed}/reports/{nextYear}',
    '/organisations/{listed}/evaluation',
    '/admin/site-pages',
    '/admin/site-pages/accessibility/edit',
    '/contact',
  ];
  const repPages = [
    '/organisations',
    '/organisations/new',
    '/organisations/{listed}',
    '/organisations/{listed}/edit',
    '/organisations/{listed}/signature',
    '/organisations/{unsigned}/sign',
    '/organisations/{waiting}/signed',
    '/organisations/{listed}/signed',
    '/start',
    '/organisations/{listed}/plan',
    '/organisations/{listed}/plan/objectives/new',
    '/organisations/{listed}/plan/objectives/{objective}/edit',
    '/organisations/{listed}/plan/objectives/{objective}/actions/new',
    '/organisations/{listed}/plan/actions/{action}/edit',
    '/organisations/{listed}/training',
    '/organisations/{listed}/safety',
    '/organisations/{listed}/referrals',
    '/campaigns/{campaign}',
    '/organisations/new?referral={referral}',
    '/organisations/{listed}/practices/new',
    '/practices/{draft}/edit',
    '/practices/{practice}',
    '/practices/{otherPractice}',
    '/joint-actions',
    '/joint-actions/{jointAction}',
    '/joint-actions/{jointAction}/edit',
    '/organisations/{listed}/joint-actions/new',
    '/following',
    '/obstacles/fraud-phishing',
    '/organisations/{listed}/index',
    ...['access', 'skills', 'trust', 'services', 'governance'].map(
      (s) => `/organisations/{listed}/index/{indexDraft}/${s}`,
    ),
    '/organisations/{listed}/index/{indexDraft}/check',
    '/organisations/{listed}/index/{indexDone}',
    '/organisations/{listed}/reports',
    '/organisations/{listed}/reports/{reportYear}',
    '/organisations/{listed}/reports/{nextYear}',
    '/organisations/{listed}/evaluation',
  ];
  const VIEWPORT = { width: 1280, height: 720 };
  /**
   * Visits every path, two at a time: axe is the slow part. Each of the two workers keeps one context and one
   * page per role for the whole language (a context per page cost a browser process per page). Before each
   * visit, the context's cookies are put back to the role's session (none for a visitor): the link pages move
   * their token into a cookie, which would change what the next page shows. The cache is off, so each page
   * still weighs what a first visit costs, and the check shows every style sheet was counted.
   */
  const sweep = async (
    locale: string,
    visits: { path: string; session?: Session }[],
    check: (page: Page, url: string, visit: Awaited<ReturnType<typeof weigh>>) => Promise<void>,
  ) => {
    const queue = [...visits];
    const contexts: BrowserContext[] = [];
    const worker = async () => {
      const pages = new Map<Session | undefined, Page>();
      try {
        for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
          let page = pages.get(v.session);
          if (!page) {
            const ctx = await env.browser.newContext({ viewport: VIEWPORT });
            contexts.push(ctx);
            page = await firstVisitPage(ctx);
            pages.set(v.session, page);
          }
          await page.context().clearCookies();
          if (v.session) await page.context().addCookies(v.session.cookies);
          await page.setViewportSize(VIEWPORT);
          const url = `${env.base}/${locale}${fill(v.path)}`;
          const visit = await weigh(page, url);
          weights.push({ url, bytes: visit.bytes });
          assert.equal(
            visit.stylesheets,
            await page.locator('link[rel=stylesheet]').count(),
            `every style sheet of ${url} weighed`,
          );
          await check(page, url, visit);
        }
      } catch (e) {
        // The other worker stops at its next page rather than running on.
        queue.length = 0;
        throw e;
      }
    };
    const done = await Promise.allSettled([worker(), worker()]);
    await Promise.all(contexts.map((c) => c.close()));
    for (const d of done) if (d.status === 'rejected') throw d.reason;
  };
  const fill = (p: string) => p.replace(/\{(\w+)\}/g, (_, k: string) => tokens[k] ?? ids[k] ?? '');

  for (const locale of LOCALES) {
    test(`${locale}: anonymous pages`, async () => {
      await sweep(
        locale,
        anonymousPages.map((path) => ({ path })),
        async (page, url, { bytes }) => {
          assert.equal(await page.getAttribute('html', 'lang'), locale, url);
          assert.equal(await page.locator('h1').count(), 1, `one h1 on ${url}`);
          assert.deepEqual(await axeViolations(page), [], url);
          assert.ok(bytes <= MAX_PAGE_BYTES, `${url} weighs ${bytes} bytes`);
          assert.deepEqual(await sideways(page), [], `${url} at 320 px`);
        },
      );
    });

    test(`${locale}: forms showing their errors`, async () => {
      const ctx = await env.browser.newContext();
      const page = await ctx.newPage();
      for (const p of ['/sign-up', '/sign-in', '/forgot-password']) {
        await page.goto(`${env.base}/${locale}${p}`);
        await page.click('main button[type=submit]');
        await page.waitForSelector('.error-summary');
        assert.deepEqual(await axeViolations(page), [], `${p} with errors`);
      }
      await ctx.close();
      const repCtx = await env.browser.newContext({ storageState: repState });
      const repPage = await repCtx.newPage();
      for (const p of [
        '/organisations/new',
        `/organisations/${ids.unsigned}/sign`,
        `/organisations/${ids.listed}/plan/objectives/new`,
        `/organisations/${ids.listed}/plan/objectives/${ids.objective}/actions/new`,
        `/organisations/${ids.listed}/referrals`,
        `/organisations/${ids.listed}/training`,
        `/organisations/${ids.listed}/practices/new`,
        `/organisations/${ids.listed}/joint-actions/new`,
        `/joint-actions/${ids.jointAction}`,
        `/organisations/${ids.listed}/index/${ids.indexDraft}/check`,
        `/organisations/${ids.listed}/reports/${ids.nextYear}`,
      ]) {
        await repPage.goto(`${env.base}/${locale}${p}`);
        await repPage.click('main button[type=submit]');
        await repPage.waitForSelector('.error-summary');
        assert.deepEqual(await axeViolations(repPage), [], `${p} with errors`);
      }
      // A section of the index with an answer that is not a number.
      await repPage.goto(`${env.base}/${locale}/organisations/${ids.listed}/index/${ids.indexDraft}/skills`);
      await repPage.fill('#f-ski-emp-trained', 'beaucoup');
      await repPage.click('main button[type=submit]');
      await repPage.waitForSelector('.error-summary');
      assert.deepEqual(await axeViolations(repPage), [], 'an index section with errors');
      // The PDF form with no file chosen, and the adoption form with no note.
      await repPage.goto(`${env.base}/${locale}/practices/${ids.practice}`);
      await repPage.click('main form[enctype="multipart/form-data"] button[type=submit]');
      await repPage.waitForSelector('.error-summary');
      assert.deepEqual(await axeViolations(repPage), [], 'the PDF form with errors');
      await repPage.goto(`${env.base}/${locale}/practices/${ids.otherPractice}`);
      await repPage.fill('#f-note', '');
      await repPage.click('main form[action$="/adoption"] button[type=submit]');
      await repPage.waitForSelector('.error-summary');
      assert.deepEqual(await axeViolations(repPage), [], 'the adoption form with errors');
      await repCtx.close();
      const adminCtx = await env.browser.newContext({ storageState: adminState });
      const adminPage = await adminCtx.newPage();
      for (const p of ['/admin/templates/new', '/admin/campaigns/new']) {
        await adminPage.goto(`${env.base}/${locale}${p}`);
        await adminPage.fill('#f-title_fr', '');
        await adminPage.click('main button[type=submit]');
        await adminPage.waitForSelector('.error-summary');
        assert.deepEqual(await axeViolations(adminPage), [], `${p} with errors`);
      }
      // A footer page with every language emptied.
      await adminPage.goto(`${env.base}/${locale}/admin/site-pages/privacy/edit`);
      for (const l of LOCALES) await adminPage.fill(`#f-body_${l}`, '');
      await adminPage.click('main button[type=submit]');
      await adminPage.waitForSelector('.error-summary');
      assert.deepEqual(await axeViolations(adminPage), [], 'a footer page with errors');
      await adminCtx.close();
    });

    test(`${locale}: signed-in pages`, async () => {
      await sweep(
        locale,
        [
          ...adminPages.map((path) => ({ path, session: adminState })),
          ...repPages.map((path) => ({ path, session: repState })),
        ],
        async (page, url, { bytes, status }) => {
          assert.equal(status, 200, url);
          assert.equal(await page.getAttribute('html', 'lang'), locale);
          assert.deepEqual(await axeViolations(page), [], url);
          assert.ok(bytes <= MAX_PAGE_BYTES, `${url} weighs ${bytes} bytes`);
          assert.deepEqual(await sideways(page), [], `${url} at 320 px`);
        },
      );
    });
  }
});

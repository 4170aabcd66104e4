import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { BrowserContext } from 'playwright-core';
import { organisations } from '../../src/features/organisations/schema.ts';
import { signatureEvents } from '../../src/features/signatures/schema.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { Agent, lastMailTo, linkIn, signedInAdmin, signedInUser } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { axeViolations, MAX_PAGE_BYTES, startBrowserApp, visitAndWeigh } from '../helpers/browser-app.ts';
import { approve, createOrganisation, liveSignatureId, signCharter } from '../helpers/org.ts';

/**
 * Every page, in every language: axe finds nothing, and the page with its CSS weighs at most 50 KB on the wire.
 * The signed-in pages are visited as an admin, who sees the most.
 */
describe('every page in every language', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let adminState: Awaited<ReturnType<BrowserContext['storageState']>>;
  let repState: Awaited<ReturnType<BrowserContext['storageState']>>;
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
    Object.assign(ids, {
      objective,
      action,
      listed,
      waiting,
      unsigned,
      slug: o?.slug ?? '',
      receipt: event?.id ?? '',
      pending: await liveSignatureId(t, waiting),
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
  ];
  const adminPages = [
    '',
    '/account',
    '/admin/users',
    '/admin/audit',
    '/admin/audit?action=auth.sign_in.success',
    '/admin/signatures',
    '/admin/signatures/{pending}',
    '/admin/charter',
    '/organisations/{listed}',
    '/organisations/{waiting}/signature',
    '/organisations/{listed}/plan',
    '/organisations/{listed}/safety',
    '/admin/plans',
  ];
  const repPages = [
    '/organisations',
    '/organisations/new',
    '/organisations/{listed}',
    '/organisations/{listed}/edit',
    '/organisations/{listed}/signature',
    '/organisations/{unsigned}/sign',
    '/organisations/{listed}/plan',
    '/organisations/{listed}/plan/objectives/new',
    '/organisations/{listed}/plan/objectives/{objective}/edit',
    '/organisations/{listed}/plan/objectives/{objective}/actions/new',
    '/organisations/{listed}/plan/actions/{action}/edit',
    '/organisations/{listed}/training',
    '/organisations/{listed}/safety',
  ];
  const fill = (p: string) => p.replace(/\{(\w+)\}/g, (_, k: string) => tokens[k] ?? ids[k] ?? '');

  for (const locale of LOCALES) {
    test(`${locale}: anonymous pages`, async () => {
      for (const p of anonymousPages) {
        const url = `${env.base}/${locale}${fill(p)}`;
        const ctx = await env.browser.newContext();
        const { page, bytes } = await visitAndWeigh(ctx, url);
        weights.push({ url, bytes });
        assert.equal(await page.getAttribute('html', 'lang'), locale, url);
        assert.equal(await page.locator('h1').count(), 1, `one h1 on ${url}`);
        assert.deepEqual(await axeViolations(page), [], url);
        assert.ok(bytes <= MAX_PAGE_BYTES, `${url} weighs ${bytes} bytes`);
        await ctx.close();
      }
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
      ]) {
        await repPage.goto(`${env.base}/${locale}${p}`);
        await repPage.click('main button[type=submit]');
        await repPage.waitForSelector('.error-summary');
        assert.deepEqual(await axeViolations(repPage), [], `${p} with errors`);
      }
      await repCtx.close();
    });

    test(`${locale}: signed-in pages`, async () => {
      for (const [p, state] of [
        ...adminPages.map((p) => [p, adminState] as const),
        ...repPages.map((p) => [p, repState] as const),
      ]) {
        const url = `${env.base}/${locale}${fill(p)}`;
        const ctx = await env.browser.newContext({ storageState: state });
        const { page, bytes, status } = await visitAndWeigh(ctx, url);
        assert.equal(status, 200, url);
        weights.push({ url, bytes });
        assert.equal(await page.getAttribute('html', 'lang'), locale);
        assert.deepEqual(await axeViolations(page), [], url);
        assert.ok(bytes <= MAX_PAGE_BYTES, `${url} weighs ${bytes} bytes`);
        await ctx.close();
      }
    });
  }
});

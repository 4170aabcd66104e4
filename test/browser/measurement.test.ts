import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { PILLARS } from '../../src/features/assessments/content.ts';
import { organisations } from '../../src/features/organisations/schema.ts';
import { formatNumber, type MessageKey, type Params } from '../../src/platform/i18n/index.ts';
import { escapeRe, inText, signedInAdmin, signedInUser } from '../helpers/app.ts';
import { browserSkip } from '../helpers/browser.ts';
import { choose, press, signIn, startBrowserApp, tick, typeInto } from '../helpers/browser-app.ts';
import { questionnaire } from '../helpers/index.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

/**
 * Measuring and reporting (issue 6) in a real browser, by keyboard alone: the Digital Inclusion Index section by
 * section, stopped and resumed, checked, changed and submitted, with its score card; then the yearly report,
 * pre-filled, written, sent, downloaded and seen by the public.
 */
describe('the index and the yearly report, by keyboard', { skip: browserSkip }, () => {
  let env: Awaited<ReturnType<typeof startBrowserApp>>;
  let rep: Page;
  let orgId: string;
  let slug: string;
  const main = async (page: Page) => (await page.locator('main').textContent()) ?? '';
  const en = inText('en');
  /** A message as a RegExp whose placeholders in `holes` match the given patterns (the others match anything). */
  const shaped = (key: MessageKey, holes: Record<string, string>, params: Params = {}) => {
    const mark = (i: number) => `\u0001${i}\u0001`;
    const names = Object.keys(holes);
    let source = en(key, { ...params, ...Object.fromEntries(names.map((n, i) => [n, mark(i)])) }).source;
    for (const [i, n] of names.entries()) source = source.replace(mark(i), holes[n] ?? '');
    return new RegExp(source);
  };

  /** Answers one section by keyboard: "yes" or the top of a scale mostly, a number, one "does not apply". */
  async function answerSection(page: Page, pillar: (typeof PILLARS)[number]) {
    for (const q of questionnaire.questions.filter((x) => x.pillar === pillar)) {
      if (q.id === 'ski-emp-hours') await tick(page, `#f-${q.id}_na`);
      else if (q.type === 'number') await typeInto(page, `#f-${q.id}`, String(q.target / 2));
      else if (q.type === 'scale') await choose(page, q.id, String(q.points - 1));
      else await choose(page, q.id, q.pillar === 'governance' ? 'no' : 'yes');
    }
  }

  before(async () => {
    env = await startBrowserApp();
    const { t, browser, base } = env;
    const a = await signedInAdmin(t, 'measure-admin@example.be');
    const r = await signedInUser(t, { email: 'measure-rep@example.be', name: 'Hélène Mesure' });
    orgId = await createOrganisation(r, 3600, { legalName: 'Ville Mesurée' });
    await signCharter(r, orgId);
    await approve(a, t, orgId);
    slug = (await t.deps.db.select().from(organisations).where(eq(organisations.id, orgId)))[0]?.slug ?? '';
    rep = await signIn(browser, base, 'measure-rep@example.be');
  });
  after(() => env?.close());

  test('1. the questionnaire: one section per page, stop and resume, check, change an answer, submit, score card', async () => {
    await rep.goto(`${env.base}/en/organisations/${orgId}`);
    await press(rep, `a[href$="/organisations/${orgId}/index"]`);
    assert.match(
      await main(rep),
      en('index.start_intro', { minutes: formatNumber('en', questionnaire.minutes) }),
    );
    await press(rep, 'main form button[type=submit]');
    assert.match(await main(rep), en('index.section_of', { n: 1, total: 5 }));

    await answerSection(rep, 'access');
    await press(rep, 'button[name="go"][value="later"]');
    assert.match(await main(rep), en('index.saved_later'));
    assert.match(await main(rep), en('index.draft_progress', { answered: 8, total: 42 }));
    await press(rep, 'main a.button');
    assert.match(
      await main(rep),
      en('index.section_of', { n: 2, total: 5 }),
      'resumes at the first part not answered',
    );

    for (const p of PILLARS.slice(1)) {
      await answerSection(rep, p);
      await press(rep, 'button[name="go"][value="next"]');
    }
    assert.match(await main(rep), en('index.check_title'));
    assert.match(await main(rep), en('index.answer.na'));

    // Change one answer from the check page, then come back.
    await press(rep, 'a[href$="/governance#f-gov-emp-lead"]');
    assert.equal(await rep.evaluate(() => location.hash), '#f-gov-emp-lead');
    await choose(rep, 'gov-emp-lead', 'yes');
    await press(rep, 'button[name="go"][value="next"]');
    assert.match(rep.url(), /\/check$/);
    await press(rep, 'main form[action$="/submit"] button');

    const card = await main(rep);
    assert.match(card, en('index.submitted'));
    const bands = (['starting', 'developing', 'established', 'leading'] as const).map(
      (b) => en(`index.band.${b}`).source,
    );
    assert.match(
      card,
      new RegExp(`${shaped('index.score_of', { score: '\\d+' }).source} · (${bands.join('|')})`),
    );
    assert.match(card, en('index.peers_suppressed', { min: 5 }));
    assert.match(
      card,
      new RegExp(escapeRe(questionnaire.texts.en.pillars.governance.name)),
      'the weakest pillar comes with advice',
    );
    assert.equal(await rep.locator('svg[role="img"] title').count(), 1);
    assert.equal(await rep.locator('#scores-table tbody tr').count(), 6);
    assert.ok(
      await rep.locator('a[href$="/practices?commitment=C3"]').count(),
      'governance points to C3 practices',
    );
  });

  test('2. the yearly report: pre-filled, written, sent by the representative, downloaded, public', async () => {
    await rep.goto(`${env.base}/en/organisations/${orgId}`);
    await press(rep, `a[href$="/organisations/${orgId}/reports"]`);
    const year = shaped('report.owed_title', { year: '(\\d{4})' }).exec(await main(rep))?.[1] ?? '';
    assert.ok(year, await main(rep));
    await press(rep, `main a[href$="/reports/${year}"]`);
    const form = await main(rep);
    assert.match(form, en('report.figures_title'));
    assert.match(form, shaped('report.index_line', { score: '\\d+' }));

    await typeInto(
      rep,
      '#f-statement',
      'We trained our front-desk staff.\n\nNext year we test our forms with residents.',
    );
    await tick(rep, 'input[name="publicParts"][value="index"]');
    // The signer's name and title come pre-filled from the Charter signature; the representative corrects them.
    assert.notEqual(await rep.inputValue('#f-signerTitle'), '');
    for (const [field, value] of [
      ['#f-signerName', 'Hélène Mesure'],
      ['#f-signerTitle', 'Mayor'],
    ] as const) {
      await rep.focus(field);
      await rep.keyboard.press('Control+A');
      await rep.keyboard.type(value);
    }
    await tick(rep, '#f-confirm');
    await press(rep, 'button[name="intent"][value="submit"]');
    const sent = await main(rep);
    assert.match(sent, en('report.submitted'));
    assert.match(sent, en('report.doc_title', { year, organisation: 'Ville Mesurée' }));
    assert.match(sent, en('report.submitted_by', { name: 'Hélène Mesure', title: 'Mayor' }));

    const pdfHref = await rep.getAttribute('a[href$="/download.pdf"]', 'href');
    const pdf = await rep.request.get(`${env.base}${pdfHref}`);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    const { text } = await extractText(new Uint8Array(await pdf.body()), { mergePages: true });
    assert.match(text, /We trained our front-desk staff\./);
    const html = await rep.request.get(`${env.base}${pdfHref?.replace('.pdf', '.html')}`);
    assert.match(html.headers()['content-disposition'] ?? '', /attachment/);

    const anon = await env.browser.newPage();
    await anon.goto(`${env.base}/en/signatories/${slug}`);
    await press(anon, `a[href$="/signatories/${slug}/reports/${year}"]`);
    const pub = await main(anon);
    assert.match(pub, /We trained our front-desk staff\./);
    assert.match(pub, en('report.part.index'), 'made public by the representative');
    await anon.close();
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { PILLARS } from '../../src/features/assessments/content.ts';
import { assessments } from '../../src/features/assessments/schema.ts';
import { formatNumber, translator } from '../../src/platform/i18n/index.ts';
import {
  type Agent,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { answerAll, fillIndex, questionnaire } from '../helpers/index.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
let rep: Agent;
let orgId: string;
let stranger: Agent;

const ofOrg = async (id: string) =>
  t.deps.db.select().from(assessments).where(eq(assessments.organisationId, id));

before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'index-admin@example.be');
  rep = await signedInUser(t, { email: 'index-rep@example.be' });
  orgId = await createOrganisation(rep, 3300, {
    legalName: 'Banque Mesurée',
    sector: 'private',
    sizeBand: 'large',
  });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  stranger = await signedInUser(t, { email: 'index-stranger@example.be' });
});
after(() => t.close());

describe('the Digital Inclusion Index', () => {
  test('a member answers section by section, stops, resumes, checks and submits; the score card follows', async () => {
    const overview = await rep.get(`/fr/organisations/${orgId}/index`);
    assert.equal(overview.statusCode, 200);
    const fr = onPage('fr');
    assert.match(overview.body, fr('index.start'));
    assert.match(
      overview.body,
      fr('index.start_intro', { minutes: formatNumber('fr', questionnaire.minutes) }),
    );

    const start = await rep.post(`/fr/organisations/${orgId}/index/start`, {});
    assert.equal(start.statusCode, 303);
    const base = String(start.headers.location).replace(/\/access$/, '');
    const access = await rep.get(`${base}/access`);
    assert.match(access.body, fr('index.section_of', { n: 1, total: 5 }));
    // The question's words come from the questionnaire, as the page takes them.
    assert.ok(
      access.body.includes(`<legend>${questionnaire.texts.fr.questions['acc-cli-wifi']?.text}</legend>`),
    );

    // Part of the first section, then "come back later".
    const later = await rep.post(`${base}/access`, {
      'acc-cli-wifi': 'yes',
      'acc-emp-share': '75',
      go: 'later',
    });
    assert.equal(later.statusCode, 303);
    assert.equal(later.headers.location, `/fr/organisations/${orgId}/index`);
    const resumed = await rep.get(`/fr/organisations/${orgId}/index`);
    assert.match(resumed.body, fr('index.draft_progress', { answered: 2, total: 42 }));
    assert.match(
      resumed.body,
      new RegExp(`href="${base.replace(/\//g, '\\/')}/access">${fr('index.resume').source}`),
    );
    const again = await rep.get(`${base}/access`);
    assert.match(again.body, /name="acc-cli-wifi" value="yes" checked/);
    assert.match(again.body, /name="acc-emp-share" type="text" value="75"/);

    // Starting again resumes the same draft.
    const twice = await rep.post(`/fr/organisations/${orgId}/index/start`, {});
    assert.equal(String(twice.headers.location), `${base}/access`);

    // Submitting too early lists what is missing, linked to each question.
    await rep.get(`${base}/check`);
    const early = await rep.post(`${base}/submit`, {});
    assert.equal(early.statusCode, 422);
    assert.match(early.body, fr('index.missing', { n: 40 }));
    assert.match(
      early.body,
      new RegExp(`href="#f-acc-emp-device">[^<]*${fr('err.index.unanswered').source}`),
    );
    assert.equal((await ofOrg(orgId))[0]?.status, 'draft');

    // Every section, "not applicable" for two questions.
    for (const p of PILLARS) {
      await rep.get(`${base}/${p}`);
      const form: Record<string, string> = { go: 'next' };
      for (const q of questionnaire.questions.filter((x) => x.pillar === p))
        Object.assign(form, answerAll('middle', q));
      if (p === 'access') Object.assign(form, { 'acc-cli-wifi': 'na' });
      if (p === 'skills') {
        delete form['ski-emp-hours'];
        form['ski-emp-hours_na'] = 'yes';
      }
      const res = await rep.post(`${base}/${p}`, form);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `${base}/${PILLARS[PILLARS.indexOf(p) + 1] ?? 'check'}`);
    }
    const check = await rep.get(`${base}/check`);
    for (let n = 1; n <= questionnaire.questions.length; n++)
      assert.doesNotMatch(check.body, fr('index.missing', { n }));
    assert.match(check.body, fr('index.answer.na'));
    const sent = await rep.post(`${base}/submit`, {});
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, base);

    const card = await rep.get(base);
    assert.equal(card.statusCode, 200);
    assert.match(
      card.body,
      new RegExp(
        `<p class="score">${fr('index.score_of', { score: 50 }).source} · ${fr('index.band.developing').source}</p>`,
      ),
    );
    assert.match(card.body, /<svg[^>]*role="img"[^>]*><title id="scores-chart-title">/);
    assert.match(
      card.body,
      new RegExp(`<caption id="scores-table-caption">${fr('index.table_caption').source}`),
    );
    const tFr = translator('fr');
    assert.match(
      card.body,
      fr('index.peers_suppressed', {
        min: 5,
        group: `${tFr('sector.private')}, ${tFr('size_band.large')}`,
      }),
    );
    assert.match(card.body, fr('index.advice_title'));
    assert.match(card.body, /href="\/fr\/practices\?obstacle=[0-9a-f-]{36}"/);
    assert.match(card.body, /href="\/fr\/practices\?commitment=C\d"/);
    // The list holds obstacles and commitments (each a search of the library), not practices: it says so.
    assert.match(card.body, fr('index.advice_practices'));

    const [a] = await ofOrg(orgId);
    assert.equal(a?.status, 'submitted');
    assert.equal(a?.overall, 50);
    assert.equal(a?.answers['acc-cli-wifi'], 'na');

    // A submitted assessment no longer changes.
    await rep.get(`${base}/check`);
    assert.equal((await rep.post(`${base}/access`, { 'acc-cli-wifi': 'no', go: 'next' })).statusCode, 409);
    assert.equal((await rep.get(`${base}/access`)).statusCode, 409);

    // The history on the index page.
    const history = await rep.get(`/fr/organisations/${orgId}/index`);
    assert.match(history.body, fr('index.history_title'));
    assert.match(history.body, new RegExp(`href="${base.replace(/\//g, '\\/')}"`));
  });

  test('bad answers come back in the user’s language, beside their question, and nothing is saved', async () => {
    const start = await rep.post(`/nl/organisations/${orgId}/index/start`, {});
    const base = String(start.headers.location)
      .replace(/\/access$/, '')
      .replace('/fr/', '/nl/');
    await rep.get(`${base}/access`);
    const bad = await rep.post(`${base}/access`, {
      'acc-cli-wifi': 'misschien',
      'acc-emp-share': '150',
      'acc-com-spaces': '9',
      go: 'next',
    });
    assert.equal(bad.statusCode, 422);
    const nl = onPage('nl');
    assert.match(bad.body, new RegExp(`<title>${nl('form.title_error_prefix').source}`));
    assert.match(bad.body, nl('err.invalid'));
    assert.doesNotMatch(bad.body, /at .*\.ts:\d+/);
    const both = await rep.post(`${base}/access`, {
      'acc-emp-share': '12',
      'acc-emp-share_na': 'yes',
      go: 'next',
    });
    assert.equal(both.statusCode, 422);
    const words = await rep.post(`${base}/access`, { 'acc-emp-share': 'veel', go: 'next' });
    assert.equal(words.statusCode, 422);
    const list = await rep.post(`${base}/access`, { 'acc-cli-wifi': ['yes', 'no'], go: 'next' });
    assert.equal(list.statusCode, 422);
    const draft = (await ofOrg(orgId)).find((x) => x.status === 'draft');
    assert.deepEqual(draft?.answers, {}, 'nothing half-written');
    assert.equal((await rep.get(`${base}/nowhere`)).statusCode, 404);
    assert.equal((await rep.get(`/nl/organisations/${orgId}/index/not-an-id/access`)).statusCode, 404);
  });

  test('only the organisation’s members answer; the secretariat reads; others get nothing', async () => {
    const [done] = (await ofOrg(orgId)).filter((x) => x.status === 'submitted');
    const card = `/en/organisations/${orgId}/index/${done?.id}`;
    assert.equal((await stranger.get(card)).statusCode, 403);
    assert.equal((await stranger.get(`/en/organisations/${orgId}/index`)).statusCode, 403);
    await stranger.get('/en/account');
    assert.equal((await stranger.post(`/en/organisations/${orgId}/index/start`, {})).statusCode, 403);
    const anon = await t.app.inject(card);
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /\/en\/sign-in/);
    assert.equal((await admin.get(card)).statusCode, 200);
    const adminIndex = await admin.get(`/en/organisations/${orgId}/index`);
    assert.doesNotMatch(adminIndex.body, onPage('en')('index.start'));
    assert.equal((await admin.post(`/en/organisations/${orgId}/index/start`, {})).statusCode, 403);
    const before = (await t.deps.db.select({ n: count() }).from(assessments))[0]?.n;
    assert.equal(before, 2);
  });

  test('similar organisations: the median shows from five of them; the public summary hides smaller groups', async () => {
    // Four more large private signatories, and one public one.
    for (const [i, sector] of (['private', 'private', 'private', 'private', 'public'] as const).entries()) {
      const r = await signedInUser(t, { email: `peer${i}@example.be` });
      const id = await createOrganisation(r, 3310 + i, { legalName: `Pair ${i}`, sector, sizeBand: 'large' });
      await signCharter(r, id);
      await approve(admin, t, id);
      await fillIndex(r, id, i % 2 ? 'best' : 'worst');
    }
    const [done] = (await ofOrg(orgId)).filter((x) => x.status === 'submitted');
    const card = await rep.get(`/en/organisations/${orgId}/index/${done?.id}`);
    // Private and large: 50 (ours), 0, 100, 0, 100 → median 50 among five.
    const tEn = translator('en');
    assert.match(
      card.body,
      onPage('en')('index.peers_median', {
        group: `${tEn('sector.private')}, ${tEn('size_band.large')}`,
        median: 50,
        n: 5,
      }),
    );

    const summary = (await t.app.inject('/api/v1/index/summary')).json() as {
      organisations: number | null;
      overall: { median: number | null };
      bands: Record<string, number | null>;
      bySector: { sector: string; organisations: number | null; median: number | null }[];
    };
    assert.equal(summary.organisations, 6);
    // 50 (ours), 0, 100, 0, 100 and the public one 0.
    assert.equal(summary.overall.median, 25);
    const pub = summary.bySector.find((s) => s.sector === 'public');
    assert.deepEqual([pub?.organisations, pub?.median], [null, null], 'a group of one is suppressed');
    const priv = summary.bySector.find((s) => s.sector === 'private');
    // Five private ones, but with the total of six shown they would give the public one away: hidden too.
    assert.deepEqual([priv?.organisations, priv?.median], [null, null]);
    assert.equal(summary.bands.leading, null, 'three leading organisations: fewer than five, hidden');
  });
});

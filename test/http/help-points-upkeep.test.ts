import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { helpPointReports, helpPoints } from '../../src/features/help-points/schema.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  Agent,
  lastMailTo,
  linkIn,
  signedInAdmin,
  signedInUser,
  signInAgain,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { helpPointPageForm } from '../helpers/help-points.ts';
import { createOrganisation } from '../helpers/org.ts';

// Keeping help points true, through pages and forms: a manager adds a point with its hours as boxes and edits
// it; a visitor reports a mistake without an account; the manager and the secretariat are told and close it;
// a year without a check flags the point and mails its manager once.
let t: TestApp;
let manager: Agent;
let admin: Agent;
let orgId: string;

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-12-01T09:00:00Z'); // a Tuesday
  manager = await signedInUser(t, { email: 'manager@bib-laeken.be', name: 'Mona Manager' });
  orgId = await createOrganisation(manager, 43, { legalName: 'Bibliothèque de Laeken', sector: 'public' });
  admin = await signedInAdmin(t, 'secretariat-hp@example.be');
});
after(() => t.close());

const pointsOf = () => t.deps.db.select().from(helpPoints).where(eq(helpPoints.organisationId, orgId));
const mailsTo = async (to: string) =>
  (await t.deps.db.select({ n: count() }).from(outbox).where(eq(outbox.toAddress, to)))[0]?.n ?? 0;

describe('a manager keeps the structure’s points', () => {
  test('adds one: the hours as boxes become opening_hours, with holidays and a closed day; the list shows it', async () => {
    await manager.get(`/fr/help-points/structures/${orgId}/new`);
    assert.match(manager.lastHtml, /<input[^>]*name="Mo_1_from"[^>]*type="time"/);
    assert.match(manager.lastHtml, /name="holidaysClosed"[^>]*checked/, 'holidays closed by default');
    const res = await manager.post(`/fr/help-points/structures/${orgId}/new`, helpPointPageForm());
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/fr/help-points/structures/${orgId}`);
    const [p] = await pointsOf();
    assert.equal(p?.hours, 'Tu 17:00-19:00; Sa 10:00-12:30; PH off; 2026 Dec 26 off');
    const list = await manager.get(`/fr/help-points/structures/${orgId}`);
    assert.match(list.body, /Le point d’aide est en ligne/);
    assert.match(list.body, /Bibliothèque de Laeken<\/a>/);
    assert.match(list.body, /Vérifié le/);
  });

  test('a half slot, an afternoon before the morning ends and a date twice: each message beside its box, nothing saved', async () => {
    const before = (await pointsOf()).length;
    const res = await manager.post(
      `/nl/help-points/structures/${orgId}/new`,
      helpPointPageForm({
        Mo_1_from: '09:00',
        We_1_from: '09:00',
        We_1_to: '13:00',
        We_2_from: '12:00',
        We_2_to: '16:00',
        ex1_date: '26/12/2026',
      }),
    );
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /id="f-Mo_1_to-error"[\s\S]*?Geef het uur van opening en van sluiting/);
    assert.match(res.body, /id="f-We_2_from-error"/);
    assert.match(res.body, /id="f-ex1_date-error"/);
    assert.match(res.body, /href="#f-Mo_1_to"/, 'the summary links to the box');
    assert.equal((await pointsOf()).length, before);
  });

  test('edits it: the form shows what was saved; saving changes the hours; nothing filled in is "hours unknown"', async () => {
    const [p] = await pointsOf();
    const form = await manager.get(`/fr/help-points/${p?.id}/edit`);
    assert.match(form.body, /name="Tu_1_from"[^>]*value="17:00"/);
    assert.match(form.body, /name="ex0_date"[^>]*value="2026-12-26"/);
    const empty = Object.fromEntries(
      Object.entries(helpPointPageForm()).filter(([k]) => !/^(Tu|Sa|ex0)_/.test(k)),
    );
    const res = await manager.post(`/fr/help-points/${p?.id}/edit`, empty);
    assert.equal(res.statusCode, 303);
    const [saved] = await pointsOf();
    assert.equal(saved?.hours, null);
    assert.equal(saved?.hoursForm, null);
    const page = await new Agent(t.app).get(`/fr/help-points/${p?.id}`);
    assert.match(page.body, /Horaires inconnus/);
  });

  test('someone outside the structure cannot open its list or a point’s form', async () => {
    const [p] = await pointsOf();
    const other = await signedInUser(t, { email: 'other@example.be', name: 'Oscar Other' });
    assert.equal((await other.get(`/fr/help-points/structures/${orgId}`)).statusCode, 403);
    assert.equal((await other.get(`/fr/help-points/${p?.id}/edit`)).statusCode, 403);
  });
});

describe('a visitor reports a problem', () => {
  test('without an account: the manager and the secretariat get a mail; both see it; closing it empties the queue', async () => {
    const [p] = await pointsOf();
    const visitor = new Agent(t.app, {}, '192.0.2.71');
    await visitor.get(`/de/help-points/${p?.id}/report`);
    const sent = await visitor.post(`/de/help-points/${p?.id}/report`, {
      kind: 'closed',
      message: 'Seit Oktober geschlossen.',
    });
    assert.equal(sent.statusCode, 303);
    assert.match((await visitor.get(String(sent.headers.location))).body, /Danke/);
    const toManager = await lastMailTo(t, 'manager@bib-laeken.be');
    assert.match(toManager?.subject ?? '', /Bibliothèque de Laeken/);
    const link = linkIn(toManager?.bodyText);
    assert.equal(link, `/fr/help-points/${p?.id}/reports`);
    assert.ok(await lastMailTo(t, 'secretariat-hp@example.be'));
    assert.match((await manager.get(link)).body, /Seit Oktober geschlossen/);
    const queue = await admin.get('/fr/admin/help-points');
    assert.match(queue.body, /1 signalement ouvert/);
    const [r] = await t.deps.db.select().from(helpPointReports);
    const closed = await admin.post(`/fr/help-points/reports/${r?.id}/resolve`, {});
    assert.equal(closed.headers.location, '/fr/admin/help-points');
    assert.match((await admin.get('/fr/admin/help-points')).body, /0 signalement ouvert/);
  });

  test('a robot that fills in the hidden field is thanked like a person, and nothing is kept or sent', async () => {
    const [p] = await pointsOf();
    const before = await t.deps.db.select({ n: count() }).from(helpPointReports);
    const mails = await mailsTo('manager@bib-laeken.be');
    const robot = new Agent(t.app, {}, '192.0.2.72');
    await robot.get(`/fr/help-points/${p?.id}/report`);
    const res = await robot.post(`/fr/help-points/${p?.id}/report`, {
      kind: 'wrong',
      message: 'Buy cheap watches',
      nickname: 'bot',
    });
    assert.equal(res.statusCode, 303);
    assert.deepEqual(await t.deps.db.select({ n: count() }).from(helpPointReports), before);
    assert.equal(await mailsTo('manager@bib-laeken.be'), mails);
  });

  test('no kind chosen: the form says so in the visitor’s language, and nothing is kept', async () => {
    const [p] = await pointsOf();
    const visitor = new Agent(t.app, {}, '192.0.2.73');
    await visitor.get(`/nl/help-points/${p?.id}/report`);
    const res = await visitor.post(`/nl/help-points/${p?.id}/report`, { message: 'iets' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Zeg wat er niet klopt/);
  });
});

describe('a year without a check', () => {
  test('the job mails the manager once, the page says the information may be out of date; a check starts again', async () => {
    const [p] = await pointsOf();
    const job = t.jobs.find((j) => j.name === 'help-points');
    assert.ok(job);
    const mails = await mailsTo('manager@bib-laeken.be');
    assert.match(await job.run(), /^0 help points/);
    t.clock.set('2027-12-03T09:00:00Z');
    try {
      assert.match(await job.run(), /^1 help point out of date/);
      assert.match(await job.run(), /^0 help points/, 'once per check');
      assert.equal(await mailsTo('manager@bib-laeken.be'), mails + 1);
      const mail = await lastMailTo(t, 'manager@bib-laeken.be');
      assert.equal(linkIn(mail?.bodyText), `/fr/help-points/${p?.id}/edit`);
      assert.match((await new Agent(t.app).get(`/en/help-points/${p?.id}`)).body, /may be out of date/);
      // A year on, the session has long expired: the manager signs in again, from the mail's link.
      await signInAgain(manager, 'manager@bib-laeken.be');
      assert.match((await manager.get(`/fr/help-points/structures/${orgId}`)).body, /il y a plus d’un an/);
      await manager.post(`/fr/help-points/${p?.id}/confirm`, {});
      assert.doesNotMatch(
        (await new Agent(t.app).get(`/en/help-points/${p?.id}`)).body,
        /may be out of date/,
      );
    } finally {
      t.clock.set('2026-12-01T09:00:00Z');
    }
  });
});

describe('the door sheet', () => {
  test('a one-page PDF in the reader’s language, public', async () => {
    const [p] = await pointsOf();
    const res = await new Agent(t.app).get(`/nl/help-points/${p?.id}/sheet.pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const pdf = res.rawPayload.toString('latin1');
    assert.match(pdf, /^%PDF-/);
    assert.equal((pdf.match(/\/Type \/Page\b/g) ?? []).length, 1, 'one page');
    assert.match(pdf, /\/Lang \(nl\)/);
  });
});

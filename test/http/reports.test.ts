import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse as parseDisposition } from 'content-disposition';
import { and, count, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { extractText } from 'unpdf';
import { organisations } from '../../src/features/organisations/schema.ts';
import { reports } from '../../src/features/reports/schema.ts';
import { signatures } from '../../src/features/signatures/schema.ts';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { formatDay, translator } from '../../src/platform/i18n/index.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  type Agent,
  actorOf,
  escapeRe,
  inText,
  lastMailTo,
  linkIn,
  onPage,
  signedInAdmin,
  signedInUser,
  signInAgain,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { engine, withDbName } from '../helpers/db.ts';
import { fillIndex } from '../helpers/index.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
let rep: Agent;
let editor: Agent;
let orgId: string;
let slug: string;
let lateRep: Agent;
let lateOrg: string;

const statusOf = async (id: string) =>
  (
    await t.deps.db.select({ s: signatures.status }).from(signatures).where(eq(signatures.organisationId, id))
  )[0]?.s;
const mailsTo = async (to: string, subject: RegExp) =>
  (await t.deps.db.select().from(outbox).where(eq(outbox.toAddress, to))).filter((m) =>
    subject.test(m.subject),
  ).length;
const ledgerEvents = async () =>
  (
    (await t.app.inject('/api/v1/ledger?pageSize=100')).json() as { items: { entry: { event: string } }[] }
  ).items.map((e) => e.entry.event);
/** The clock jumps a year: everyone's sessions have expired, so they sign in again. */
const signInAll = async () => {
  await signInAgain(rep, 'report-rep@example.be');
  await signInAgain(editor, 'report-editor@example.be');
  await signInAgain(lateRep, 'late-rep@example.be');
  await signInAgain(admin, 'report-admin@example.be');
};
const run = () => t.services.reports.runLifecycle();

before(async () => {
  t = await startTestApp();
  t.clock.set('2025-05-02T09:00:00Z');
  admin = await signedInAdmin(t, 'report-admin@example.be');
  rep = await signedInUser(t, { email: 'report-rep@example.be', name: 'Marie Dubois' });
  orgId = await createOrganisation(rep, 3400, { legalName: 'Commune de Rapportville', sector: 'public' });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  slug = (await t.deps.db.select().from(organisations).where(eq(organisations.id, orgId)))[0]?.slug ?? '';
  editor = await signedInUser(t, { email: 'report-editor@example.be', locale: 'nl' });
  // The representative invites the editor, who accepts: through the services, as the forms would.
  await t.services.organisations.invite(
    await actorOf(t, 'report-rep@example.be'),
    orgId,
    { email: 'report-editor@example.be', role: 'editor' },
    'nl',
    '127.0.0.1',
  );
  const invitation = linkIn((await lastMailTo(t, 'report-editor@example.be'))?.bodyText);
  await t.services.organisations.acceptInvitation(
    await actorOf(t, 'report-editor@example.be'),
    invitation.split('/').at(-1) ?? '',
    'report-editor@example.be',
    '127.0.0.1',
  );
  lateRep = await signedInUser(t, { email: 'late-rep@example.be' });
  lateOrg = await createOrganisation(lateRep, 3401, { legalName: 'Toujours en Retard' });
  await signCharter(lateRep, lateOrg);
  await approve(admin, t, lateOrg);
});
after(() => t.close());

describe('yearly progress reports', () => {
  test('a report is owed from the first due date six months after verification, with reminders 30 and 7 days before and on the day, once each', async () => {
    const page = await rep.get(`/fr/organisations/${orgId}/reports`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, onPage('fr')('report.owed_title', { year: '2026' }));
    assert.match(page.body, onPage('fr')('report.due_on', { date: formatDay('fr', '2026-03-31') }));

    t.clock.set('2026-02-20T08:00:00Z');
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 0, lapsed: 0 });
    t.clock.set('2026-03-01T08:00:00Z');
    // Two instances at once: one of them does the work.
    const [a, b] = await Promise.all([run(), run()]);
    assert.equal((a?.reminders ?? 0) + (b?.reminders ?? 0), 2, 'one reminder per organisation');
    assert.equal(await run().then((r) => r?.reminders), 0, 'the same day again sends nothing');
    assert.equal(
      await mailsTo(
        'report-rep@example.be',
        inText('fr')('mail.report.reminder.subject', { due: '31 mars 2026' }),
      ),
      1,
    );
    const nl = await lastMailTo(t, 'report-editor@example.be');
    assert.equal(nl?.lang, 'nl');
    t.clock.set('2026-03-24T08:00:00Z');
    assert.equal((await run())?.reminders, 2);
    t.clock.set('2026-03-31T08:00:00Z');
    assert.equal((await run())?.reminders, 2);
    assert.equal(
      await mailsTo(
        'report-rep@example.be',
        inText('fr')('mail.report.reminder.subject', { due: '31 mars 2026' }),
      ),
      3,
    );
    assert.equal(await statusOf(orgId), 'active');
  });

  // PGlite has one connection in one process (it holds a folder lock): only PostgreSQL has other instances.
  if (engine === 'postgres')
    test('while another instance holds the job’s lock, this one does nothing', async () => {
      const { rows } = (await t.deps.db.execute(sql`select current_database() as name`)) as unknown as {
        rows: { name: string }[];
      };
      const other = new pg.Client({
        connectionString: withDbName(process.env.TEST_DATABASE_URL ?? '', rows[0]?.name ?? ''),
      });
      await other.connect();
      try {
        await other.query('select pg_advisory_lock(7130042)');
        assert.equal(await run(), null);
        await other.query('select pg_advisory_unlock(7130042)');
        assert.notEqual(await run(), null);
      } finally {
        await other.end();
      }
    });

  test('after the due date the signatory is non-reporting: ledger, audit, message, register', async () => {
    t.clock.set('2026-04-01T08:00:00Z');
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 2, lapsed: 0 });
    assert.equal(await statusOf(orgId), 'non_reporting');
    assert.deepEqual((await ledgerEvents()).slice(-2), ['non_reporting', 'non_reporting']);
    const [audit] = await t.deps.db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'signature.non_reporting'));
    assert.equal(audit?.n, 2);
    assert.match(
      (await lastMailTo(t, 'report-rep@example.be'))?.subject ?? '',
      inText('fr')('mail.signature.non_reporting.subject', { organisation: 'Commune de Rapportville' }),
    );
    const profile = await t.app.inject(`/fr/signatories/${slug}`);
    assert.match(profile.body, onPage('fr')('signature_status.non_reporting'));
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 0, lapsed: 0 }, 'nothing twice');
  });

  test('the platform pre-fills the report; an editor drafts; the representative submits; the signatory is active again', async () => {
    await signInAll();
    await fillIndex(rep, orgId, 'middle');
    const form = await editor.get(`/nl/organisations/${orgId}/reports/2026`);
    assert.equal(form.statusCode, 200);
    assert.match(
      form.body,
      new RegExp(`<h1>${onPage('nl')('report.form_title', { year: '2026' }).source}</h1>`),
    );
    assert.match(form.body, onPage('nl')('report.period'));
    assert.doesNotMatch(form.body, /name="intent" value="submit"/, 'an editor cannot submit');
    const draft = await editor.post(`/nl/organisations/${orgId}/reports/2026`, {
      statement: 'Dit jaar hebben we 40 medewerkers opgeleid.',
      publicParts: ['statement', 'plan'],
      intent: 'save',
    });
    assert.equal(draft.statusCode, 303);
    const asSubmit = await editor.post(`/nl/organisations/${orgId}/reports/2026`, {
      statement: 'x',
      signerName: 'X',
      signerTitle: 'Y',
      confirm: 'yes',
      intent: 'submit',
    });
    assert.equal(asSubmit.statusCode, 403);

    const mine = await rep.get(`/fr/organisations/${orgId}/reports/2026`);
    assert.match(mine.body, /Dit jaar hebben we 40 medewerkers opgeleid\./, 'the draft is kept');
    assert.match(mine.body, /value="statement" checked/);
    assert.doesNotMatch(mine.body, /value="index" checked/);
    assert.match(mine.body, /50 sur 100/, 'the latest index is in the figures');

    // Bad input: nothing is submitted.
    const empty = await rep.post(`/fr/organisations/${orgId}/reports/2026`, {
      statement: '',
      signerName: '',
      signerTitle: 'Bourgmestre',
      intent: 'submit',
    });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, onPage('fr')('err.report.confirm_required'));
    assert.match(empty.body, /href="#f-statement"/);
    const odd = await rep.post(`/fr/organisations/${orgId}/reports/2026`, {
      statement: 'Un texte.',
      publicParts: 'everything',
      intent: 'save',
    });
    assert.equal(odd.statusCode, 422);
    const long = await rep.post(`/fr/organisations/${orgId}/reports/2026`, {
      statement: 'x'.repeat(8001),
      intent: 'save',
    });
    assert.equal(long.statusCode, 422);
    assert.match(long.body, onPage('fr')('err.too_long', { max: 8000 }));
    assert.match(long.body, new RegExp(`<title>${escapeRe(translator('fr')('form.title_error_prefix'))}`));
    assert.equal((await rep.get(`/fr/organisations/${orgId}/reports/2031`)).statusCode, 404);
    assert.equal((await rep.get(`/fr/organisations/${orgId}/reports/20x6`)).statusCode, 404);
    // A year that is not owed does not exist as a form, whatever the method.
    assert.equal(
      (await rep.post(`/fr/organisations/${orgId}/reports/2027`, { statement: 'x', intent: 'save' }))
        .statusCode,
      404,
    );
    const [{ n: before } = { n: -1 }] = await t.deps.db
      .select({ n: count() })
      .from(reports)
      .where(eq(reports.status, 'submitted'));
    assert.equal(before, 0);

    t.clock.set('2026-04-10T08:00:00Z');
    const sent = await rep.post(`/fr/organisations/${orgId}/reports/2026`, {
      statement: 'Cette année, nous avons formé 40 agents.\n\nNous gardons un guichet ouvert.',
      publicParts: ['statement', 'plan', 'training'],
      signerName: 'Marie Dubois',
      signerTitle: 'Bourgmestre',
      confirm: 'yes',
      intent: 'submit',
    });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    assert.equal(await statusOf(orgId), 'active');
    assert.equal((await ledgerEvents()).at(-1), 'reinstated');
    assert.match(
      (await lastMailTo(t, 'report-editor@example.be'))?.subject ?? '',
      new RegExp(`^${inText('nl')('mail.report.submitted.subject', { year: '2026' }).source}`),
    );
    assert.ok(
      await mailsTo('report-rep@example.be', inText('fr')('mail.report.submitted.subject', { year: '2026' })),
    );

    // Submitted: it no longer changes, and the next one is 2027.
    const again = await rep.post(`/fr/organisations/${orgId}/reports/2026`, {
      statement: 'Autre',
      intent: 'save',
    });
    assert.equal(again.statusCode, 200, 'the frozen report is shown, unchanged');
    const list = await rep.get(`/fr/organisations/${orgId}/reports`);
    assert.match(list.body, onPage('fr')('report.owed_title', { year: '2027' }));
    assert.match(list.body, onPage('fr')('report.sent_on', { date: formatDay('fr', '2026-04-10') }));
  });

  test('the public sees the public parts, as a page, a PDF in its language and an HTML file; the API too', async () => {
    const page = await t.app.inject(`/en/signatories/${slug}/reports/2026`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Cette année, nous avons formé 40 agents\./);
    const en = onPage('en');
    assert.match(page.body, en('report.part.plan'));
    assert.doesNotMatch(
      page.body,
      new RegExp(`${en('report.part.index').source}</h2>`),
      'the index was not made public',
    );
    const profile = await t.app.inject(`/en/signatories/${slug}`);
    assert.match(profile.body, new RegExp(`href="/en/signatories/${slug}/reports/2026">Report 2026`));
    assert.match(
      profile.body,
      /<blockquote><p>Cette année, nous avons formé 40 agents\.<\/p><footer>Report 2026, Marie Dubois, Bourgmestre/,
    );
    assert.doesNotMatch(profile.body, en('report.index_line'), 'the index was not made public');

    const pdf = await t.app.inject(`/nl/signatories/${slug}/reports/2026/download.pdf`);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const { text } = await extractText(new Uint8Array(pdf.rawPayload), { mergePages: true });
    assert.match(
      text,
      inText('nl')('report.doc_title', { year: '2026', organisation: 'Commune de Rapportville' }),
    );
    const de = await t.app.inject(`/de/signatories/${slug}/reports/2026/download.pdf`);
    assert.match(
      (await extractText(new Uint8Array(de.rawPayload), { mergePages: true })).text,
      inText('de')('report.doc_title', { year: '2026' }),
    );
    assert.match(text, /Cette année, nous avons formé 40 agents\./);
    const html = await t.app.inject(`/fr/signatories/${slug}/reports/2026/download.html`);
    assert.match(
      parseDisposition(String(html.headers['content-disposition'])).parameters.filename ?? '',
      /^inclusio-report-.*-2026\.html$/,
    );
    assert.match(html.body, /^<!doctype html><html lang="fr">/);
    assert.match(html.body, /<style>/);
    const fr = onPage('fr');
    assert.match(
      html.body,
      fr('report.doc_title', { year: '2026', organisation: 'Commune de Rapportville' }),
    );
    const indexHeading = new RegExp(`${fr('report.part.index').source}</h2>`);
    assert.doesNotMatch(html.body, indexHeading);

    // The members' download has every part.
    const full = await rep.get(`/fr/organisations/${orgId}/reports/2026/download.html`);
    assert.match(full.body, indexHeading);
    const fullPdf = await rep.get(`/fr/organisations/${orgId}/reports/2026/download.pdf`);
    assert.match(
      (await extractText(new Uint8Array(fullPdf.rawPayload), { mergePages: true })).text,
      /50 sur 100/,
    );

    const api = (await t.app.inject(`/api/v1/signatories/${orgId}/reports`)).json() as {
      reports: { year: number; statement?: string; plan?: unknown; index?: unknown }[];
    };
    assert.equal(api.reports[0]?.year, 2026);
    assert.ok(api.reports[0]?.statement && api.reports[0]?.plan);
    assert.equal(api.reports[0]?.index, undefined);
    assert.equal(
      (await t.app.inject('/api/v1/signatories/00000000-0000-4000-8000-000000000000/reports')).statusCode,
      404,
    );
    assert.equal((await t.app.inject(`/en/signatories/${slug}/reports/2027`)).statusCode, 404);
  });

  test('a signatory that never reports lapses after the grace period; the secretariat sees everyone’s status', async () => {
    t.clock.set('2027-03-31T12:00:00Z');
    await run();
    assert.equal(await statusOf(lateOrg), 'non_reporting');
    t.clock.set('2027-04-01T08:00:00Z');
    const r = await run();
    await signInAll();
    assert.equal(r?.lapsed, 1);
    assert.equal(r?.nonReporting, 1, 'the other one missed its 2027 report');
    assert.equal(await statusOf(lateOrg), 'lapsed');
    assert.equal((await ledgerEvents()).filter((e) => e === 'lapsed').length, 1);
    assert.match(
      (await lastMailTo(t, 'late-rep@example.be'))?.subject ?? '',
      inText('fr')('mail.signature.lapsed.subject', { organisation: 'Toujours en Retard' }),
    );

    const grid = await admin.get('/fr/admin/reports');
    assert.equal(grid.statusCode, 200);
    assert.match(grid.body, /Toujours en Retard/);
    assert.match(grid.body, /Commune de Rapportville/);
    const late = await admin.get('/fr/admin/reports?status=lapsed');
    assert.match(late.body, /Toujours en Retard/);
    assert.doesNotMatch(late.body, /Commune de Rapportville/);
    const csv = await admin.get('/admin/reports.csv?status=non_reporting');
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(csv.body, /^organisation,sector,region,status,owed_year/);
    assert.match(
      csv.body,
      /Commune de Rapportville,public,brussels,non_reporting,2027,2027-03-31,not_started,2026,2026-04-10/,
    );
    assert.equal((await admin.get('/fr/admin/reports?status=gone')).statusCode, 400);
    assert.equal((await rep.get('/fr/admin/reports')).statusCode, 403);
    assert.equal((await rep.get('/admin/reports.csv')).statusCode, 403);
    // A lapsed signatory owes nothing more; its members are told how to sign again.
    const page = await lateRep.get(`/fr/organisations/${lateOrg}/reports`);
    assert.match(page.body, onPage('fr')('report.no_obligation'));
    const none = await t.deps.db
      .select({ n: count() })
      .from(reports)
      .where(and(eq(reports.organisationId, lateOrg)));
    assert.equal(none[0]?.n, 0);
  });

  test('the form gives the charter’s signer their name and title; an index older than the period says its age', async () => {
    // The index is sent more than a year before the signature, then never again.
    t.clock.set('2030-01-06T09:00:00Z');
    const old = await signedInUser(t, { email: 'old-index@example.be', name: 'Jan Janssens' });
    const id = await createOrganisation(old, 3402, { legalName: 'Indice Ancien' });
    await fillIndex(old, id, 'middle');
    t.clock.set('2031-05-02T09:00:00Z');
    await signInAgain(old, 'old-index@example.be');
    await signInAgain(admin, 'report-admin@example.be');
    await signCharter(old, id, { signerName: 'Jan Janssens-Peeters', signerTitle: 'Directeur général' });
    await approve(admin, t, id);
    t.clock.set('2032-03-01T09:00:00Z');
    await signInAgain(old, 'old-index@example.be');
    const form = await old.get(`/fr/organisations/${id}/reports/2032`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="signerName"[^>]*value="Jan Janssens-Peeters"/);
    assert.match(form.body, /name="signerTitle"[^>]*value="Directeur général"/);
    assert.ok(form.body.includes(translator('fr')('report.index_old', { years: 2 })), 'two years old');
  });
});

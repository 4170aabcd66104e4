import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, like } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import {
  addMember,
  audited,
  IP,
  makeOrg,
  makeUser,
  type Person,
  refusedWith,
  verifiedSignatory,
} from '../../../test/helpers/services.ts';
import { outbox } from '../../platform/mail/schema.ts';

// The yearly report's life on the services, with the clock moved through the years: what is owed, drafts and
// submissions and who may make them, and the daily job's reminders, non-reporting and lapse (default rules:
// due on 31 March, twelve months' grace).
let t: TestApp;
let admin: Person;
/** A and B are verified on 2 May 2025: their first report is 2026's, due on 31 March 2026. */
let a: { rep: Person; orgId: string; signatureId: string };
let b: { rep: Person; orgId: string; signatureId: string };
let editorA: Person;
let outsider: Person;
/** Signed, never verified. */
let pending: { rep: Person; orgId: string };
/** Verified, then suspended by the secretariat. */
let suspended: { rep: Person; orgId: string; signatureId: string };

const run = () => t.services.reports.runLifecycle();
const at = (day: string) => t.clock.set(`${day}T08:00:00Z`);
const statusOf = (orgId: string) => t.services.signatures.statusOf(orgId);
const stepsOf = async (orgId: string) =>
  ((await t.services.signatures.history(admin, orgId)).signatures[0]?.events ?? []).map((e) => e.event.type);
const remindersTo = async (email: string, year: number) =>
  (
    await t.deps.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, email), like(outbox.subject, `Rapport annuel ${year} de %à remettre%`)))
  ).length;
const lastLedgerEvent = async () => {
  const { entries } = await t.services.ledger.verify();
  return ((await t.services.ledger.entry(entries)).payload as { event: string }).event;
};
const words = {
  statement: 'Nous avons formé 40 personnes cette année.',
  publicParts: ['statement' as const],
};
const submission = { ...words, signerName: 'Ana Peeters', signerTitle: 'CEO' };

before(async () => {
  t = await startTestApp();
  at('2025-05-02');
  admin = await makeUser(t, 'secretariat@example.be', { admin: true });
  a = await verifiedSignatory(t, admin, 3500);
  b = await verifiedSignatory(t, admin, 3501);
  editorA = await makeUser(t, 'editor-a@example.be');
  await addMember(t, a.rep, a.orgId, editorA, 'editor');
  outsider = await makeUser(t, 'outsider@example.be');
  await makeOrg(t, outsider, 3502);
  const pendingRep = await makeUser(t, 'pending@example.be');
  const pendingOrg = await makeOrg(t, pendingRep, 3503);
  await t.services.signatures.sign(
    pendingRep,
    pendingOrg,
    { signerName: 'P', signerTitle: 'CEO' },
    IP,
    'test',
  );
  pending = { rep: pendingRep, orgId: pendingOrg };
  suspended = await verifiedSignatory(t, admin, 3504);
  await t.services.signatures.secretariatStep(admin, suspended.signatureId, 'suspend', 'Plainte', IP);
});
after(() => t.close());

describe('what is owed, and who may see it', () => {
  test('a verified signatory owes its first report at least six months on; others owe none', async () => {
    const o = await t.services.reports.overview(a.rep, a.orgId);
    assert.deepEqual(o.obligation, { year: 2026, dueOn: '2026-03-31', periodFrom: '2025-05-02' });
    assert.equal(o.status, 'active');
    assert.deepEqual(o.reports, []);
    for (const org of [pending, suspended]) {
      const none = await t.services.reports.overview(org.rep, org.orgId);
      assert.deepEqual([none.obligation, none.status], [null, null]);
    }
  });

  test('the members and the secretariat see the reports page; nobody else', async () => {
    assert.equal((await t.services.reports.overview(editorA, a.orgId)).access, 'editor');
    assert.equal((await t.services.reports.overview(admin, a.orgId)).access, 'admin');
    await assert.rejects(t.services.reports.overview(outsider, a.orgId), refusedWith('forbidden', 403));
    await assert.rejects(t.services.reports.overview(null, a.orgId), refusedWith('auth.required', 401));
    await assert.rejects(t.services.reports.grid(a.rep, {}, 1), refusedWith('forbidden', 403));
  });
});

describe('drafts', () => {
  test('any member drafts the report owed now, even early; nobody else, and no other year', async () => {
    const r = t.services.reports;
    await r.saveDraft(editorA, a.orgId, 2026, words);
    const draft = await r.report(a.rep, a.orgId, 2026);
    assert.equal(draft.report?.status, 'draft');
    assert.equal(draft.report?.statement, words.statement);
    assert.equal(draft.obligation?.year, 2026);
    // The charter's signer finds their name on the form; another member does not.
    assert.equal(draft.signer?.name, 'Signer 3500');
    assert.equal((await r.report(editorA, a.orgId, 2026)).signer, null);
    await assert.rejects(r.report(a.rep, a.orgId, 2027), refusedWith('not_found', 404));
    await assert.rejects(r.saveDraft(a.rep, a.orgId, 2027, words), refusedWith('report.not_owed', 409));
    await assert.rejects(r.saveDraft(admin, a.orgId, 2026, words), refusedWith('forbidden', 403));
    await assert.rejects(r.saveDraft(outsider, a.orgId, 2026, words), refusedWith('forbidden', 403));
    await assert.rejects(r.saveDraft(null, a.orgId, 2026, words), refusedWith('auth.required', 401));
    for (const org of [pending, suspended])
      await assert.rejects(
        r.saveDraft(org.rep, org.orgId, 2026, words),
        refusedWith('report.not_signatory', 409),
      );
    const grid = await r.grid(admin, {}, 1);
    const rowA = grid.rows.find((x) => x.organisationId === a.orgId);
    assert.deepEqual([rowA?.owed?.year, rowA?.owedState], [2026, 'draft']);
    assert.equal(grid.rows.find((x) => x.organisationId === b.orgId)?.owedState, 'not_started');
  });
});

describe('the daily job', () => {
  test('reminders go 30 and 7 days before and on the day, once each, to every member of live signatories only', async () => {
    at('2026-02-20');
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 0, lapsed: 0 });
    at('2026-03-01');
    assert.equal((await run())?.reminders, 2);
    assert.equal((await run())?.reminders, 0, 'the same reminder is not sent twice');
    at('2026-03-24');
    assert.equal((await run())?.reminders, 2);
    at('2026-03-31');
    assert.deepEqual(await run(), { checked: 2, reminders: 2, nonReporting: 0, lapsed: 0 });
    assert.equal(await remindersTo(a.rep.email, 2026), 3);
    assert.equal(await remindersTo(editorA.email, 2026), 3);
    assert.equal(await remindersTo(pending.rep.email, 2026), 0);
    assert.equal(await remindersTo(suspended.rep.email, 2026), 0);
    assert.equal(await statusOf(a.orgId), 'active');
  });

  test('the day after the due date, late signatories are non-reporting: event, ledger entry, audit; once', async () => {
    at('2026-04-01');
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 2, lapsed: 0 });
    for (const s of [a, b]) {
      assert.equal(await statusOf(s.orgId), 'non_reporting');
      assert.deepEqual(await stepsOf(s.orgId), ['signed', 'verified', 'non_reporting']);
      assert.equal(await audited(t, 'signature.non_reporting', s.signatureId), 1);
    }
    assert.equal(await lastLedgerEvent(), 'non_reporting');
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 0, lapsed: 0 });
    // The job leaves what the secretariat decided alone.
    assert.equal(await statusOf(suspended.orgId), 'suspended');
    assert.equal(await statusOf(pending.orgId), 'pending');
  });
});

describe('submission', () => {
  test('only a representative submits the report owed, with a statement', async () => {
    const r = t.services.reports;
    await assert.rejects(
      r.submit(editorA, a.orgId, 2026, submission),
      refusedWith('organisation.representative_only', 403),
    );
    await assert.rejects(r.submit(outsider, a.orgId, 2026, submission), refusedWith('forbidden', 403));
    await assert.rejects(r.submit(admin, a.orgId, 2026, submission), refusedWith('forbidden', 403));
    await assert.rejects(r.submit(null, a.orgId, 2026, submission), refusedWith('auth.required', 401));
    await assert.rejects(r.submit(a.rep, a.orgId, 2027, submission), refusedWith('report.not_owed', 409));
    await assert.rejects(
      r.submit(a.rep, a.orgId, 2026, { ...submission, statement: undefined }),
      refusedWith('report.statement_required', 422),
    );
    await assert.rejects(
      r.submit(suspended.rep, suspended.orgId, 2026, submission),
      refusedWith('report.not_signatory', 409),
    );
    assert.equal((await r.report(a.rep, a.orgId, 2026)).report?.status, 'draft');
    assert.equal(await statusOf(a.orgId), 'non_reporting');
  });

  test('a late report, once submitted, is frozen and makes the signatory active again', async () => {
    const r = t.services.reports;
    const done = await r.submit(a.rep, a.orgId, 2026, submission);
    assert.equal(done.status, 'submitted');
    assert.equal(done.periodFrom, '2025-05-02');
    assert.equal(await statusOf(a.orgId), 'active');
    const events = (await t.services.signatures.history(a.rep, a.orgId)).signatures[0]?.events ?? [];
    assert.deepEqual(
      events.slice(-1).map((e) => [e.event.type, e.event.actorId]),
      [['reinstated', a.rep.id]],
    );
    assert.equal(await lastLedgerEvent(), 'reinstated');
    assert.equal(await audited(t, 'report.submitted', done.id), 1);
    const o = await r.overview(a.rep, a.orgId);
    assert.deepEqual(o.obligation, { year: 2027, dueOn: '2027-03-31', periodFrom: '2026-03-31' });
    assert.deepEqual(
      o.reports.map((x) => [x.year, x.status]),
      [[2026, 'submitted']],
    );
    // A submitted year is not owed any more: neither drafted nor submitted again.
    await assert.rejects(r.submit(a.rep, a.orgId, 2026, submission), refusedWith('report.not_owed', 409));
    await assert.rejects(r.saveDraft(editorA, a.orgId, 2026, words), refusedWith('report.not_owed', 409));
    const frozen = await r.report(editorA, a.orgId, 2026);
    assert.equal(frozen.report?.status, 'submitted');
    assert.equal(frozen.obligation, null);
    assert.deepEqual(
      (await r.publicList(a.orgId)).map((x) => [x.year, x.statement, x.plan]),
      [[2026, words.statement, undefined]],
      'the public reads only the parts made public',
    );
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 0, lapsed: 0 });
  });

  test('an early report is the one owed now: the signatory stays active, with no ledger entry', async () => {
    at('2026-06-01');
    const { entries } = await t.services.ledger.verify();
    await t.services.reports.submit(a.rep, a.orgId, 2027, submission);
    assert.equal(await statusOf(a.orgId), 'active');
    assert.equal((await t.services.ledger.verify()).entries, entries);
    assert.equal((await t.services.reports.overview(a.rep, a.orgId)).obligation?.year, 2028);
  });
});

describe('lapse', () => {
  test('non-reporting past the grace period lapses: the signature ends, and no report is owed', async () => {
    at('2027-03-31');
    assert.equal((await run())?.lapsed, 0, 'the last day of grace');
    assert.equal(await statusOf(b.orgId), 'non_reporting');
    at('2027-04-01');
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 0, lapsed: 1 });
    assert.equal(await statusOf(b.orgId), 'lapsed');
    const [sig] = (await t.services.signatures.history(b.rep, b.orgId)).signatures;
    assert.ok(sig?.endedAt);
    assert.deepEqual(await stepsOf(b.orgId), ['signed', 'verified', 'non_reporting', 'lapsed']);
    assert.equal(await lastLedgerEvent(), 'lapsed');
    assert.equal(await audited(t, 'signature.lapsed', b.signatureId), 1);
    assert.equal((await t.services.reports.overview(b.rep, b.orgId)).obligation, null);
    await assert.rejects(
      t.services.reports.submit(b.rep, b.orgId, 2026, submission),
      refusedWith('report.not_signatory', 409),
    );
    assert.deepEqual(await run(), { checked: 1, reminders: 0, nonReporting: 0, lapsed: 0 });
    // To join again, top management signs again.
    const again = await t.services.signatures.sign(
      b.rep,
      b.orgId,
      { signerName: 'Ana Peeters', signerTitle: 'CEO' },
      IP,
      'test',
    );
    assert.equal(again.signature.status, 'pending');
  });

  test('a job that did not run through the grace period moves an active signatory to non-reporting and lapsed at once', async () => {
    const c = await verifiedSignatory(t, admin, 3505);
    // Verified on 1 April 2027: its first report is 2028's, due on 31 March 2028, so A's is due that day too.
    assert.equal((await t.services.reports.overview(c.rep, c.orgId)).obligation?.dueOn, '2028-03-31');
    at('2029-04-01');
    assert.deepEqual(await run(), { checked: 2, reminders: 0, nonReporting: 2, lapsed: 2 });
    for (const s of [a, c]) assert.equal(await statusOf(s.orgId), 'lapsed');
    assert.deepEqual(await stepsOf(c.orgId), ['signed', 'verified', 'non_reporting', 'lapsed']);
  });
});

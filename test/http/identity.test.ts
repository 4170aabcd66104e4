import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, desc, eq } from 'drizzle-orm';
import { ledgerEntries } from '../../src/features/ledger/schema.ts';
import type { CharterEntry } from '../../src/features/ledger/service.ts';
import { organisations } from '../../src/features/organisations/schema.ts';
import { identityChanges, kboDisputes, signatures } from '../../src/features/signatures/schema.ts';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import { translator } from '../../src/platform/i18n/index.ts';
import { outbox } from '../../src/platform/mail/schema.ts';
import {
  Agent,
  escapeRe,
  inText,
  lastMailTo,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import {
  approve,
  createOrganisation,
  liveSignatureId,
  orgForm,
  signCharter,
  validKbo,
} from '../helpers/org.ts';

/**
 * A verified identity (legal name, enterprise number, sector, region) changes only with the secretariat;
 * the secretariat suspends and revokes; anyone whose number is taken can dispute it.
 */
let t: TestApp;
let admin: Agent;
const SECRETARIAT = 'sec-identity@example.be';
before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, SECRETARIAT);
});
after(() => t.close());

let people = 0;
/** A representative's organisation, signed; verified by the secretariat unless asked otherwise. */
async function signatory(n: number, opts: { verify?: boolean; overrides?: Record<string, string> } = {}) {
  const email = `identity-rep-${++people}@example.be`;
  const rep = await signedInUser(t, { email });
  const id = await createOrganisation(rep, n, opts.overrides);
  await signCharter(rep, id);
  const sigId = opts.verify === false ? await liveSignatureId(t, id) : await approve(admin, t, id);
  return { rep, email, id, sigId };
}

const org = async (id: string) =>
  (await t.deps.db.select().from(organisations).where(eq(organisations.id, id)))[0];
const signature = async (id: string) =>
  (await t.deps.db.select().from(signatures).where(eq(signatures.id, id)))[0];
const lastEntry = async () =>
  (await t.deps.db.select().from(ledgerEntries).orderBy(desc(ledgerEntries.seq)).limit(1))[0]
    ?.payload as unknown as CharterEntry;
const entries = async () => (await t.deps.db.select({ n: count() }).from(ledgerEntries))[0]?.n ?? 0;
const audited = async (action: string) =>
  (await t.deps.db.select().from(auditEvents).where(eq(auditEvents.action, action))).length;
const apiItem = async (id: string) =>
  (
    (await t.app.inject('/api/v1/signatories?status=all')).json().items as { id: string; name: string }[]
  ).find((i) => i.id === id);

async function edit(agent: Agent, id: string, n: number, overrides: Record<string, string>) {
  await agent.get(`/fr/organisations/${id}/edit`);
  const { creatorRole: _, ...form } = orgForm(n, overrides);
  return agent.post(`/fr/organisations/${id}/edit`, form);
}

describe('changes to a verified identity', () => {
  test('a member’s new name, number and sector wait for the secretariat; the register keeps the verified values', async () => {
    const { rep, email, id, sigId } = await signatory(1);
    const before = await org(id);
    assert.ok(before);
    const ledgerBefore = await entries();
    const res = await edit(rep, id, 1, {
      legalName: 'Nouveau Nom SA',
      kbo: validKbo(901),
      sector: 'public',
      description_fr: 'Une description qui change tout de suite.',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const page = await rep.get(String(res.headers.location));
    assert.match(page.body, onPage('fr')('organisation.change_proposed'));
    assert.match(page.body, onPage('fr')('organisation.change_pending', { name: 'Nouveau Nom SA' }));

    const after = await org(id);
    assert.equal(after?.legalName, before.legalName);
    assert.equal(after?.kbo, before.kbo);
    assert.equal(after?.sector, 'private');
    assert.equal(
      after?.description.fr,
      'Une description qui change tout de suite.',
      'descriptions change freely',
    );
    assert.equal(await entries(), ledgerBefore, 'nothing in the ledger before approval');
    const profile = await t.app.inject(`/fr/signatories/${before.slug}`);
    assert.equal(profile.statusCode, 200);
    assert.match(profile.body, new RegExp(before.legalName));
    assert.doesNotMatch(profile.body, /Nouveau Nom SA/);
    assert.equal((await apiItem(id))?.name, before.legalName);
    assert.match(
      String((await lastMailTo(t, SECRETARIAT))?.subject),
      inText('fr')('mail.secretariat.change_proposed.subject'),
    );
    assert.equal(await audited('organisation.change_proposed'), 1);

    const queue = await admin.get('/fr/admin/signatures');
    assert.match(queue.body, /Nouveau Nom SA/);
    const detail = await admin.get(`/fr/admin/signatures/${sigId}`);
    assert.match(detail.body, onPage('fr')('queue.change_title'));
    assert.match(detail.body, /Nouveau Nom SA/);
    const ok = await admin.post(`/fr/admin/signatures/${sigId}/change/approve`, {
      changeNote: 'Vu au Moniteur',
    });
    assert.equal(ok.statusCode, 303, ok.body.slice(0, 300));

    const approved = await org(id);
    assert.equal(approved?.legalName, 'Nouveau Nom SA');
    assert.equal(approved?.kbo, validKbo(901));
    assert.equal(approved?.sector, 'public');
    const entry = await lastEntry();
    assert.equal(entry.event, 'identity_changed');
    assert.deepEqual(entry.change, {
      from: { name: before.legalName, kbo: before.kbo, sector: 'private', region: 'brussels' },
      to: { name: 'Nouveau Nom SA', kbo: validKbo(901), sector: 'public', region: 'brussels' },
    });
    assert.equal(entry.organisation.name, 'Nouveau Nom SA');
    assert.equal(entry.signature.signerName, 'Ana Peeters', 'a verified signature names its signer');
    assert.equal((await apiItem(id))?.name, 'Nouveau Nom SA');
    assert.match(
      String((await lastMailTo(t, email))?.subject),
      inText('fr')('mail.signature.change_approved.subject'),
    );
    assert.equal(await audited('signature.identity_changed'), 1);
    assert.equal((await t.app.inject('/api/v1/ledger/verify')).json().valid, true);
  });

  test('a rejected change leaves the verified values, and the members hear why', async () => {
    const { rep, email, id, sigId } = await signatory(2);
    const before = await org(id);
    await edit(rep, id, 2, { legalName: 'Autre Nom' });
    await admin.get(`/fr/admin/signatures/${sigId}`);
    const ledgerBefore = await entries();
    const res = await admin.post(`/fr/admin/signatures/${sigId}/change/reject`, {
      changeReason: 'Ce nom est celui d’une autre société.',
    });
    assert.equal(res.statusCode, 303);
    assert.equal((await org(id))?.legalName, before?.legalName);
    assert.equal(await entries(), ledgerBefore);
    const mail = await lastMailTo(t, email);
    assert.match(String(mail?.subject), inText('fr')('mail.signature.change_rejected.subject'));
    assert.match(String(mail?.bodyText), /celui d’une autre société/);
    const again = await admin.post(`/fr/admin/signatures/${sigId}/change/approve`, { changeNote: '' });
    assert.equal(again.statusCode, 409, 'nothing left to approve');
  });

  test('a newer proposal replaces the older one', async () => {
    const { rep, id } = await signatory(3);
    await edit(rep, id, 3, { legalName: 'Premier Nom' });
    await edit(rep, id, 3, { legalName: 'Second Nom' });
    const rows = await t.deps.db.select().from(identityChanges).where(eq(identityChanges.organisationId, id));
    assert.deepEqual(rows.map((r) => [r.status, r.after.legalName]).sort(), [
      ['pending', 'Second Nom'],
      ['superseded', 'Premier Nom'],
    ]);
  });

  test('a move within the region changes at once; a move to another region waits', async () => {
    const { rep, id } = await signatory(4);
    await edit(rep, id, 4, { postcode: '1050', commune: 'Ixelles' });
    assert.equal((await org(id))?.postcode, '1050');
    await edit(rep, id, 4, { postcode: '9000', commune: 'Gent' });
    const o = await org(id);
    assert.equal(o?.region, 'brussels');
    assert.equal(o?.postcode, '1050');
    const [change] = await t.deps.db
      .select()
      .from(identityChanges)
      .where(eq(identityChanges.organisationId, id));
    assert.equal(change?.after.region, 'flanders');
    assert.equal(change?.after.commune, 'Gent');
  });

  test('before anyone signs, the identity changes at once', async () => {
    const rep = await signedInUser(t, { email: 'identity-unsigned@example.be' });
    const id = await createOrganisation(rep, 5);
    const res = await edit(rep, id, 5, { legalName: 'Renommée ASBL', kbo: validKbo(905) });
    assert.equal(res.statusCode, 303);
    assert.equal((await org(id))?.legalName, 'Renommée ASBL');
    assert.equal((await org(id))?.kbo, validKbo(905));
  });

  test('a pending signatory’s change waits too, and its ledger entry still names no signer', async () => {
    const { rep, id, sigId } = await signatory(6, { verify: false });
    await edit(rep, id, 6, { legalName: 'En Attente SRL' });
    assert.notEqual((await org(id))?.legalName, 'En Attente SRL');
    await admin.get(`/fr/admin/signatures/${sigId}`);
    await admin.post(`/fr/admin/signatures/${sigId}/change/approve`, { changeNote: '' });
    const entry = await lastEntry();
    assert.equal(entry.event, 'identity_changed');
    assert.equal(entry.change?.to.name, 'En Attente SRL');
    assert.equal(entry.signature.signerName, undefined);
    assert.equal(entry.signature.signerSalt, undefined);
    assert.ok(entry.signature.signerCommitment);
  });

  test('the secretariat edits any organisation at once, with a ledger entry and a message to the members', async () => {
    const { email, id } = await signatory(7);
    const page = await admin.get(`/fr/organisations/${id}/edit`);
    assert.equal(page.statusCode, 200);
    const res = await edit(admin, id, 7, { legalName: 'Corrigé par le secrétariat' });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    assert.equal((await org(id))?.legalName, 'Corrigé par le secrétariat');
    const entry = await lastEntry();
    assert.equal(entry.event, 'identity_changed');
    assert.equal(entry.change?.to.name, 'Corrigé par le secrétariat');
    assert.match(
      String((await lastMailTo(t, email))?.subject),
      inText('fr')('mail.signature.identity_changed.subject', { organisation: 'Corrigé par le secrétariat' }),
    );
  });
});

describe('suspension and revocation', () => {
  test('a suspended signature stays listed with its public reason; lifting it makes it active again', async () => {
    const { rep, email, id, sigId } = await signatory(20);
    const slug = (await org(id))?.slug;
    const detail = await admin.get(`/fr/admin/signatures/${sigId}`);
    assert.match(detail.body, /\/suspend"/);
    assert.match(detail.body, /\/revoke"/);
    const res = await admin.post(`/fr/admin/signatures/${sigId}/suspend`, {
      suspendReason: 'Plainte en cours d’examen',
    });
    assert.equal(res.statusCode, 303);
    assert.equal((await signature(sigId))?.status, 'suspended');
    const entry = await lastEntry();
    assert.equal(entry.event, 'suspended');
    assert.equal(entry.reason, 'Plainte en cours d’examen');
    assert.equal(await audited('signature.suspended'), 1);
    assert.match(
      String((await lastMailTo(t, email))?.subject),
      inText('fr')('mail.signature.suspended.subject'),
    );
    const profile = await t.app.inject(`/fr/signatories/${slug}`);
    assert.match(profile.body, onPage('fr')('signature_status.suspended'));
    assert.match(profile.body, /Plainte en cours d’examen/);
    assert.equal((await t.services.organisations.mineAsSignatories(await userOf(email)))[0]?.live, false);
    // It cannot escape by signing again: the suspended signature is still the live one.
    await rep.get(`/fr/organisations/${id}/sign`);
    const sign = await rep.post(`/fr/organisations/${id}/sign`, {
      signerName: 'X',
      signerTitle: 'Y',
      authorised: 'yes',
      accept: 'yes',
    });
    assert.equal(sign.statusCode, 409);

    await admin.get(`/fr/admin/signatures/${sigId}`);
    const lift = await admin.post(`/fr/admin/signatures/${sigId}/lift`, { liftNote: '' });
    assert.equal(lift.statusCode, 303);
    const lifted = await signature(sigId);
    assert.equal(lifted?.status, 'active');
    assert.equal(lifted?.publicReason, null);
    assert.equal((await lastEntry()).event, 'suspension_lifted');
    assert.equal(await audited('signature.suspension_lifted'), 1);
  });

  test('a revoked signature ends and leaves the register; the ledger says why', async () => {
    const { rep, email, id, sigId } = await signatory(21);
    const slug = (await org(id))?.slug;
    await admin.get(`/fr/admin/signatures/${sigId}`);
    const res = await admin.post(`/fr/admin/signatures/${sigId}/revoke`, {
      revokeReason: 'Le numéro d’entreprise est celui d’une autre société.',
    });
    assert.equal(res.statusCode, 303);
    const s = await signature(sigId);
    assert.equal(s?.status, 'revoked');
    assert.ok(s?.endedAt);
    const entry = await lastEntry();
    assert.equal(entry.event, 'revoked');
    assert.equal(entry.reason, 'Le numéro d’entreprise est celui d’une autre société.');
    assert.equal(entry.signature.signerName, 'Ana Peeters');
    assert.equal(await audited('signature.revoked'), 1);
    assert.match(
      String((await lastMailTo(t, email))?.subject),
      inText('fr')('mail.signature.revoked.subject'),
    );
    assert.equal((await t.app.inject(`/fr/signatories/${slug}`)).statusCode, 404);
    assert.equal(await apiItem(id), undefined);
    const again = await admin.post(`/fr/admin/signatures/${sigId}/suspend`, { suspendReason: 'x' });
    assert.equal(again.statusCode, 409, 'a revoked signature is over');
    // The organisation may sign again, which the secretariat verifies anew.
    await signCharter(rep, id);
    assert.equal((await signature(await liveSignatureId(t, id)))?.status, 'pending');
  });
});

const userOf = async (email: string) => {
  const u = await t.deps.db.query.users.findFirst({ where: (u, { eq }) => eq(u.email, email) });
  assert.ok(u);
  return { id: u.id, role: u.role };
};

describe('disputing an enterprise number', () => {
  test('a taken number links to the dispute; the dispute reaches the secretariat, who closes it', async () => {
    const { id } = await signatory(30);
    const taken = (await org(id))?.kbo ?? '';
    const other = await signedInUser(t, { email: 'real-company@example.be', name: 'Jan Claes' });
    await other.get('/fr/organisations/new');
    const refused = await other.post('/fr/organisations/new', orgForm(31, { kbo: taken }));
    assert.equal(refused.statusCode, 409);
    const link = /href="(\/fr\/organisations\/dispute\?kbo=\d{10})"/.exec(refused.body)?.[1];
    assert.equal(link, `/fr/organisations/dispute?kbo=${taken}`);
    const form = await other.get(link);
    assert.equal(form.statusCode, 200);
    assert.match(
      form.body,
      new RegExp(`value="${taken.slice(0, 4)}\\.${taken.slice(4, 7)}\\.${taken.slice(7)}"`),
    );
    assert.match(form.body, /value="Jan Claes"/);
    assert.doesNotMatch(form.body, /identity-rep-/, 'the members who registered it are not named');

    const anonymous = new Agent(t.app, {}, '10.0.0.30');
    await anonymous.get('/fr/organisations/dispute');
    const sent = await anonymous.post('/fr/organisations/dispute', {
      kbo: taken,
      organisationName: 'The Real Company SA',
      claimantName: 'Jan Claes',
      claimantRole: 'Administrateur délégué',
      contact: '+32 2 123 45 67',
      message: 'Nous n’avons jamais inscrit notre société.',
    });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 300));
    assert.equal(sent.headers.location, '/fr/organisations/dispute/sent');
    const [d] = await t.deps.db.select().from(kboDisputes).where(eq(kboDisputes.kbo, taken));
    assert.equal(d?.status, 'open');
    assert.equal(d?.claimantRole, 'Administrateur délégué');
    assert.match(
      String((await lastMailTo(t, SECRETARIAT))?.subject),
      inText('fr')('mail.secretariat.dispute.subject'),
    );
    assert.equal(await audited('kbo.disputed'), 1);

    const queue = await admin.get('/fr/admin/signatures');
    assert.match(queue.body, new RegExp(`/fr/admin/signatures/disputes/${d?.id}`));
    const page = await admin.get(`/fr/admin/signatures/disputes/${d?.id}`);
    assert.match(page.body, /\+32 2 123 45 67/);
    assert.match(page.body, /The Real Company SA/);
    assert.match(
      page.body,
      new RegExp(
        `kbopub\\.economie\\.fgov\\.be/kbopub/zoeknummerform\\.html\\?nummer=${taken}&amp;actionLu=Zoek`,
      ),
    );
    assert.match(
      page.body,
      new RegExp((await org(id))?.legalName ?? 'x'),
      'the holder is named to the secretariat',
    );
    // The holder's verification page warns of the dispute and of the other name.
    const verification = await admin.get(`/fr/admin/signatures/${(await org(id))?.currentSignatureId}`);
    assert.match(verification.body, onPage('fr')('queue.disputed', { n: 1 }));
    assert.match(verification.body, /The Real Company SA/);

    await admin.get(`/fr/admin/signatures/disputes/${d?.id}`);
    const closed = await admin.post(`/fr/admin/signatures/disputes/${d?.id}/close`, { note: 'Appelé' });
    assert.equal(closed.statusCode, 303);
    const [after] = await t.deps.db
      .select()
      .from(kboDisputes)
      .where(eq(kboDisputes.id, d?.id ?? ''));
    assert.equal(after?.status, 'closed');
    assert.equal(await audited('kbo.dispute_closed'), 1);
  });

  test('a number nobody registered cannot be disputed; bad input writes nothing', async () => {
    const agent = new Agent(t.app, {}, '10.0.0.31');
    await agent.get('/fr/organisations/dispute');
    const valid = {
      kbo: validKbo(999),
      organisationName: 'Free SA',
      claimantName: 'An',
      claimantRole: 'CEO',
      contact: 'an@example.be',
    };
    const before = {
      disputes: (await t.deps.db.select({ n: count() }).from(kboDisputes))[0]?.n,
      mail: (await t.deps.db.select({ n: count() }).from(outbox))[0]?.n,
    };
    const free = await agent.post('/fr/organisations/dispute', valid);
    assert.equal(free.statusCode, 422);
    assert.match(free.body, onPage('fr')('err.dispute.not_taken'));
    for (const field of Object.keys(valid)) {
      const long = await agent.post('/fr/organisations/dispute', { ...valid, [field]: 'x'.repeat(3000) });
      assert.equal(long.statusCode, 422, field);
      assert.match(long.body, new RegExp(`href="#f-${field}"`), field);
      const twice = await agent.post('/fr/organisations/dispute', { ...valid, [field]: ['a', 'b'] });
      assert.equal(twice.statusCode, 422, `${field} as a list`);
    }
    const missing = await agent.post('/fr/organisations/dispute', { kbo: validKbo(999) });
    assert.equal(missing.statusCode, 422);
    const noCsrf = await agent.post('/fr/organisations/dispute', { ...valid, _csrf: '' });
    assert.equal(noCsrf.statusCode, 403);
    assert.deepEqual(
      {
        disputes: (await t.deps.db.select({ n: count() }).from(kboDisputes))[0]?.n,
        mail: (await t.deps.db.select({ n: count() }).from(outbox))[0]?.n,
      },
      before,
    );
  });
});

describe('the secretariat’s forms refuse bad input and write nothing', () => {
  test('suspend, lift, revoke, decide a change, close a dispute', async () => {
    const { rep, id, sigId } = await signatory(40);
    await edit(rep, id, 40, { legalName: 'Proposé SA' });
    const forms: [string, string][] = [
      ['suspend', 'suspendReason'],
      ['revoke', 'revokeReason'],
      ['lift', 'liftNote'],
      ['change/approve', 'changeNote'],
      ['change/reject', 'changeReason'],
    ];
    const state = async () => ({
      status: (await signature(sigId))?.status,
      entries: await entries(),
      change: (
        await t.deps.db.select().from(identityChanges).where(eq(identityChanges.organisationId, id))
      )[0]?.status,
      name: (await org(id))?.legalName,
    });
    const before = await state();
    for (const [path, field] of forms) {
      await admin.get(`/fr/admin/signatures/${sigId}`);
      const long = await admin.post(`/fr/admin/signatures/${sigId}/${path}`, { [field]: 'x'.repeat(3000) });
      assert.equal(long.statusCode, 422, `${path} too long`);
      assert.match(long.body, new RegExp(`href="#f-${field}"`), path);
      const list = await admin.post(`/fr/admin/signatures/${sigId}/${path}`, { [field]: ['a', 'b'] });
      assert.equal(list.statusCode, 422, `${path} as a list`);
      const noCsrf = await admin.post(`/fr/admin/signatures/${sigId}/${path}`, { [field]: 'ok', _csrf: '' });
      assert.equal(noCsrf.statusCode, 403, `${path} without CSRF`);
    }
    for (const path of ['suspend', 'revoke', 'change/reject']) {
      const empty = await admin.post(`/fr/admin/signatures/${sigId}/${path}`, {});
      assert.equal(empty.statusCode, 422, `${path} without a reason`);
    }
    assert.deepEqual(await state(), before);
    const d = await t.services.signatures.dispute(
      null,
      {
        kbo: validKbo(40),
        organisationName: 'X',
        claimantName: 'Y',
        claimantRole: 'Z',
        contact: 'z@example.be',
      },
      '192.0.2.1',
    );
    await admin.get(`/fr/admin/signatures/disputes/${d.id}`);
    const long = await admin.post(`/fr/admin/signatures/disputes/${d.id}/close`, { note: 'x'.repeat(3000) });
    assert.equal(long.statusCode, 422);
    const noCsrf = await admin.post(`/fr/admin/signatures/disputes/${d.id}/close`, { note: '', _csrf: '' });
    assert.equal(noCsrf.statusCode, 403);
    const [still] = await t.deps.db.select().from(kboDisputes).where(eq(kboDisputes.id, d.id));
    assert.equal(still?.status, 'open');
  });
});

describe('the verification page', () => {
  test('links to the public record, shows the signer’s email and the wait, warns of other names, and offers the next request', async () => {
    // X signs with number K and is verified; the secretariat then moves X to another number, so K is free.
    const x = await signatory(50);
    const k = (await org(x.id))?.kbo ?? '';
    const xName = (await org(x.id))?.legalName ?? '';
    await edit(admin, x.id, 50, { kbo: validKbo(951) });
    // Y registers K under another name and signs; Z signs after.
    const y = await signatory(52, { verify: false, overrides: { kbo: k, legalName: 'Fausse Association' } });
    const z = await signatory(53, { verify: false });
    t.clock.advance(3 * 24 * 3600_000);
    const page = await admin.get(`/fr/admin/signatures/${y.sigId}`);
    assert.equal(page.statusCode, 200);
    assert.ok(
      page.body.includes(
        `href="https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?nummer=${k}&amp;actionLu=Zoek"`,
      ),
    );
    assert.ok(page.body.includes(y.email), 'the signer’s account email');
    assert.match(page.body, /CEO/);
    const fr = onPage('fr');
    assert.match(page.body, fr('queue.waiting_days', { n: 3 }));
    assert.match(page.body, fr('queue.name_differs', { names: xName }));
    const next = escapeRe(translator('fr')('queue.next'));
    assert.match(page.body, new RegExp(`href="/fr/admin/signatures/[0-9a-f-]{36}">${next}`));
    // After a decision, the page still leads to the next request.
    const approved = await admin.post(`/fr/admin/signatures/${z.sigId}/approve`, { note: '' });
    assert.equal(approved.statusCode, 303);
    const nextPage = await admin.get(String(approved.headers.location));
    assert.match(nextPage.body, fr('queue.next'));
    // A name matching the records, give or take case and accents, raises no warning.
    const quiet = await admin.get(`/fr/admin/signatures/${z.sigId}`);
    assert.doesNotMatch(quiet.body, fr('queue.name_differs'));
  });
});

test('disputes are limited per address, whatever the language of the page', async () => {
  const limited = await startTestApp({ env: { RATE_LIMIT_AUTH_MAX: '2' } });
  try {
    const form = {
      kbo: validKbo(999),
      organisationName: 'Spam SA',
      claimantName: 'Spam',
      claimantRole: 'Spam',
      contact: 'spam@example.be',
    };
    const agent = new Agent(limited.app, {}, '10.0.0.99');
    await agent.get('/fr/organisations/dispute');
    assert.equal((await agent.post('/fr/organisations/dispute', form)).statusCode, 422);
    assert.equal((await agent.post('/nl/organisations/dispute', form)).statusCode, 422);
    assert.equal((await agent.post('/fr/organisations/dispute', form)).statusCode, 429);
    const elsewhere = new Agent(limited.app, {}, '10.0.0.98');
    await elsewhere.get('/fr/organisations/dispute');
    assert.equal(
      (await elsewhere.post('/fr/organisations/dispute', form)).statusCode,
      422,
      'another address',
    );
  } finally {
    await limited.close();
  }
});

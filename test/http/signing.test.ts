import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { ledgerEntries } from '../../src/features/ledger/schema.ts';
import { organisations } from '../../src/features/organisations/schema.ts';
import { signatureEvents, signatures } from '../../src/features/signatures/schema.ts';
import type { outbox } from '../../src/platform/mail/schema.ts';
import {
  type Agent,
  inText,
  lastMailTo,
  linkIn,
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

let t: TestApp;
let admin: Agent;
before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'sec@example.be');
});
after(() => t.close());

const n = async (table: typeof organisations | typeof signatures | typeof ledgerEntries | typeof outbox) =>
  (await t.deps.db.select({ n: count() }).from(table))[0]?.n ?? 0;

describe('registering an organisation', () => {
  test('the enterprise number is accepted in its usual spellings and stored normalised; the region follows the postcode', async () => {
    const rep = await signedInUser(t, { email: 'rep1@example.be' });
    for (const [i, spelling] of [
      [101, '0888.0101.'],
      [102, 'BE '],
      [103, ''],
    ] as const) {
      const kbo = validKbo(i);
      const input =
        spelling === '0888.0101.'
          ? `${kbo.slice(0, 4)}.${kbo.slice(4, 7)}.${kbo.slice(7)}`
          : spelling === 'BE '
            ? `BE ${kbo.slice(0, 4)} ${kbo.slice(4, 7)} ${kbo.slice(7)}`
            : kbo.slice(1);
      const id = await createOrganisation(rep, i, { kbo: input, postcode: '9000', commune: 'gent' });
      const [o] = await t.deps.db.select().from(organisations).where(eq(organisations.id, id));
      assert.equal(o?.kbo, kbo, input);
      assert.equal(o?.region, 'flanders');
      assert.equal(o?.commune, 'Gent', 'the commune is spelled as the postal list does');
    }
  });

  test('a bad or duplicate enterprise number is refused with a reason, and nothing is written', async () => {
    const rep = await signedInUser(t, { email: 'rep2@example.be' });
    await createOrganisation(rep, 200);
    await rep.get('/fr/organisations/new');
    const before = await n(organisations);
    const fr = onPage('fr');
    const cases: [string, RegExp][] = [
      ['0403.199.703', fr('err.kbo.checksum')],
      ['2403199702', fr('err.kbo.first_digit')],
      ['12-34', fr('err.kbo.format')],
      [validKbo(200), fr('err.kbo.taken')],
    ];
    for (const [kbo, message] of cases) {
      const res = await rep.post('/fr/organisations/new', orgForm(201, { kbo }));
      assert.ok([409, 422].includes(res.statusCode), `${kbo}: ${res.statusCode}`);
      assert.match(res.body, message, kbo);
      assert.match(res.body, /href="#f-kbo"/);
    }
    assert.equal(await n(organisations), before);
  });

  test('every other field is checked', async () => {
    const rep = await signedInUser(t, { email: 'rep3@example.be' });
    await rep.get('/fr/organisations/new');
    const cases: [Record<string, string>, string][] = [
      [{ legalName: '' }, 'legalName'],
      [{ legalName: 'x'.repeat(201) }, 'legalName'],
      [{ sector: 'military' }, 'sector'],
      [{ sizeBand: '' }, 'sizeBand'],
      [{ postcode: '999' }, 'postcode'],
      [{ postcode: '9999' }, 'postcode'],
      [{ postcode: '1000', commune: 'Gent' }, 'commune'],
      [{ website: 'not a site' }, 'website'],
      [{ description_fr: '' }, 'description_fr'],
      [{ creatorRole: 'boss' }, 'creatorRole'],
    ];
    for (const [override, field] of cases) {
      const res = await rep.post('/fr/organisations/new', orgForm(300, override));
      assert.equal(res.statusCode, 422, JSON.stringify(override));
      assert.match(res.body, new RegExp(`href="#f-${field}"`), JSON.stringify(override));
    }
  });

  test('a logo is checked by its content and size, not by its name', async () => {
    const rep = await signedInUser(t, { email: 'rep4@example.be' });
    await rep.get('/fr/organisations/new');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const post = async (file: Buffer, filename: string, type: string, n: number) => {
      const fd = new FormData();
      for (const [k, v] of Object.entries({ ...orgForm(n), _csrf: rep.csrf() })) fd.append(k, v);
      fd.append('logo', new Blob([new Uint8Array(file)], { type }), filename);
      const r = new Response(fd);
      return t.app.inject({
        method: 'POST',
        url: '/fr/organisations/new',
        payload: Buffer.from(await r.arrayBuffer()),
        headers: {
          'content-type': r.headers.get('content-type') ?? '',
          cookie: [...rep.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
    };
    const fake = await post(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'logo.png',
      'image/png',
      401,
    );
    assert.equal(fake.statusCode, 422);
    assert.match(fake.body, onPage('fr')('err.logo.type'));
    // Over the logo's limit: reading stops there, and the form comes back with what was typed.
    const big = await post(Buffer.concat([png, Buffer.alloc(600 * 1024)]), 'big.png', 'image/png', 402);
    assert.equal(big.statusCode, 413);
    assert.match(big.body, onPage('fr')('err.logo.too_large'));
    assert.match(big.body, /href="#f-logo"/);
    assert.match(big.body, /value="Organisation de test 402"/);
    const huge = await post(Buffer.alloc(6 * 1024 * 1024), 'huge.png', 'image/png', 403);
    assert.equal(huge.statusCode, 413);
    const ok = await post(png, 'logo.txt', 'text/plain', 404);
    assert.equal(ok.statusCode, 303);
    const id = /organisations\/([0-9a-f-]{36})/.exec(String(ok.headers.location))?.[1];
    const logo = await t.app.inject(`/logos/${id}`);
    assert.equal(logo.statusCode, 200);
    assert.equal(logo.headers['content-type'], 'image/png');
    assert.deepEqual(logo.rawPayload, png);
  });

  test('members invite colleagues by email; the invited address joins with the role given', async () => {
    const rep = await signedInUser(t, { email: 'rep5@example.be' });
    const orgId = await createOrganisation(rep, 500);
    await rep.get(`/fr/organisations/${orgId}`);
    const res = await rep.post(`/fr/organisations/${orgId}/invitations`, {
      email: 'colleague@example.be',
      role: 'editor',
    });
    assert.equal(res.statusCode, 303);
    const link = linkIn((await lastMailTo(t, 'colleague@example.be'))?.bodyText);
    const stranger = await signedInUser(t, { email: 'stranger@example.be' });
    assert.match((await stranger.follow(link)).body, onPage('fr')('err.invitation.other_email'));
    assert.equal((await stranger.post('/fr/invitations', {})).statusCode, 403);
    const colleague = await signedInUser(t, { email: 'colleague@example.be' });
    await colleague.follow(link);
    const joined = await colleague.post('/fr/invitations', {});
    assert.equal(joined.statusCode, 303);
    const page = await colleague.get(`/fr/organisations/${orgId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /colleague@example.be/);
    assert.equal((await colleague.get(link)).statusCode, 400, 'an invitation works once');
    assert.equal((await colleague.post('/fr/invitations', {})).statusCode, 400);
    // An editor may not invite a representative.
    await colleague.get(`/fr/organisations/${orgId}`);
    assert.equal(
      (
        await colleague.post(`/fr/organisations/${orgId}/invitations`, {
          email: 'x@example.be',
          role: 'representative',
        })
      ).statusCode,
      403,
    );
  });
});

describe('signing and the signature’s life', () => {
  test('register → sign → verify → listed → withdraw, with a receipt, a ledger entry and mail at each step', async () => {
    const rep = await signedInUser(t, { email: 'ceo@example.be', name: 'Ceo Person' });
    const orgId = await createOrganisation(rep, 600, { legalName: 'Société Éphémère' });
    const ledgerBefore = await n(ledgerEntries);

    const sign = await rep.get(`/fr/organisations/${orgId}/sign`);
    assert.match(
      sign.body,
      /déterminer et partager avec les autres signataires/,
      'the nine commitments are shown in full first',
    );
    const receipt = await signCharter(rep, orgId, {
      signerName: 'Ceo Person',
      signerTitle: 'Administratrice déléguée',
    });
    assert.match(receipt, /^\/fr\/receipts\/[0-9a-f-]{36}$/);
    const page = await rep.get(receipt);
    assert.equal(page.statusCode, 200);
    for (const needle of [
      /Société Éphémère/,
      /0888\.060\.0/,
      /Ceo Person, Administratrice déléguée/,
      /<svg/,
      /\/fr\/ledger\/\d+/,
    ])
      assert.match(page.body, needle);
    assert.doesNotMatch(page.body, /127\.0\.0\.1/, 'the IP stays private');
    const pdf = await rep.get(`${receipt}/receipt.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');

    const [sig] = await t.deps.db.select().from(signatures).where(eq(signatures.organisationId, orgId));
    assert.equal(sig?.status, 'pending');
    assert.equal(sig?.ip, '127.0.0.1');
    assert.equal(sig?.charterVersion, 1);
    assert.match(sig?.charterHash ?? '', /^[0-9a-f]{64}$/);
    assert.match(
      (await lastMailTo(t, 'ceo@example.be'))?.subject ?? '',
      inText('fr')('mail.signature.signed.subject', { organisation: 'Société Éphémère' }),
    );
    assert.match(
      (await lastMailTo(t, 'sec@example.be'))?.subject ?? '',
      inText('fr')('mail.secretariat.to_verify.subject', { organisation: 'Société Éphémère' }),
    );

    // Not listed while pending.
    assert.doesNotMatch((await t.app.inject('/fr/signatories')).body, /Société Éphémère/);

    await approve(admin, t, orgId, 'Bienvenue');
    assert.match((await lastMailTo(t, 'ceo@example.be'))?.bodyText ?? '', /Bienvenue/);
    const list = await t.app.inject('/fr/signatories?q=ephemere');
    assert.match(list.body, /Société Éphémère/, 'listed, and found without its accents');

    const history = await rep.get(`/fr/organisations/${orgId}/signature`);
    assert.match(history.body, onPage('fr')('signature_event.verified'));
    const withdraw = await rep.post(`/fr/organisations/${orgId}/withdraw`, { confirm: 'yes' });
    assert.equal(withdraw.statusCode, 303);
    assert.doesNotMatch((await t.app.inject('/fr/signatories')).body, /Société Éphémère/);
    assert.match((await t.app.inject('/fr/signatories?status=withdrawn')).body, /Société Éphémère/);
    const events = await t.deps.db
      .select()
      .from(signatureEvents)
      .where(eq(signatureEvents.organisationId, orgId));
    assert.deepEqual(events.map((e) => e.type).sort(), ['signed', 'verified', 'withdrawn']);
    assert.equal(await n(ledgerEntries), ledgerBefore + 3);
    const verify = await t.app.inject('/api/v1/ledger/verify');
    assert.equal(verify.json().valid, true);

    // After a withdrawal, the organisation may sign again.
    await signCharter(rep, orgId);
  });

  test('signing twice, signing as an editor and signing as a non-member are refused', async () => {
    const rep = await signedInUser(t, { email: 'twice@example.be' });
    const orgId = await createOrganisation(rep, 700);
    await signCharter(rep, orgId);
    await rep.get(`/fr/organisations/${orgId}/sign`);
    const again = await rep.post(`/fr/organisations/${orgId}/sign`, {
      signerName: 'A',
      signerTitle: 'B',
      authorised: 'yes',
      accept: 'yes',
    });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, onPage('fr')('err.signature.already_signed'));

    const editorOwner = await signedInUser(t, { email: 'editor-owner@example.be' });
    const org2 = await createOrganisation(editorOwner, 701, { creatorRole: 'editor' });
    await editorOwner.get(`/fr/organisations/${org2}`);
    const asEditor = await editorOwner.post(`/fr/organisations/${org2}/sign`, {
      signerName: 'A',
      signerTitle: 'B',
      authorised: 'yes',
      accept: 'yes',
    });
    assert.equal(asEditor.statusCode, 403);
    assert.match(asEditor.body, onPage('fr')('err.organisation.representative_only'));

    const outsider = await signedInUser(t, { email: 'outsider@example.be' });
    await outsider.get('/fr/organisations');
    const asOutsider = await outsider.post(`/fr/organisations/${org2}/sign`, {
      signerName: 'A',
      signerTitle: 'B',
      authorised: 'yes',
      accept: 'yes',
    });
    assert.equal(asOutsider.statusCode, 403);
    const [{ n: live } = { n: 0 }] = await t.deps.db
      .select({ n: count() })
      .from(signatures)
      .where(eq(signatures.organisationId, org2));
    assert.equal(live, 0);
  });

  test('the declaration and the acceptance are both required', async () => {
    const rep = await signedInUser(t, { email: 'decl@example.be' });
    const orgId = await createOrganisation(rep, 800);
    await rep.get(`/fr/organisations/${orgId}/sign`);
    const res = await rep.post(`/fr/organisations/${orgId}/sign`, { signerName: 'A', signerTitle: 'B' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /href="#f-authorised"/);
    assert.match(res.body, /href="#f-accept"/);
    assert.equal(
      (await t.deps.db.select().from(signatures).where(eq(signatures.organisationId, orgId))).length,
      0,
    );
  });

  test('the secretariat asks for more, the organisation answers, then the secretariat rejects with a reason', async () => {
    const rep = await signedInUser(t, { email: 'asked@example.be' });
    const orgId = await createOrganisation(rep, 900);
    await signCharter(rep, orgId);
    const id = await liveSignatureId(t, orgId);
    await admin.get(`/fr/admin/signatures/${id}`);
    assert.equal(
      (await admin.post(`/fr/admin/signatures/${id}/request-info`, { message: '' })).statusCode,
      422,
    );
    assert.equal(
      (
        await admin.post(`/fr/admin/signatures/${id}/request-info`, {
          message: 'Quelle est votre fonction ?',
        })
      ).statusCode,
      303,
    );
    assert.match((await lastMailTo(t, 'asked@example.be'))?.bodyText ?? '', /Quelle est votre fonction/);
    const page = await rep.get(`/fr/organisations/${orgId}/signature`);
    assert.match(page.body, /Quelle est votre fonction/);
    assert.equal(
      (await rep.post(`/fr/organisations/${orgId}/reply`, { answer: 'Directrice' })).statusCode,
      303,
    );
    assert.equal((await rep.post(`/fr/organisations/${orgId}/reply`, { answer: 'encore' })).statusCode, 409);
    await admin.get(`/fr/admin/signatures/${id}`);
    assert.equal((await admin.post(`/fr/admin/signatures/${id}/reject`, { reason: '' })).statusCode, 422);
    assert.equal(
      (await admin.post(`/fr/admin/signatures/${id}/reject`, { reason: 'Pas de la direction.' })).statusCode,
      303,
    );
    assert.match((await lastMailTo(t, 'asked@example.be'))?.bodyText ?? '', /Pas de la direction/);
    assert.equal(
      (await admin.post(`/fr/admin/signatures/${id}/approve`, {})).statusCode,
      409,
      'already decided',
    );
    const [sig] = await t.deps.db.select().from(signatures).where(eq(signatures.id, id));
    assert.equal(sig?.status, 'rejected');
  });

  test('a non-admin cannot verify', async () => {
    const rep = await signedInUser(t, { email: 'selfapprove@example.be' });
    const orgId = await createOrganisation(rep, 1000);
    await signCharter(rep, orgId);
    const id = await liveSignatureId(t, orgId);
    await rep.get(`/fr/organisations/${orgId}`);
    for (const action of ['approve', 'reject', 'request-info']) {
      const res = await rep.post(`/fr/admin/signatures/${id}/${action}`, {
        note: 'x',
        reason: 'x',
        message: 'x',
      });
      assert.equal(res.statusCode, 403, action);
    }
    const [sig] = await t.deps.db.select().from(signatures).where(eq(signatures.id, id));
    assert.equal(sig?.status, 'pending');
  });
});

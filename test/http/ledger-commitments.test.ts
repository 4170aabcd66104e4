import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import canonicalize from 'canonicalize';
import { eq, inArray } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { ledgerEntries } from '../../src/features/ledger/schema.ts';
import { signatureEvents, signatures } from '../../src/features/signatures/schema.ts';
import {
  type Agent,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { approve, createOrganisation, liveSignatureId, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'commitments-admin@example.be');
});
after(() => t.close());

type Signer = Record<'signerName' | 'signerTitle' | 'signerSalt' | 'signerCommitment', string | undefined>;
type Item = { seq: number; entry: { event: string; signature: { id: string } & Signer } };

let n = 0;
async function signAs(signer: { signerName: string; signerTitle: string }) {
  n++;
  const rep = await signedInUser(t, { email: `commit${n}@example.be` });
  const orgId = await createOrganisation(rep, 2000 + n);
  const receipt = await signCharter(rep, orgId, signer);
  return { rep, orgId, receipt, sigId: await liveSignatureId(t, orgId) };
}

const entriesOf = async (sigId: string): Promise<Item[]> =>
  ((await t.app.inject('/api/v1/ledger?pageSize=1000')).json().items as Item[]).filter(
    (i) => i.entry.signature.id === sigId,
  );

/** What the docs tell anyone to compute from an entry that reveals the name, title and salt. */
const recompute = (s: Signer) =>
  createHash('sha256')
    .update(
      canonicalize({ signerName: s.signerName, signerTitle: s.signerTitle, signerSalt: s.signerSalt }) ?? '',
    )
    .digest('hex');

async function pdfText(url: string) {
  const res = await t.app.inject(url);
  assert.equal(res.statusCode, 200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
    mergePages: true,
  });
  return text;
}

/** Everything anyone sees of a signature without signing in: the API, the raw rows, the pages, the receipts. */
async function publicView(sigId: string): Promise<string> {
  const items = await entriesOf(sigId);
  const raw = await t.deps.db
    .select()
    .from(ledgerEntries)
    .where(
      inArray(
        ledgerEntries.seq,
        items.map((i) => i.seq),
      ),
    );
  const events = await t.deps.db.select().from(signatureEvents).where(eq(signatureEvents.signatureId, sigId));
  const parts = [JSON.stringify(items), JSON.stringify(raw), (await t.app.inject('/fr/ledger')).body];
  for (const i of items) parts.push((await t.app.inject(`/fr/ledger/${i.seq}`)).body);
  for (const e of events.filter((x) => x.ledgerSeq)) {
    parts.push((await t.app.inject(`/fr/receipts/${e.id}`)).body);
    parts.push(await pdfText(`/en/receipts/${e.id}/receipt.pdf`));
  }
  return parts.join('\n');
}

describe('the ledger does not name unverified signers', () => {
  test('a pending signature’s entry holds only a commitment: in the API, the raw row, the pages and the public receipt', async () => {
    const { rep, receipt, sigId } = await signAs({
      signerName: 'Griet Vandenbroucke',
      signerTitle: 'Zaakvoerster',
    });
    const [signed, ...rest] = await entriesOf(sigId);
    assert.equal(rest.length, 0);
    assert.equal(signed?.entry.event, 'signed');
    assert.deepEqual(Object.keys(signed.entry.signature).sort(), [
      'charterHash',
      'charterVersion',
      'id',
      'signerCommitment',
    ]);
    assert.match(signed.entry.signature.signerCommitment ?? '', /^[0-9a-f]{64}$/);

    const view = await publicView(sigId);
    assert.doesNotMatch(view, /Griet|Vandenbroucke|Zaakvoerster/);
    const [sig] = await t.deps.db.select().from(signatures).where(eq(signatures.id, sigId));
    assert.match(sig?.signerSalt ?? '', /^[0-9a-f]{64}$/);
    assert.ok(!view.includes(sig?.signerSalt ?? '?'), 'the salt stays private until verification');
    const page = (await t.app.inject(`/fr/ledger/${signed.seq}`)).body;
    assert.ok(page.includes(signed.entry.signature.signerCommitment ?? '?'));
    assert.match(page, onPage('fr')('ledger.signer_unpublished'));
    assert.match((await t.app.inject(receipt)).body, onPage('fr')('ledger.signer_unpublished'));

    // The organisation's own members still see who signed on their receipt.
    assert.match((await rep.get(receipt)).body, /Griet Vandenbroucke, Zaakvoerster/);
    assert.equal((await t.app.inject('/api/v1/ledger/verify')).json().valid, true);
  });

  test('verification publishes the name, title and salt, and they reopen the pending entry’s commitment', async () => {
    const { orgId, receipt, sigId } = await signAs({ signerName: 'Jan Wouters', signerTitle: 'Voorzitter' });
    await approve(admin, t, orgId);
    const [signed, verified] = await entriesOf(sigId);
    assert.equal(verified?.entry.event, 'verified');
    const s = verified.entry.signature;
    assert.equal(s.signerName, 'Jan Wouters');
    assert.equal(s.signerTitle, 'Voorzitter');
    assert.match(s.signerSalt ?? '', /^[0-9a-f]{64}$/);
    assert.equal(
      recompute(s),
      signed?.entry.signature.signerCommitment,
      'anyone can check the earlier entry',
    );
    assert.equal(s.signerCommitment, signed?.entry.signature.signerCommitment);
    assert.notEqual(recompute({ ...s, signerName: 'Jan Wouter' }), s.signerCommitment);

    const page = (await t.app.inject(`/fr/ledger/${verified.seq}`)).body;
    assert.match(page, /Jan Wouters, Voorzitter/);
    assert.ok(page.includes(s.signerSalt ?? '?'));
    // Now that the name is public, the first receipt shows it to anyone too.
    assert.match((await t.app.inject(receipt)).body, /Jan Wouters, Voorzitter/);
    const check = (await t.app.inject('/api/v1/ledger/verify')).json();
    assert.equal(check.valid, true);
  });

  test('a rejected signature, or one withdrawn before verification, is never named in public', async () => {
    const rejected = await signAs({ signerName: 'Ottilie Kramerskaya', signerTitle: 'Stagiaire' });
    await admin.get(`/fr/admin/signatures/${rejected.sigId}`);
    const res = await admin.post(`/fr/admin/signatures/${rejected.sigId}/reject`, {
      reason: 'Pas la direction.',
    });
    assert.equal(res.statusCode, 303);

    const withdrawn = await signAs({ signerName: 'Wilfried Nimmermehr', signerTitle: 'Kassenwart' });
    await withdrawn.rep.get(`/fr/organisations/${withdrawn.orgId}/signature`);
    assert.equal(
      (await withdrawn.rep.post(`/fr/organisations/${withdrawn.orgId}/withdraw`, { confirm: 'yes' }))
        .statusCode,
      303,
    );

    for (const [x, event, name] of [
      [rejected, 'rejected', /Ottilie|Kramerskaya|Stagiaire/],
      [withdrawn, 'withdrawn', /Wilfried|Nimmermehr|Kassenwart/],
    ] as const) {
      const items = await entriesOf(x.sigId);
      assert.deepEqual(
        items.map((i) => i.entry.event),
        ['signed', event],
      );
      for (const i of items)
        assert.deepEqual(Object.keys(i.entry.signature).sort(), [
          'charterHash',
          'charterVersion',
          'id',
          'signerCommitment',
        ]);
      assert.doesNotMatch(await publicView(x.sigId), name);
    }
    assert.equal((await t.app.inject('/api/v1/ledger/verify')).json().valid, true);
  });

  test('signatures from before commitments: verification names them as before, rejection names no one', async () => {
    // Signed before this change: no salt, and the signed entry already named the signer.
    const old = await signAs({ signerName: 'Marie Legrand', signerTitle: 'Directrice' });
    const oldRejected = await signAs({ signerName: 'Paul Dujardin', signerTitle: 'Gérant' });
    await t.deps.db
      .update(signatures)
      .set({ signerSalt: null })
      .where(inArray(signatures.id, [old.sigId, oldRejected.sigId]));
    await approve(admin, t, old.orgId);
    await admin.get(`/fr/admin/signatures/${oldRejected.sigId}`);
    await admin.post(`/fr/admin/signatures/${oldRejected.sigId}/reject`, { reason: 'Non.' });

    const [, verified] = await entriesOf(old.sigId);
    assert.deepEqual(
      { name: verified?.entry.signature.signerName, title: verified?.entry.signature.signerTitle },
      { name: 'Marie Legrand', title: 'Directrice' },
    );
    assert.equal(verified?.entry.signature.signerCommitment, undefined);
    const [, rejection] = await entriesOf(oldRejected.sigId);
    assert.deepEqual(Object.keys(rejection?.entry.signature ?? {}).sort(), [
      'charterHash',
      'charterVersion',
      'id',
    ]);
    assert.doesNotMatch((await t.app.inject(`/fr/ledger/${rejection?.seq}`)).body, /Paul Dujardin/);

    // An entry in the old shape, as written before this change, still shows its name and keeps the chain valid.
    const legacy = await t.deps.db.transaction((tx) =>
      t.services.ledger.append(tx, {
        event: 'signed',
        organisation: { id: old.orgId, name: 'Old', kbo: '0888200102' },
        signature: {
          id: old.sigId,
          charterVersion: 1,
          charterHash: 'h',
          signerName: 'Lena Alt',
          signerTitle: 'CEO',
        },
      }),
    );
    assert.match((await t.app.inject(`/fr/ledger/${legacy.seq}`)).body, /Lena Alt, CEO/);
    assert.equal((await t.app.inject('/api/v1/ledger/verify')).json().valid, true);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { entryHash, GENESIS } from '../../src/features/ledger/service.ts';
import {
  type Agent,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'ledger-admin@example.be');
  for (let i = 0; i < 3; i++) {
    const rep = await signedInUser(t, { email: `ledger${i}@example.be` });
    const orgId = await createOrganisation(rep, 1100 + i);
    await signCharter(rep, orgId, { signerName: `Signer ${i}`, signerTitle: 'CEO' });
    await approve(admin, t, orgId);
  }
});
after(() => t.close());

describe('the ledger', () => {
  test('entries are hash-chained: entry_hash = SHA-256(previous_hash ‖ canonical JSON of the entry)', async () => {
    const res = await t.app.inject('/api/v1/ledger');
    assert.equal(res.statusCode, 200);
    const { items, total, page } = res.json();
    assert.equal(total, 6);
    assert.equal(page, 1);
    let prev = GENESIS;
    for (const [i, e] of items.entries()) {
      assert.equal(e.seq, i + 1, 'oldest first');
      assert.equal(e.prevHash, prev);
      assert.equal(e.entryHash, entryHash(prev, e.entry));
      assert.deepEqual(Object.keys(e.entry).sort(), ['at', 'event', 'organisation', 'seq', 'signature']);
      // Until verification an entry holds only the commitment; the verification opens it.
      assert.deepEqual(
        Object.keys(e.entry.signature).sort(),
        e.entry.event === 'signed'
          ? ['charterHash', 'charterVersion', 'id', 'signerCommitment']
          : [
              'charterHash',
              'charterVersion',
              'id',
              'signerCommitment',
              'signerName',
              'signerSalt',
              'signerTitle',
            ],
      );
      assert.doesNotMatch(JSON.stringify(e), /127\.0\.0\.1|@example\.be/, 'no IP, no email');
      prev = e.entryHash;
    }
    const paged = (await t.app.inject('/api/v1/ledger?page=2&pageSize=4')).json();
    assert.equal(paged.items.length, 2);
    assert.equal(paged.items[0].seq, 5);
    assert.equal((await t.app.inject('/api/v1/ledger?page=x')).statusCode, 400);
  });

  test('verification, on the API, the page and the CLI; an altered entry is found at its place', async () => {
    const ok = (await t.app.inject('/api/v1/ledger/verify')).json();
    assert.deepEqual(Object.keys(ok).sort(), ['entries', 'firstInvalid', 'head', 'valid']);
    assert.equal(ok.valid, true);
    assert.equal(ok.entries, 6);
    assert.equal(ok.firstInvalid, null);
    assert.match(ok.head, /^[0-9a-f]{64}$/);
    assert.match((await t.app.inject('/en/ledger/verify')).body, onPage('en')('ledger.valid', { n: 6 }));

    // The table refuses changes…
    await assert.rejects(t.deps.db.execute(sql`update ledger_entries set prev_hash = 'x' where seq = 3`));
    await assert.rejects(t.deps.db.execute(sql`delete from ledger_entries where seq = 6`));
    // …so an attacker with the database owner's rights switches the guard off first.
    await t.deps.db.execute(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
    await t.deps.db.execute(
      sql`update ledger_entries set payload = jsonb_set(payload, '{signature,signerName}', '"Someone Else"') where seq = 3`,
    );
    await t.deps.db.execute(sql`alter table ledger_entries enable trigger ledger_entries_append_only`);
    const broken = (await t.app.inject('/api/v1/ledger/verify')).json();
    assert.equal(broken.valid, false);
    assert.equal(broken.firstInvalid, 3);
    assert.match((await t.app.inject('/fr/ledger/3')).body, onPage('fr')('ledger.entry_bad'));
    assert.match(
      (await t.app.inject('/fr/ledger/verify')).body,
      onPage('fr')('ledger.invalid', { seq: '3' }),
    );
  });

  test('the ledger pages list entries and show each one; bad numbers are 404', async () => {
    const page = await t.app.inject('/nl/ledger');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Signer 2|#6/);
    assert.equal((await t.app.inject('/nl/ledger/1')).statusCode, 200);
    assert.equal((await t.app.inject('/nl/ledger/999')).statusCode, 404);
    assert.equal((await t.app.inject('/nl/ledger/abc')).statusCode, 404);
    assert.equal((await t.app.inject('/nl/ledger?page=0x')).statusCode, 400);
  });

  test('names link to listed profiles, hashes are short with the full one on the entry, times say their zone', async () => {
    const pendingRep = await signedInUser(t, { email: 'ledger-pending@example.be' });
    const pendingId = await createOrganisation(pendingRep, 1110, { legalName: 'Pas Encore Listée' });
    await signCharter(pendingRep, pendingId);
    const rows = async <R>(q: ReturnType<typeof sql>) =>
      ((await t.deps.db.execute(q)) as unknown as { rows: R[] }).rows;
    const [org] = await rows<{ slug: string; legal_name: string }>(
      sql`select slug, legal_name from organisations where legal_name <> 'Pas Encore Listée' limit 1`,
    );
    const page = (await t.app.inject('/nl/ledger')).body;
    assert.ok(
      page.includes(`<a href="/nl/signatories/${org?.slug}">${org?.legal_name}</a>`),
      'a listed name links',
    );
    assert.match(page, /<td>Pas Encore Listée<\/td>/, 'a pending signature has no profile to link to');
    assert.match(page, /<time datetime="[^"]+">[^<]+ (CET|CEST)<\/time>/);
    assert.doesNotMatch(page, />\/api\//, 'no raw API path as a link text');
    const [first] = await rows<{ entry_hash: string }>(
      sql`select entry_hash from ledger_entries where seq = 1`,
    );
    const full = first?.entry_hash ?? '';
    const entry = (await t.app.inject('/fr/ledger/1')).body;
    assert.ok(entry.includes(`<code class="hash">${full}</code>`), 'the entry shows the whole hash');
    assert.match(entry, / UTC\+[12]<\/time>/);
    assert.ok(page.includes(`<code class="hash">${full.slice(0, 16)}…</code>`), 'the list shows it short');
    assert.ok(!page.includes(full));
  });
});

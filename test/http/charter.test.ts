import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  type CharterText,
  charterHash,
  contentDir,
  readCharterVersions,
} from '../../src/features/charter/content.ts';
import { createCharterService } from '../../src/features/charter/service.ts';
import { AppError } from '../../src/platform/http/errors.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { signedInAdmin, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe('the charter', () => {
  test('version 1 has the preamble, nine commitments and the footnote in all four languages, French as in the seed', () => {
    const [v1] = readCharterVersions();
    assert.ok(v1);
    for (const l of LOCALES) {
      const doc: CharterText = v1.texts[l];
      assert.equal(Object.keys(doc.commitments).length, 9, l);
      assert.ok(doc.preamble.length >= 4, l);
      assert.match(doc.footnote, /^¹/, l);
    }
    // The press text the charter was taken from (shared/seeds/000), shipped beside the version it became.
    const seed = fs.readFileSync(path.join(contentDir, 'v1', 'source-fr.txt'), 'utf8');
    const fold = (s: string) => s.replace(/[’']/g, "'").replace(/\s+/g, ' ');
    for (const c of Object.values(v1.texts.fr.commitments))
      assert.ok(fold(seed).includes(fold(c)), c.slice(0, 40));
    assert.match(v1.hash, /^[0-9a-f]{64}$/);
    assert.equal(charterHash(v1.texts), v1.hash, 'the hash is a pure function of the texts');
  });

  test('the public page shows the plain summary and the full text in each language, with version and hash', async () => {
    for (const l of LOCALES) {
      const res = await t.app.inject(`/${l}/charter`);
      assert.equal(res.statusCode, 200);
      const [v1] = readCharterVersions();
      assert.ok(res.body.includes(v1?.hash ?? 'x'));
      assert.ok(res.body.includes(v1?.texts[l].commitments.C9.slice(0, 30) ?? 'x'), l);
      assert.equal((res.body.match(/id="commitment-C\d"/g) ?? []).length, 9);
    }
  });

  test('version 1 is never edited: its texts keep the hash every signature of it binds to', () => {
    const v1 = readCharterVersions().find((v) => v.version === 1);
    assert.equal(v1?.hash, '605a1c61159bb07c94d06b573372fc958027b6974123d79357660c23873b25da');
  });

  test('later versions keep the seed’s French word for word, and quote typographically in nl, de and en', () => {
    const [v1, ...later] = readCharterVersions();
    assert.ok(v1);
    for (const v of later) {
      assert.deepEqual({ ...v.texts.fr, version: 1 }, v1.texts.fr, `v${v.version} fr`);
      for (const l of ['nl', 'de', 'en'] as const)
        assert.doesNotMatch(JSON.stringify(v.texts[l]), /'|\\"/, `v${v.version} ${l}`);
    }
  });

  test('a version added on disk waits for the secretariat: version 1 stays in force', async () => {
    const svc = createCharterService(t.deps);
    const [v1, ...later] = readCharterVersions();
    assert.equal((await svc.current()).version, 1);
    assert.ok((await t.app.inject('/fr/charter')).body.includes(v1?.hash ?? 'x'));
    const { publishable } = await svc.overview({ id: 'secretariat', role: 'admin' });
    assert.deepEqual(
      publishable.map((v) => v.version),
      later.map((v) => v.version),
    );
  });

  test('the secretariat publishes a new version; signatures keep the version they signed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-charter-'));
    fs.cpSync(path.join(contentDir, 'v1'), path.join(dir, 'v1'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'v2'));
    for (const l of LOCALES) {
      const text = JSON.parse(fs.readFileSync(path.join(contentDir, 'v1', `${l}.json`), 'utf8'));
      text.version = 2;
      text.commitments.C9 = `${text.commitments.C9} (v2)`;
      fs.writeFileSync(path.join(dir, 'v2', `${l}.json`), JSON.stringify(text));
    }
    const admin = await signedInAdmin(t, 'charter-admin@example.be');
    const rep = await signedInUser(t, { email: 'charter-rep@example.be' });
    const orgId = await createOrganisation(rep, 1300);
    await signCharter(rep, orgId);
    await approve(admin, t, orgId);

    const svc = createCharterService(t.deps, dir);
    const adminActor = {
      id:
        (
          await t.deps.db.query.users.findFirst({
            where: (u, { eq }) => eq(u.email, 'charter-admin@example.be'),
          })
        )?.id ?? '',
      role: 'admin' as const,
    };
    await assert.rejects(
      svc.overview({ id: adminActor.id, role: 'user' }),
      (e: unknown) => e instanceof AppError && e.code === 'forbidden',
    );
    const before = await svc.overview(adminActor);
    assert.deepEqual(
      before.publishable.map((v) => v.version),
      [2],
    );
    await svc.publish(adminActor, 2, '127.0.0.1');
    assert.equal((await svc.current()).version, 2);
    await assert.rejects(
      svc.publish(adminActor, 2, '127.0.0.1'),
      (e: unknown) => e instanceof AppError && e.status === 409,
    );
    const profile = await t.app.inject('/fr/signatories?q=1300');
    assert.equal(profile.statusCode, 200);
    const api = (await t.app.inject('/api/v1/signatories')).json();
    assert.equal(api.items[0].charter_version, 1, 'the signature keeps version 1');
    assert.match((await t.app.inject('/en/charter')).body, /\(v2\)/, 'the page shows the version in force');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the receipt PDF has real text, in the reader’s language', async () => {
    const rep = await signedInUser(t, { email: 'pdf-rep@example.be' });
    const orgId = await createOrganisation(rep, 1400, { legalName: 'Łódź Ærø Ökonomie' });
    const receipt = await signCharter(rep, orgId, {
      signerName: 'Zoë Dvořák',
      signerTitle: 'Geschäftsführerin',
    });
    for (const [l, words] of [
      ['de', /Beleg|Unterzeichn/],
      ['nl', /Ontvangstbewijs|ondertekend/i],
    ] as const) {
      const res = await rep.get(`${receipt.replace('/fr/', `/${l}/`)}/receipt.pdf`);
      const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
      const { text } = await extractText(pdf, { mergePages: true });
      assert.match(text, words, l);
      assert.match(text, /Zoë Dvořák/);
      assert.match(text, /Łódź Ærø Ökonomie/);
      assert.match(text, /[0-9a-f]{64}/);
    }
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { LOCALES } from '../../platform/i18n/index.ts';
import { frenchFaults, showSpaces } from '../../platform/i18n/typography.ts';
import { AXES, ETHICS_DIR, REQUIRED_CLAUSES, readEthicsVersions } from './content.ts';

const versions = readEthicsVersions();

test('the code has its three axes and the clauses a person helped can count on, in four languages', () => {
  assert.ok(versions.length >= 1);
  for (const v of versions)
    for (const l of LOCALES) {
      assert.deepEqual(
        v.texts[l].axes.map((a) => a.id),
        [...AXES],
      );
      const ids = v.texts[l].axes.flatMap((a) => a.clauses.map((c) => c.id));
      for (const c of REQUIRED_CLAUSES) assert.ok(ids.includes(c), `${l}: ${c}`);
    }
});

test('the code is written with each language’s typography', () => {
  for (const v of versions) {
    const all = (l: (typeof LOCALES)[number]) => [
      v.texts[l].title,
      v.texts[l].intro,
      ...v.texts[l].axes.flatMap((a) => [a.title, ...a.clauses.map((c) => c.text)]),
    ];
    const bad = all('fr').flatMap((s) => frenchFaults(s).map((f) => `${f}: ${showSpaces(s)}`));
    assert.deepEqual(bad, []);
    for (const l of LOCALES)
      for (const s of all(l)) assert.ok(!/["']/.test(s), `${l}: a straight quote in ${s}`);
  }
});

test('a language whose clauses differ from the French stops the start', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ethics-'));
  fs.cpSync(path.join(ETHICS_DIR, 'v1'), path.join(dir, 'v1'), { recursive: true });
  const file = path.join(dir, 'v1', 'de.json');
  const de = JSON.parse(fs.readFileSync(file, 'utf8'));
  de.axes[0].clauses.pop();
  fs.writeFileSync(file, JSON.stringify(de));
  assert.throws(() => readEthicsVersions(dir), /differ from the French/);
  fs.rmSync(dir, { recursive: true, force: true });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { LOCALES } from '../../platform/i18n/index.ts';
import { frenchFaults, showSpaces } from '../../platform/i18n/typography.ts';
import { readThemes, THEMES_FILE, themeLabel } from './themes.ts';

const shipped = readThemes();

test('the shipped themes read, in four languages, with « other » last', () => {
  assert.equal(shipped.version, 1);
  const codes = shipped.themes.map((t) => t.code);
  for (const c of ['eid', 'tax', 'ebox', 'health', 'cpas', 'jobs', 'device_basics', 'safety', 'other'])
    assert.ok(codes.includes(c), c);
  assert.equal(codes.at(-1), 'other');
  for (const t of shipped.themes)
    for (const l of LOCALES) {
      assert.ok(t.label[l].length > 0, `${t.code}.${l}`);
      assert.ok(t.label[l].length <= 45, `${t.code}.${l} is long: ${t.label[l]}`);
    }
  assert.equal(themeLabel(shipped, 'eid', 'nl'), 'eID, itsme en CSAM');
  assert.equal(themeLabel(shipped.themes, 'other', 'de'), 'Sonstiges');
  assert.equal(themeLabel(shipped, 'gone', 'fr'), 'gone');
});

test('the themes are written with each language’s typography', () => {
  const bad = shipped.themes.flatMap((t) =>
    frenchFaults(t.label.fr).map((f) => `${t.code}: ${f} in ${showSpaces(t.label.fr)}`),
  );
  assert.deepEqual(bad, []);
  for (const t of shipped.themes)
    for (const l of LOCALES) assert.ok(!/["']/.test(t.label[l]), `${t.code}.${l}: a straight quote`);
});

/** Writes the shipped file, changed, to a temporary folder, and returns its path. */
function broken(change: (json: { themes: Record<string, string>[] }) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'themes-'));
  const json = JSON.parse(fs.readFileSync(THEMES_FILE, 'utf8'));
  change(json);
  const file = path.join(dir, 'themes.json');
  fs.writeFileSync(file, JSON.stringify(json));
  return file;
}

test('a theme without one of its languages stops the start, naming where', () => {
  const file = broken((json) => {
    delete json.themes[2]?.de;
  });
  assert.throws(() => readThemes(file), /themes\.json: [\s\S]*themes\[2\]\.de/);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test('a code used twice, a code not in snake_case, or « other » not last stops the start', () => {
  const cases: [(json: { themes: Record<string, string>[] }) => void, RegExp][] = [
    [(json) => json.themes.splice(1, 0, { ...json.themes[0] }), /the theme code « eid » is used twice/],
    [
      (json) => {
        if (json.themes[0]) json.themes[0].code = 'eID';
      },
      /lowercase letters/,
    ],
    [(json) => json.themes.reverse(), /« other » must be there, and last/],
  ];
  for (const [change, error] of cases) {
    const file = broken(change);
    assert.throws(() => readThemes(file), error);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test('a file that is not JSON names itself', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'themes-'));
  const file = path.join(dir, 'themes.json');
  fs.writeFileSync(file, '{ "version": 1, ');
  assert.throws(
    () => readThemes(file),
    (e: Error) => e.message.startsWith(file),
  );
  fs.rmSync(dir, { recursive: true, force: true });
});

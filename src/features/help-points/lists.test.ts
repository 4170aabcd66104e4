import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { LOCALES } from '../../platform/i18n/index.ts';
import { labelOf } from '../../platform/i18n/labelled-lists.ts';
import { frenchFaults, showSpaces } from '../../platform/i18n/typography.ts';
import { LISTS_FILE, readHelpPointLists } from './lists.ts';

const lists = readHelpPointLists();

test('the shipped lists read, in four languages, with what the issue names', () => {
  const codes = (k: keyof typeof lists) => (lists[k] as { code: string }[]).map((x) => x.code);
  assert.deepEqual(codes('kinds'), [
    'town_hall',
    'cpas',
    'epn',
    'library',
    'digipunt',
    'association',
    'mobile_unit',
    'other',
  ]);
  assert.deepEqual(codes('services'), [
    'online_procedures',
    'eid_itsme',
    'computer_access',
    'wifi',
    'print_scan',
    'card_reader',
    'device_lending',
    'workshops',
    'phone_tablet',
    'safety',
  ]);
  for (const c of ['step_free', 'adapted_toilet', 'hearing_loop'])
    assert.ok(codes('accessibility').includes(c), c);
  for (const c of ['older_people', 'job_seekers', 'newcomers', 'disabilities', 'young_people', 'everyone'])
    assert.ok(codes('audiences').includes(c), c);
  for (const l of LOCALES) assert.ok(codes('languages').includes(l), l);
  assert.equal(labelOf(lists.kinds, 'cpas', 'nl'), 'OCMW');
  assert.equal(labelOf(lists.services, 'wifi', 'de'), 'Kostenloses WLAN');
});

test('the labels are written with each language’s typography, and short enough for a 320 px screen', () => {
  const all = [lists.kinds, lists.services, lists.accessibility, lists.audiences, lists.languages].flat();
  assert.deepEqual(
    all.flatMap((t) => frenchFaults(t.label.fr).map((f) => `${t.code}: ${f} in ${showSpaces(t.label.fr)}`)),
    [],
  );
  for (const t of all)
    for (const l of LOCALES) {
      assert.ok(!/["']/.test(t.label[l]), `${t.code}.${l}: a straight quote`);
      assert.ok(t.label[l].length <= 50, `${t.code}.${l} is long: ${t.label[l]}`);
    }
});

test('a list without a language, or « other » kind not last, stops the start and names where', () => {
  const json = JSON.parse(fs.readFileSync(LISTS_FILE, 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lists-'));
  const file = path.join(dir, 'lists.json');
  try {
    delete json.services[3].nl;
    fs.writeFileSync(file, JSON.stringify(json));
    assert.throws(() => readHelpPointLists(file), /lists\.json: [\s\S]*services\[3\]\.nl/);
    json.services[3].nl = 'Gratis wifi';
    json.kinds.reverse();
    fs.writeFileSync(file, JSON.stringify(json));
    assert.throws(() => readHelpPointLists(file), /the kind « other » must be there, and last/);
    json.kinds.reverse();
    json.services.push(json.services[0]);
    fs.writeFileSync(file, JSON.stringify(json));
    assert.throws(() => readHelpPointLists(file), /the service code « online_procedures » is used twice/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

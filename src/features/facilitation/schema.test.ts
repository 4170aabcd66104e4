import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';

// The support-session log never stores who was helped (issue 16): this reads the migrated database itself, so a
// column added by any migration, under any name in the list below, fails here before it can hold anything.
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

/** Column names that would identify a person: names, contact, exact birth date, national number, address. */
const FORBIDDEN =
  /name|email|mail|phone|tel|mobile|gsm|birth|dob|born|national|nrn|rrn|niss|insz|register|address|street|house|city|iban|eid|card|photo|ip$/i;

test('no support-session table has a column that could identify the person helped', async () => {
  const res = await t.deps.db.execute(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and table_name like 'accompaniment%'
    order by table_name, ordinal_position`);
  const rows = (res as unknown as { rows: { table_name: string; column_name: string }[] }).rows;
  const tables = new Set(rows.map((r) => r.table_name));
  assert.deepEqual(
    [...tables].sort(),
    ['accompaniment_counts', 'accompaniment_tallies', 'accompaniments'],
    'the tables this test guards',
  );
  assert.ok(rows.length > 20, 'their columns were read');
  const bad = rows.filter((r) => FORBIDDEN.test(r.column_name));
  assert.deepEqual(
    bad.map((r) => `${r.table_name}.${r.column_name}`),
    [],
    'columns that could identify someone',
  );
  assert.ok(
    FORBIDDEN.test('person_email') && FORBIDDEN.test('date_of_birth') && FORBIDDEN.test('national_number'),
  );
});

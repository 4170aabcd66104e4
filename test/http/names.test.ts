import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import type { z } from 'zod';
import { organisations } from '../../src/features/organisations/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { nameText } from '../../src/platform/http/fields.ts';
import { parseInput } from '../../src/platform/http/validate.ts';
import { translator } from '../../src/platform/i18n/index.ts';
import { Agent, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { createOrganisation, orgForm } from '../helpers/org.ts';

/** Issue 13, item 3: names and titles that read backwards, or show nothing at all. */

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u3164'];

describe('the shared name field', () => {
  const field = nameText(200);
  test('refuses every bidirectional control and invisible character, wherever it stands', () => {
    for (const ch of [...BIDI, ...INVISIBLE]) {
      for (const value of [`${ch}gnp.exe Ville de Bruxelles`, `Ville${ch}de Bruxelles`, `Bruxelles${ch}`]) {
        const r = field.safeParse(value);
        const label = `U+${ch.codePointAt(0)?.toString(16)} in ${JSON.stringify(value)}`;
        // JavaScript counts U+FEFF as white space: at either end it is trimmed away, which is as safe.
        if (r.success) assert.ok(ch === '\uFEFF' && !r.data.includes(ch), label);
        else assert.equal(r.error.issues[0]?.message, 'text.invisible', label);
      }
    }
  });

  test('needs a visible letter or digit, normalises to NFC and trims', () => {
    assert.equal(field.safeParse('  ').error?.issues[0]?.message, 'required');
    assert.equal(field.safeParse('— · —').error?.issues[0]?.message, 'text.no_visible');
    assert.equal(field.parse('  Ville de Bruxelles  '), 'Ville de Bruxelles');
    assert.equal(field.parse('Liège'.normalize('NFD')), 'Liège'.normalize('NFC'));
    assert.equal(field.parse('CPAS d’Anderlecht – 1070'), 'CPAS d’Anderlecht – 1070');
  });

  test('a text that is too long says the limit, in each language', () => {
    const r = parseInput(nameText(10) as z.ZodType, 'x'.repeat(11));
    assert.ok(!r.ok);
    const message = translator('fr')('err.too_long', r.params._form);
    assert.match(message, /10/);
    assert.match(translator('nl')('err.too_long', { max: 1500 }), /1\.500/);
    assert.match(translator('en')('err.too_long', { max: 1500 }), /1,500/);
  });

  test('every name and title field of every feature form uses it', async () => {
    const dir = path.resolve(import.meta.dirname, '../../src/features');
    let checked = 0;
    for (const feature of fs.readdirSync(dir)) {
      const file = path.join(dir, feature, 'fields.ts');
      if (!fs.existsSync(file)) continue;
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [exportName, schema] of Object.entries(mod)) {
        const shape = (schema as { shape?: Record<string, z.ZodType> })?.shape;
        if (!shape) continue;
        for (const [key, f] of Object.entries(shape)) {
          if (!/(name|title)(_(fr|nl|de|en))?$/i.test(key) || /filename/i.test(key)) continue;
          const r = f.safeParse('\u202Egnp.exe Ville de Bruxelles');
          assert.equal(r.success, false, `${feature}.${exportName}.${key} accepts U+202E`);
          assert.equal(f.safeParse('\u200B\u200B').success, false, `${feature}.${exportName}.${key}`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 12, `only ${checked} name fields found`);
  });
});

describe('name fields through the forms', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('sign-up refuses a name made of zero-width characters and one with U+202E, writing nothing', async () => {
    const [before] = await t.deps.db.select({ n: count() }).from(users);
    for (const name of ['\u200B\u200C\u200D', '\u202Egnp.exe Ana']) {
      const a = new Agent(t.app);
      await a.get('/fr/sign-up');
      const res = await a.post('/fr/sign-up', {
        name,
        email: 'spoof@example.be',
        password: 'correct horse battery',
      });
      assert.equal(res.statusCode, 422, JSON.stringify(name));
      assert.ok(res.body.includes('caractère invisible'));
    }
    const [afterCount] = await t.deps.db.select({ n: count() }).from(users);
    assert.equal(afterCount?.n, before?.n);
  });

  test('an organisation cannot be registered under a reversed name', async () => {
    const rep = await signedInUser(t, { email: 'names-rep@example.be' });
    const [before] = await t.deps.db.select({ n: count() }).from(organisations);
    await rep.get('/fr/organisations/new');
    const res = await rep.post(
      '/fr/organisations/new',
      orgForm(3101, { legalName: '\u202Egnp.exe Ville de Bruxelles' }),
    );
    assert.equal(res.statusCode, 422);
    assert.ok(res.body.includes('caractère invisible'));
    const [afterCount] = await t.deps.db.select({ n: count() }).from(organisations);
    assert.equal(afterCount?.n, before?.n);
    // The same form with a clean name goes through.
    assert.ok(await createOrganisation(rep, 3102));
  });

  test('a name that is too long is refused with its limit', async () => {
    const a = new Agent(t.app);
    await a.get('/en/sign-up');
    const res = await a.post('/en/sign-up', {
      name: 'x'.repeat(101),
      email: 'long@example.be',
      password: 'correct horse battery',
    });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /at most 100 characters/);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { readEthicsVersions } from '../../src/features/facilitation/content.ts';
import { LOCALES } from '../../src/platform/i18n/index.ts';
import { escapeHtml, onPage, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const current = readEthicsVersions().at(-1);

describe('the facilitators’ code of ethics', () => {
  for (const l of LOCALES)
    test(`${l}: its public page shows every clause, and the footer links to it`, async () => {
      assert.ok(current);
      const res = await t.app.inject(`/${l}/ethics`);
      assert.equal(res.statusCode, 200);
      const text = current.texts[l];
      assert.match(res.body, new RegExp(`<h1[^>]*>${escapeHtml(text.title)}</h1>`));
      for (const axis of text.axes) {
        assert.ok(res.body.includes(escapeHtml(axis.title)), axis.id);
        for (const c of axis.clauses) assert.ok(res.body.includes(escapeHtml(c.text)), c.id);
      }
      assert.match(res.body, onPage(l)('ethics.version', { version: current.version }));
      const home = await t.app.inject(`/${l}`);
      assert.match(home.body, new RegExp(`href="/${l}/ethics"`));
    });

  test('the sheet for the wall is a PDF with the clauses as text, in the reader’s language', async () => {
    assert.ok(current);
    for (const l of ['nl', 'de'] as const) {
      const res = await t.app.inject(`/${l}/ethics/code-of-ethics.pdf`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
        mergePages: true,
      });
      const flat = (s: string) => s.replace(/\s+/g, ' ');
      const first = current.texts[l].axes[0]?.clauses[0]?.text ?? '';
      assert.ok(flat(text).includes(flat(first).slice(0, 40)), `${l}: ${first}`);
      assert.ok(flat(text).includes(flat(current.texts[l].title)));
    }
  });
});

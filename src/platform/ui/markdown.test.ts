import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from './markdown.ts';

test('the highest heading of a practice becomes an h2, the others follow below it', () => {
  assert.equal(renderMarkdown('## Steps\n\n### One'), '<h2>Steps</h2>\n<h3>One</h3>\n');
  assert.equal(renderMarkdown('# Title\n\n## Part'), '<h2>Title</h2>\n<h3>Part</h3>\n');
  assert.equal(renderMarkdown('#### Deep'), '<h2>Deep</h2>\n');
  assert.equal(renderMarkdown('No heading'), '<p>No heading</p>\n');
});

test('raw HTML is shown as text and script links are not links', () => {
  assert.equal(renderMarkdown('<b>x</b>'), '<p>&lt;b&gt;x&lt;/b&gt;</p>\n');
  assert.doesNotMatch(renderMarkdown('[x](javascript:alert(1))'), /href=/);
  assert.match(renderMarkdown('[site](https://example.be)'), /href="https:\/\/example\.be"/);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { email, page, text } from './fields.ts';
import { idParam, parseInput, parseOr400 } from './validate.ts';

const schema = z.object({ name: text(5), email: email(), page: page() });

test('each field gets the code of its first problem', () => {
  const r = parseInput(schema, { name: '', email: 'nope', page: 'x' });
  assert.deepEqual(r, {
    ok: false,
    errors: { name: 'required', email: 'email.invalid', page: 'page.invalid' },
    params: {},
  });
  const long = parseInput(schema, { name: 'toolong', email: 'a@b.be' });
  assert.equal(long.ok ? '' : long.errors.name, 'too_long');
  // "Too long" carries its limit, for the message.
  assert.deepEqual(long.ok ? {} : long.params, { name: { max: 5 } });
});

test('a missing field is required; a field of the wrong type is invalid', () => {
  const r = parseInput(schema, { name: ['a', 'b'] });
  assert.deepEqual(r.ok ? {} : r.errors, { name: 'invalid', email: 'required' });
  const arr = parseInput(z.object({ name: z.array(z.string()) }), { name: 'x' });
  assert.deepEqual(arr.ok ? {} : arr.errors, { name: 'invalid' });
  assert.deepEqual(parseInput(schema, 'not an object'), {
    ok: false,
    errors: { _form: 'invalid' },
    params: {},
  });
});

test('valid input is cleaned: trimmed, lower-cased email, page number', () => {
  assert.deepEqual(parseInput(schema, { name: ' Ann ', email: ' ANN@Example.BE ', page: '3' }), {
    ok: true,
    data: { name: 'Ann', email: 'ann@example.be', page: 3 },
  });
});

test('query strings and ids: a 400 with a code, or a 404 for an id that cannot exist', () => {
  assert.throws(
    () => parseOr400(schema, {}),
    (e: unknown) => e instanceof AppError && e.status === 400,
  );
  assert.throws(
    () => idParam('../etc'),
    (e: unknown) => e instanceof AppError && e.status === 404,
  );
  assert.equal(idParam('00000000-0000-4000-8000-000000000001'), '00000000-0000-4000-8000-000000000001');
});

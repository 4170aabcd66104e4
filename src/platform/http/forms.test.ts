import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FormState } from '../ui/context.ts';
import { AppError } from './errors.ts';
import { text } from './fields.ts';
import { submitForm } from './forms.ts';

const schema = z.object({ note: text(5), on: text(10) });
const named = (field: string) => `${field}-42`;

/** Submits `body` and says what came back: the form shown again, or the data the action received. */
async function submit(
  body: Record<string, string>,
  action: (data: unknown) => Promise<void> = async () => {},
) {
  let shown: { form: FormState; status: number } | undefined;
  let saved: unknown;
  await submitForm(
    { body } as FastifyRequest,
    schema,
    (form, status) => {
      shown = { form, status };
      return {} as FastifyReply;
    },
    async (data) => {
      await action(data);
      saved = data;
      return {} as FastifyReply;
    },
    named,
  );
  return { shown, saved };
}

test('a form repeated on a page reads its fields under their own names', async () => {
  const { saved, shown } = await submit({ 'note-42': 'ok', 'on-42': '2026-01-01', note: 'other form' });
  assert.equal(shown, undefined);
  assert.deepEqual(saved, { note: 'ok', on: '2026-01-01' });
});

test('its messages, and what they need to say, go beside the fields under those names', async () => {
  const { shown } = await submit({ 'note-42': 'too long', on: '2026-01-01' });
  assert.equal(shown?.status, 422);
  assert.deepEqual(shown?.form.errors, { 'note-42': 'too_long', 'on-42': 'required' });
  assert.deepEqual(shown?.form.params, { 'note-42': { max: 5 } });
  // What was typed comes back as it was sent.
  assert.equal(shown?.form.values['note-42'], 'too long');
});

test('a rule the service refuses is placed under the form’s name too', async () => {
  const { shown } = await submit({ 'note-42': 'ok', 'on-42': '2999-01-01' }, async () => {
    throw new AppError('plan.future_date', 422, { on: 'plan.future_date' });
  });
  assert.equal(shown?.status, 422);
  assert.deepEqual(shown?.form.errors, { 'on-42': 'plan.future_date' });
});

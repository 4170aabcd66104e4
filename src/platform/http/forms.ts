import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FormState } from '../ui/context.ts';
import { AppError } from './errors.ts';
import { parseInput } from './validate.ts';

/**
 * The values a form sends back when it is shown again: strings only, never passwords or the CSRF token.
 * A group of ticked boxes comes back as one comma-separated value.
 */
export function echoValues(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(
    Object.entries(body)
      .map(([k, v]) => [k, Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join(',') : v])
      .filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf' && !/password/i.test(e[0]),
      ),
  );
}

/**
 * Post/redirect/get for one form: invalid input, or a rule the service refuses with a 4xx AppError,
 * shows the form again (422 unless the error says otherwise) with each message beside its field.
 */
export async function submitForm<S extends z.ZodType>(
  req: FastifyRequest,
  schema: S,
  render: (form: FormState, status: number) => FastifyReply | Promise<FastifyReply>,
  action: (data: z.output<S>) => Promise<FastifyReply>,
): Promise<FastifyReply> {
  const values = echoValues(req.body);
  const parsed = parseInput(schema, req.body);
  if (!parsed.ok) return render({ values, errors: parsed.errors, params: parsed.params }, 422);
  try {
    return await action(parsed.data);
  } catch (e) {
    if (e instanceof AppError && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 403) {
      const field = e.fields ? Object.keys(e.fields)[0] : '_form';
      return render(
        {
          values,
          errors: e.fields ?? { _form: e.code },
          params: e.params && field ? { [field]: e.params } : {},
        },
        e.status === 400 ? 422 : e.status,
      );
    }
    throw e;
  }
}

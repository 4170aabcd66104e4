import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
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

/** Keys renamed, `_form` (the whole form) left as it is. */
const renamed = <V>(byField: Partial<Record<string, V>>, name: (field: string) => string) =>
  Object.fromEntries(Object.entries(byField).map(([k, v]) => [k === '_form' ? k : name(k), v]));

/**
 * Post/redirect/get for one form: invalid input, or a rule the service refuses with a 4xx AppError,
 * shows the form again (422 unless the error says otherwise) with each message beside its field.
 * A form repeated on a page (once per record) names its fields apart: `name` maps each of the schema's
 * fields to the form's (`on` → `on-<id>`), for reading the input and for placing the messages.
 */
export async function submitForm<S extends z.ZodType>(
  req: FastifyRequest,
  schema: S,
  render: (form: FormState, status: number) => FastifyReply | Promise<FastifyReply>,
  action: (data: z.output<S>) => Promise<FastifyReply>,
  name?: (field: string) => string,
): Promise<FastifyReply> {
  const values = echoValues(req.body);
  const as = name ?? ((field: string) => field);
  const parsed = parseInput(schema, name ? inputNamed(schema, req.body, name) : req.body);
  if (!parsed.ok)
    return render({ values, errors: renamed(parsed.errors, as), params: renamed(parsed.params, as) }, 422);
  try {
    return await action(parsed.data);
  } catch (e) {
    if (e instanceof AppError && e.status >= 400 && e.status < 500 && e.status !== 401 && e.status !== 403) {
      const first = e.fields ? Object.keys(e.fields)[0] : '_form';
      const field = first && first !== '_form' ? as(first) : first;
      return render(
        {
          values,
          errors: e.fields ? renamed(e.fields, as) : { _form: e.code },
          params: e.params && field ? { [field]: e.params } : {},
        },
        e.status === 400 ? 422 : e.status,
      );
    }
    throw e;
  }
}

/** The schema's fields, read from the body under the form's names. */
function inputNamed(schema: z.ZodType, body: unknown, name: (field: string) => string) {
  if (!(schema instanceof z.ZodObject)) throw new Error('renamed fields need an object schema');
  const from = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.keys(schema.shape).map((k) => [k, from[name(k)]]));
}

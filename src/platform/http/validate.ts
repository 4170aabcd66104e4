import { z } from 'zod';
import { type ErrorCode, isErrorCode, type Params } from '../i18n/index.ts';
import { AppError, notFound } from './errors.ts';

export type FieldErrors = Partial<Record<string, ErrorCode>>;
export type Parsed<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; params: Partial<Record<string, Params>> };

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const key of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * Validates input against a zod schema whose messages are error codes. The first problem of each field is kept;
 * problems zod describes itself (wrong type, missing) are turned into `required` or `invalid`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  const params: Partial<Record<string, Params>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : '_form';
    if (errors[field]) continue;
    errors[field] = isErrorCode(issue.message)
      ? issue.message
      : issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined
        ? 'required'
        : 'invalid';
    // "Too long" says the limit, so the person knows how much to cut.
    if (issue.code === 'too_big' && errors[field] === 'too_long')
      params[field] = { max: Number(issue.maximum) };
  }
  return { ok: false, errors, params };
}

/** For query strings and API input: invalid input is a 400 with the first field's code. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = parseInput(schema, input);
  if (parsed.ok) return parsed.data;
  const [field, code] = Object.entries(parsed.errors)[0] ?? ['_form', 'invalid'];
  throw new AppError(code ?? 'invalid', 400, { [field]: code ?? 'invalid' }, parsed.params[field]);
}

const uuid = z.uuid();
/** An id from the URL: anything that is not a UUID cannot name a record, so it is a 404. */
export function idParam(value: unknown): string {
  const r = uuid.safeParse(value);
  if (!r.success) throw notFound();
  return r.data;
}

import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

/**
 * Control characters no person types: C0 (but tab, line feed and carriage return, which multi-line text
 * holds), DEL and C1. PostgreSQL refuses U+0000 outright, so one such byte used to become a 500.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** In a URL (path and query) even tab and line breaks are refused. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_IN_URL = /[\u0000-\u001F\u007F-\u009F]/;
/** A lone UTF-16 surrogate: what a malformed percent-encoding or JSON escape decodes to; PostgreSQL refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The name of the first field (dotted path) whose text holds a refused character, or null. */
export function findBadText(value: unknown, pattern: RegExp, path = ''): string | null {
  if (typeof value === 'string') {
    return pattern.test(value) || LONE_SURROGATE.test(value) ? path || '_form' : null;
  }
  if (Array.isArray(value)) {
    for (const v of value) {
      const bad = findBadText(v, pattern, path);
      if (bad) return bad;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      const key = path ? `${path}.${k}` : k;
      if (pattern.test(k) || LONE_SURROGATE.test(k)) return key;
      const bad = findBadText(v, pattern, key);
      if (bad) return bad;
    }
  }
  return null;
}

/**
 * The platform's input boundary: every path parameter, query string, form field and JSON value is checked
 * before any route or service sees it, so no feature has to remember. A refusal is a 400 with a message in
 * the reader's language, naming the field.
 */
export function registerInputBoundary(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    const bad =
      findBadText(req.params, CONTROL_IN_URL) ??
      findBadText(req.query, CONTROL_IN_URL) ??
      findBadText(req.body, CONTROL_IN_TEXT);
    if (bad) throw new AppError('text.control_chars', 400, { [bad]: 'text.control_chars' });
  });
}

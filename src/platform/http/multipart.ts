import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from './errors.ts';

/** The largest file any form accepts (a practice's PDF); each route declares its own limit, at most this. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Forms with files read at once by one instance: what they may hold in memory stays bounded. */
export const MAX_CONCURRENT_UPLOADS = 8;

/** A route that takes a form with files says so, and how large each file may be. */
export interface MultipartOptions {
  maxFileBytes: number;
  /** How many files one form may carry; 1 unless said. */
  maxFiles?: number;
}

export interface Upload {
  filename: string;
  bytes: Buffer;
}

/** A file over its route's limit: reading stopped there. `req.body` holds the fields read before it. */
export class FileTooLargeError extends AppError {
  constructor(readonly field: string) {
    super('body_too_large', 413);
  }
}

/**
 * Forms with files (multipart/form-data) arrive as plain fields, like any other form: strings, and an
 * Upload for each file chosen. Only routes with `config.multipart` take them (others answer 415), only for
 * a signed-in person, a few at a time; the CSRF token must come before the first file, and is checked before
 * any of the file is read. Each file is read up to its route's limit, no further.
 */
export async function registerMultipart(app: FastifyInstance) {
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 100, fieldSize: 100 * 1024, parts: 110 },
    throwFileSizeLimit: false,
  });
  let active = 0;
  // A callback hook, like the CSRF check itself: when that check refuses, it answers and the request stops here.
  app.addHook('preValidation', (req, reply, done) => {
    if (!req.isMultipart() || req.is404) return done();
    const opts = req.routeOptions.config.multipart;
    // Nothing of the body has been read yet: a refusal here costs no memory.
    if (!opts) return done(new AppError('unsupported_media_type', 415));
    if (!req.user) return done(unauthenticated());
    if (active >= MAX_CONCURRENT_UPLOADS) {
      reply.header('retry-after', '10');
      return done(new AppError('uploads_busy', 503));
    }
    active++;
    // Freed when the answer is sent, or when the connection drops before that.
    let held = true;
    const release = () => {
      if (held) active--;
      held = false;
    };
    reply.raw.once('finish', release).once('close', release);
    readForm(req, reply, opts).then(
      (checked) => checked && done(),
      (err) => {
        discardRest(req);
        done(asClientError(err));
      },
    );
  });
}

/** Busboy's own errors (no boundary, a body cut short) carry no status: the body was wrong, a 400. */
const asClientError = (err: unknown) =>
  err instanceof AppError || (err instanceof Error && 'statusCode' in err)
    ? err
    : new AppError('invalid', 400);

/** Reads the parts in order; false when the CSRF check refused (it has answered already). */
async function readForm(req: FastifyRequest, reply: FastifyReply, opts: MultipartOptions): Promise<boolean> {
  const fields: Record<string, string | Upload | (string | Upload)[]> = {};
  const add = (name: string, value: string | Upload) => {
    const prev = fields[name];
    fields[name] = prev === undefined ? value : [prev, value].flat();
  };
  req.body = fields;
  let csrfChecked = false;
  const parts = req.parts({ limits: { fileSize: opts.maxFileBytes, files: opts.maxFiles ?? 1 } });
  for await (const part of parts) {
    if (part.type === 'field') {
      if (part.valueTruncated || part.fieldnameTruncated) throw new AppError('body_too_large', 413);
      if (typeof part.value !== 'string') throw new AppError('invalid', 400);
      add(part.fieldname, part.value);
      continue;
    }
    if (!csrfChecked) {
      if (!csrfPasses(req, reply)) {
        discardRest(req);
        return false;
      }
      csrfChecked = true;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of part.file) chunks.push(chunk);
    // Busboy stops handing over bytes at the limit and marks the file truncated.
    if (part.file.truncated) throw new FileTooLargeError(part.fieldname);
    const bytes = Buffer.concat(chunks);
    // An empty file field (no file chosen) is no field at all, as for a browser's empty text field.
    if (bytes.length) add(part.fieldname, { filename: part.filename, bytes });
  }
  return true;
}

/**
 * The platform's own CSRF check, the one every form goes through (it runs again on the whole form before the
 * handler), here on the fields read before the first file. When it refuses, it answers the request itself.
 */
function csrfPasses(req: FastifyRequest, reply: FastifyReply): boolean {
  let passed = false;
  let error: unknown;
  req.server.csrfProtection(req, reply, (err?: unknown) => {
    if (err) error = err;
    else passed = true;
  });
  if (error) throw error;
  return passed;
}

/** What is left of a refused body is read off the wire and dropped, so that the answer reaches the browser. */
function discardRest(req: FastifyRequest) {
  req.raw.unpipe();
  req.raw.resume();
}

/**
 * What a file's name may not hold: controls (C0, C1), format characters (bidirectional controls such as U+202E,
 * which can make "fdp.exe" read as "exe.pdf", zero-width characters, U+FEFF…), line and paragraph
 * separators, lone surrogates, and the fillers that show as blank.
 */
const HIDDEN_IN_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;
const NAME_MAX_CHARS = 120;

/**
 * A file's name made safe to store, show and send back in a header: the last segment of its path, in NFC,
 * without hidden characters, at most 120 characters, and ending in `extension` (the type found in its bytes),
 * whatever it ended in. A name with nothing visible left becomes "document".
 */
export function safeFileName(filename: string, extension: string): string {
  const ext = extension.toLowerCase();
  const base = (filename.split(/[/\\]/).pop() ?? '')
    // Browsers send quotes and line breaks in a file's name %-escaped (HTML's multipart encoding).
    .replace(/%22/g, '"')
    .replace(/%0[ad]/gi, '')
    .replace(HIDDEN_IN_NAME, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  const stem = base.slice(-ext.length).toLowerCase() === ext ? base.slice(0, -ext.length) : base;
  // Code points, not UTF-16 units, so that cutting never splits a character in two.
  const cut = [...stem.replace(/^[.\s]+|[.\s]+$/g, '')].slice(0, NAME_MAX_CHARS).join('').trim();
  return `${cut || 'document'}${ext}`;
}

export const isUpload = (v: unknown): v is Upload =>
  !!v && typeof v === 'object' && 'bytes' in v && Buffer.isBuffer((v as Upload).bytes);

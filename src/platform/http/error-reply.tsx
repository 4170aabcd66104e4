import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, isLocale, negotiateLocale, type Params, translator } from '../i18n/index.ts';
import { ErrorPage, errorTitleKey } from '../ui/error-page.tsx';
import { AppError } from './errors.ts';

/**
 * How every refusal is answered: the error page in the reader's language, or problem+json under /api/; a
 * GET that needs an account goes to the sign-in page and comes back.
 */
export function registerErrorReplies(app: FastifyInstance) {
  app.setNotFoundHandler((req, reply) => sendError(req, reply, 404, 'not_found'));

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { status, code, fields, params } = classify(err);
    if (status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ status, code }, 'request refused');
    if (code === 'auth.required' && !isApi(req)) {
      const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.url)}` : '';
      return reply.redirect(`/${req.locale}/sign-in${next}`, 303);
    }
    return sendError(req, reply, status, code, fields, params);
  });
}

/** The few refusals Node's HTTP parser makes before any route runs, as status and stable code. */
const CLIENT_ERRORS: Record<string, { status: number; code: ErrorCode }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'request_too_long' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request_timeout' },
};

/**
 * Fastify's `clientErrorHandler`: Node refuses a request it cannot parse (a 20,000-character address is over
 * its header limit) before Fastify sees it, and Fastify's own answer is English JSON. This one is the error
 * page (problem+json under /api/) in the language the request line or Accept-Language asks for.
 */
export function answerClientError(
  this: FastifyInstance,
  err: Error & { code?: string; rawPacket?: unknown },
  socket: Duplex,
) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code } = CLIENT_ERRORS[err.code ?? ''] ?? { status: 400, code: 'invalid' as const };
  this.log.info({ status, code: err.code }, 'request refused by the HTTP parser');
  if (socket.writable) {
    // What was received (at most Node's header limit and a chunk): the request line, and Accept-Language if it came.
    const raw = (Buffer.isBuffer(err.rawPacket) ? err.rawPacket : Buffer.alloc(0)).toString('latin1');
    const target = /^[A-Z]+ (\S+)/.exec(raw.slice(0, 1024))?.[1] ?? '/';
    const first = target.split(/[/?#]/)[1];
    const locale = isLocale(first)
      ? first
      : negotiateLocale(/\r\naccept-language: *([^\r\n]*)/i.exec(raw)?.[1]);
    const t = translator(locale);
    const api = target.startsWith('/api/');
    const body = api
      ? JSON.stringify({
          type: 'about:blank',
          title: t(errorTitleKey(status)),
          status,
          code,
          detail: t(`err.${code}`),
        })
      : this.errorDocument(locale, status, code);
    // end(), not destroy(): the page is larger than one packet, and must reach the client whole.
    return socket.end(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
        `content-type: ${api ? 'application/problem+json' : 'text/html'}; charset=utf-8`,
        `content-length: ${Buffer.byteLength(body)}`,
        `content-language: ${locale}`,
        "content-security-policy: default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        'x-content-type-options: nosniff',
        'connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy();
}

function isApi(req: FastifyRequest) {
  return req.url.startsWith('/api/');
}

function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  fields?: Partial<Record<string, ErrorCode>>,
  params?: Params,
) {
  const t = translator(req.locale);
  if (isApi(req)) {
    return reply
      .status(status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({
        type: 'about:blank',
        title: t(errorTitleKey(status)),
        status,
        code,
        detail: t(`err.${code}`, params),
        fields,
      });
  }
  return reply.page({
    title: t(errorTitleKey(status)),
    status,
    body: <ErrorPage status={status} code={code} params={params} />,
  });
}

/** Maps anything thrown to a status and a stable code. Unknown errors are 500s and never show their message. */
function classify(err: FastifyError): {
  status: number;
  code: ErrorCode;
  fields?: Partial<Record<string, ErrorCode>>;
  params?: Params;
} {
  if (err instanceof AppError)
    return { status: err.status, code: err.code, fields: err.fields, params: err.params };
  if (err.code?.startsWith('FST_CSRF_')) return { status: 403, code: 'csrf' };
  const status = err.statusCode ?? 500;
  if (status >= 500 || status < 400) return { status: 500, code: 'internal' };
  const byStatus: Partial<Record<number, ErrorCode>> = {
    401: 'auth.required',
    403: 'forbidden',
    404: 'not_found',
    413: 'body_too_large',
    415: 'unsupported_media_type',
    429: 'rate_limited',
  };
  return { status, code: byStatus[status] ?? 'invalid' };
}

import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { eq } from 'drizzle-orm';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { readSessionCookie } from '../auth/cookie.ts';
import { sha256 } from '../auth/crypto.ts';
import type { Deps } from '../deps.ts';
import type { MenuEntry } from '../feature.ts';
import {
  type ErrorCode,
  isLocale,
  type Locale,
  type MessageKey,
  negotiateLocale,
  type Params,
  translator,
} from '../i18n/index.ts';
import type { Flash, ViewContext } from '../ui/context.ts';
import { ViewCtx } from '../ui/context.ts';
import { ErrorPage, errorTitleKey } from '../ui/error-page.tsx';
import { showsFormErrors } from '../ui/form.tsx';
import { Layout } from '../ui/layout.tsx';
import { buildAssetManifest, publicDir } from './assets.ts';
import { AppError, notFound } from './errors.ts';
import { registerInputBoundary } from './input.ts';
import { registerMultipart } from './multipart.ts';
import { registerRateLimits } from './rate-limit.ts';
import { settings } from './schema.ts';
import type { DocumentOptions, PageOptions } from './types.ts';
import './types.ts';
import { registerDownloads } from './download.ts';

const FLASH_COOKIE = 'flash';

/** The cookie-signing secret: from COOKIE_SECRET, or made once and kept in the database for every instance. */
async function cookieSecret(deps: Deps): Promise<string> {
  if (deps.config.cookieSecret) return deps.config.cookieSecret;
  await deps.db
    .insert(settings)
    .values({ key: 'cookie_secret', value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await deps.db.select().from(settings).where(eq(settings.key, 'cookie_secret')).limit(1);
  if (!row) throw new Error('cookie secret missing');
  return row.value;
}

/**
 * Everything every page and route relies on: security, parsing, compression, languages, sessions, rendering,
 * errors. `site.menu` is filled once the features are built, before the first page renders.
 */
export async function registerHttpPlatform(
  app: FastifyInstance,
  deps: Deps,
  site: { menu: readonly MenuEntry[] } = { menu: [] },
) {
  const { config } = deps;
  const assets = buildAssetManifest();
  const secure = config.secureCookies;

  const secret = await cookieSecret(deps);
  await app.register(fastifyCookie, { secret });
  await app.register(fastifyFormbody, { bodyLimit: config.bodyLimit });
  await registerMultipart(app);
  registerDownloads(app);
  registerInputBoundary(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: secure ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Brotli's default level is for files built once; level 4 compresses pages nearly as well, far faster.
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await registerRateLimits(app, deps);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    // Under https the __Host- prefix keeps a sibling subdomain from planting its own secret.
    cookieKey: secure ? '__Host-csrf' : '_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure, signed: true },
    // A token is bound to the session it was made for: another browser's secret and token fail with this one's.
    getUserInfo: (req) => csrfBinding(req, config),
    csrfOpts: { hmacKey: createHmac('sha256', secret).update('csrf').digest() },
  });
  await app.register(fastifyStatic, { root: publicDir, serve: false });

  app.get<{ Params: { file: string } }>('/static/:file', { config: { skipSession: true } }, (req, reply) => {
    const real = assets.resolve(req.params.file);
    if (!real) throw notFound();
    return reply.sendFile(real, { maxAge: 365 * 24 * 3600_000, immutable: true });
  });

  // The language comes from the URL's first segment; elsewhere (API, 404s) from Accept-Language.
  app.decorateRequest('locale', 'fr');
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req, reply) => {
    const first = req.url.split(/[/?#]/)[1];
    req.locale = isLocale(first) ? first : negotiateLocale(req.headers['accept-language']);
    reply.header('x-request-id', req.id);
    if (req.routeOptions.config.skipSession) return;
    const token = readSessionCookie(req, config);
    if (token) req.user = await deps.sessions.lookup(token);
  });

  // Every state-changing request carries a CSRF token, whatever route it reaches, and comes from our own pages.
  const ownOrigin = new URL(config.baseUrl).origin;
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return done();
    if (!sameOrigin(req, ownOrigin)) return done(new AppError('csrf', 403));
    app.csrfProtection(req, reply, done);
  });

  app.decorateReply('page', function (this: FastifyReply, opts: PageOptions) {
    const req = this.request;
    const t = translator(req.locale);
    let token: string | undefined;
    const ctx: ViewContext = {
      locale: req.locale,
      t,
      pathInLocale: pathWithoutLocale(req),
      user: req.user,
      csrfToken: () => {
        token ??= this.generateCsrf({ userInfo: csrfBinding(req, config) });
        return token;
      },
      asset: (name) => assets.url(name),
      flash: readFlash(req, this),
      requestId: String(req.id),
      menu: site.menu,
    };
    const status = opts.status ?? 200;
    let html = renderToString(
      <ViewCtx.Provider value={ctx}>
        <Layout title={opts.title}>{opts.body}</Layout>
      </ViewCtx.Provider>,
    );
    // A form shown again with its errors (a 4xx whose error summary lists them) says so first in its title
    // (WCAG 3.3.1). Known only once the body has rendered, after the head: the prefix goes in then.
    if (status >= 400 && status < 500 && showsFormErrors(ctx))
      html = html.replace('<title>', `<title>${escapeText(`${t('form.title_error_prefix')} `)}`);
    return this.status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'private, no-cache')
      .send(`<!doctype html>${html}`);
  });

  // Downloaded documents carry their stylesheet inside, so that they read the same offline.
  const documentCss = fs.readFileSync(path.join(publicDir, 'document.css'), 'utf8');
  app.decorateReply('document', function (this: FastifyReply, opts: DocumentOptions) {
    const req = this.request;
    const ctx: ViewContext = {
      locale: req.locale,
      t: translator(req.locale),
      pathInLocale: pathWithoutLocale(req),
      user: null,
      csrfToken: () => '',
      asset: (name) => assets.url(name),
      flash: null,
      requestId: String(req.id),
      menu: site.menu,
    };
    const html = renderToString(
      <ViewCtx.Provider value={ctx}>
        <html lang={req.locale}>
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{opts.title}</title>
            {/* Our own stylesheet, read from public/: trusted, and CSS must not be entity-escaped. */}
            <style dangerouslySetInnerHTML={{ __html: documentCss }} />
          </head>
          <body>
            <main>{opts.body}</main>
          </body>
        </html>
      </ViewCtx.Provider>,
    );
    return this.header('content-type', 'text/html; charset=utf-8')
      .saveAs(opts.filename)
      .header('cache-control', 'private, no-cache')
      .send(`<!doctype html>${html}`);
  });

  // The error page outside any request: what the server answers when Node refuses a request before Fastify.
  app.decorate('errorDocument', (locale: Locale, status: number, code: ErrorCode) => {
    const t = translator(locale);
    const ctx: ViewContext = {
      locale,
      t,
      pathInLocale: '/',
      user: null,
      csrfToken: () => '',
      asset: (name) => assets.url(name),
      flash: null,
      requestId: '',
      menu: site.menu,
    };
    return `<!doctype html>${renderToString(
      <ViewCtx.Provider value={ctx}>
        <Layout title={t(errorTitleKey(status))}>
          <ErrorPage status={status} code={code} />
        </Layout>
      </ViewCtx.Provider>,
    )}`;
  });

  app.decorateReply('flash', function (this: FastifyReply, f: Flash) {
    return this.setCookie(FLASH_COOKIE, JSON.stringify(f), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      signed: true,
      maxAge: 300,
    });
  });

  app.decorateReply('see', function (this: FastifyReply, path: string) {
    return this.redirect(`/${this.request.locale}${path === '/' ? '' : path}`, 303);
  });

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

/** What a CSRF token is bound to: the session cookie (hashed), or nothing yet for a visitor who is not signed in. */
function csrfBinding(req: FastifyRequest, config: Deps['config']): string {
  const session = readSessionCookie(req, config);
  return session ? sha256(session) : 'anonymous';
}

/**
 * The second line against cross-site requests: a browser says where a form comes from in Origin (or, for
 * older ones, Referer). Requests that send neither (scripts, tests) rely on the token alone.
 */
function sameOrigin(req: FastifyRequest, ownOrigin: string): boolean {
  const from = req.headers.origin ?? req.headers.referer;
  if (typeof from !== 'string' || from === '') return true;
  let origin: string;
  try {
    origin = new URL(from).origin;
  } catch {
    return false;
  }
  return origin === ownOrigin || origin === `${req.protocol}://${req.host}`;
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

/** Text as the renderer escapes it inside an element. */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pathWithoutLocale(req: FastifyRequest): string {
  const first = req.url.split(/[/?#]/)[1];
  if (!isLocale(first)) return '/';
  const rest = req.url.slice(first.length + 1);
  return rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
}

function readFlash(req: FastifyRequest, reply: FastifyReply): Flash | null {
  const raw = req.cookies[FLASH_COOKIE];
  if (!raw) return null;
  reply.clearCookie(FLASH_COOKIE, { path: '/' });
  const unsigned = req.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const f = JSON.parse(unsigned.value) as Flash;
    return typeof f.key === 'string' && (f.kind === 'success' || f.kind === 'info')
      ? {
          kind: f.kind,
          key: f.key as MessageKey,
          params: f.params,
          at: typeof f.at === 'string' ? f.at : undefined,
        }
      : null;
  } catch {
    return null;
  }
}

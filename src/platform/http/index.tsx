import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
  translator,
} from '../i18n/index.ts';
import type { Flash, ViewContext } from '../ui/context.ts';
import { ViewCtx } from '../ui/context.ts';
import { ErrorPage, errorTitleKey } from '../ui/error-page.tsx';
import { showsFormErrors } from '../ui/form.tsx';
import { Layout } from '../ui/layout.tsx';
import { buildAssetManifest, publicDir } from './assets.ts';
import { registerErrorReplies } from './error-reply.tsx';
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
        // The finder's map tiles, only where a tile server is configured.
        imgSrc: [
          "'self'",
          'data:',
          ...(config.mapTiles ? [new URL(config.mapTiles.url.replace(/[{}]/g, '')).origin] : []),
        ],
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

  registerErrorReplies(app);
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

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { LOCALES } from '../i18n/index.ts';

/** Long enough to fill in the page the link opens (or sign in first), short enough not to linger. */
const MAX_AGE_SECONDS = 3600;

/**
 * The one-time token of an emailed link, moved out of the URL. The link's own address answers with this
 * cookie and a 303 to the page without the token, so that the token stays out of request logs, the
 * browser's history and Referer headers; the page and its form then read it from here.
 *
 * The cookie is HttpOnly, signed, SameSite=Lax (a link clicked in a mail program is a top-level navigation,
 * so the cookie comes along) and sent only to the pages named: once per language, so that switching
 * language on the page keeps the link working.
 */
export function linkTokenCookie(name: string, pages: readonly string[]) {
  const paths = LOCALES.flatMap((l) => pages.map((p) => `/${l}${p}`));
  return {
    keep(reply: FastifyReply, config: Config, token: string) {
      for (const path of paths) {
        reply.setCookie(name, token, {
          path,
          httpOnly: true,
          sameSite: 'lax',
          secure: config.secureCookies,
          signed: true,
          maxAge: MAX_AGE_SECONDS,
        });
      }
      return reply.header('cache-control', 'no-store');
    },
    read(req: FastifyRequest): string | undefined {
      const raw = req.cookies[name];
      if (!raw) return undefined;
      const u = req.unsignCookie(raw);
      return u.valid && u.value ? u.value : undefined;
    },
    /** Once the token is used: the cookie would only lead to an "invalid link" page. */
    drop(reply: FastifyReply) {
      for (const path of paths) reply.clearCookie(name, { path });
      return reply;
    },
  };
}

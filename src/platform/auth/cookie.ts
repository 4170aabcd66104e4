import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';

export function sessionCookieName(config: Config) {
  // The __Host- prefix makes the browser refuse the cookie unless it is Secure, host-only and path=/.
  return config.secureCookies ? '__Host-sid' : 'sid';
}

export function readSessionCookie(req: FastifyRequest, config: Config): string | undefined {
  return req.cookies[sessionCookieName(config)];
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    maxAge: Math.floor(config.sessionTtlMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(sessionCookieName(config), { path: '/' });
}

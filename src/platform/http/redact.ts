import type { FastifyRequest } from 'fastify';

export const REDACTED = '[redacted]';

// Both also match percent-encoded, as inside a ?next= that carries another page's address.
/** Query parameters that carry a one-time token: ?token= (verification, reset), ?referral=. */
const TOKEN_PARAM = /((?:[?&]|%3F|%26)(?:token|referral)(?:=|%3D))[^&#]*/gi;
/** Path segments that are a token: /invitations/<token>, /join/<token>, /shared/<token> (a share link). */
const TOKEN_SEGMENT = /((?:\/|%2F)(?:invitations|join|shared)(?:\/|%2F))[^/?#&]+/gi;

/**
 * A URL as the log may show it: whoever reads the logs must not be able to follow a reset, verification,
 * invitation or referral link. Over-redacting is harmless; a token left in is not.
 */
export function redactUrl(url: string): string {
  return url.replace(TOKEN_SEGMENT, `$1${REDACTED}`).replace(TOKEN_PARAM, `$1${REDACTED}`);
}

/** The request as each log line shows it: Fastify's usual fields, the URL redacted. */
export function requestLogValue(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

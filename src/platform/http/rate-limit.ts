import fastifyRateLimit from '@fastify/rate-limit';
import { lt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { Deps } from '../deps.ts';
import { AppError } from './errors.ts';
import { rateLimits } from './schema.ts';

type Incr = (key: string, windowMs: number) => Promise<{ current: number; ttl: number }>;

/** Counters every instance shares: in Redis when REDIS_URL is set, else in the database's `rate_limits` table. */
function sharedCounter(deps: Deps, redis: Redis | null): Incr {
  if (redis) {
    return async (key, windowMs) => {
      const [[, current], [, ttl]] = (await redis
        .multi()
        .incr(`inclusio:rl:${key}`)
        .pexpire(`inclusio:rl:${key}`, windowMs, 'NX')
        .pttl(`inclusio:rl:${key}`)
        .exec()
        .then((r) => [r?.[0], r?.[2]])) as [[unknown, number], [unknown, number]];
      return { current, ttl: Math.max(0, ttl) };
    };
  }
  let calls = 0;
  return async (key, windowMs) => {
    const now = deps.clock.now();
    const reset = new Date(now.getTime() + windowMs);
    // One statement: a window that has run out starts again at 1, so counters never need a sweep to be right.
    const [row] = await deps.db
      .insert(rateLimits)
      .values({ key, hits: 1, resetAt: reset })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          hits: sql`case when ${rateLimits.resetAt} <= ${now} then 1 else ${rateLimits.hits} + 1 end`,
          resetAt: sql`case when ${rateLimits.resetAt} <= ${now} then ${reset} else ${rateLimits.resetAt} end`,
        },
      })
      .returning({ hits: rateLimits.hits, resetAt: rateLimits.resetAt });
    if (++calls % 500 === 0) await deps.db.delete(rateLimits).where(lt(rateLimits.resetAt, now));
    return {
      current: row?.hits ?? 1,
      ttl: Math.max(0, (row?.resetAt ?? reset).getTime() - now.getTime()),
    };
  };
}

export async function registerRateLimits(app: FastifyInstance, deps: Deps) {
  const redis = deps.config.redisUrl
    ? new Redis(deps.config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 })
    : null;
  if (redis) {
    await redis.connect();
    app.addHook('onClose', async () => {
      await redis.quit();
    });
  }
  const incr = sharedCounter(deps, redis);
  /** The store @fastify/rate-limit talks to. Keys carry their own scope, so every route and language share it. */
  class SharedStore {
    incr(
      key: string,
      cb: (err: Error | null, res?: { current: number; ttl: number }) => void,
      windowMs: number,
    ) {
      incr(key, windowMs).then(
        (r) => cb(null, r),
        (e: Error) => cb(e),
      );
    }
    child() {
      return this;
    }
  }
  await app.register(fastifyRateLimit, {
    global: false,
    store: SharedStore as never,
    errorResponseBuilder: () => new AppError('rate_limited', 429),
  });
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const emailOf = (req: FastifyRequest) => {
  const v = (req.body as Record<string, unknown> | undefined)?.email;
  return typeof v === 'string' ? v.trim().toLowerCase().slice(0, 254) : '';
};

/**
 * The limits of one sign-in, sign-up or reset action: per client IP, whatever the language of the page, and
 * per target account (the email typed), so that an attack spread over many addresses is slowed too.
 * They run after the CSRF check, on the parsed form.
 */
export function authLimits(app: FastifyInstance, deps: Deps, action: string) {
  const perAccount = app.createRateLimit({
    max: deps.config.rateLimitAccountMax,
    timeWindow: HOUR,
    keyGenerator: (req) => `account:${action}:${emailOf(req)}`,
  });
  return {
    config: {
      rateLimit: {
        max: deps.config.rateLimitAuthMax,
        timeWindow: MINUTE,
        hook: 'preHandler' as const,
        keyGenerator: (req: FastifyRequest) => `ip:${action}:${req.ip}`,
      },
    },
    preHandler: async (req: FastifyRequest, reply: FastifyReply) => {
      if (!emailOf(req)) return;
      const r = await perAccount(req);
      if (!r.isAllowed && r.isExceeded) {
        reply.header('retry-after', r.ttlInSeconds);
        throw new AppError('rate_limited', 429);
      }
    },
  };
}

/**
 * The limit of another form anyone may send (a dispute about an enterprise number): RATE_LIMIT_AUTH_MAX per
 * client IP and action per hour, whatever the language of the page. It runs after the CSRF check.
 */
export function formLimits(deps: Deps, action: string) {
  return {
    config: {
      rateLimit: {
        max: deps.config.rateLimitAuthMax,
        timeWindow: HOUR,
        hook: 'preHandler' as const,
        keyGenerator: (req: FastifyRequest) => `ip:${action}:${req.ip}`,
      },
    },
  };
}

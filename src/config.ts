import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

/** Every environment variable Inclusio reads. The README's table is written from this list. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  BASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Inclusio <no-reply@inclusio.localhost>'),
  MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  TRUST_PROXY: bool.default(false),
  COOKIE_SECRET: z.string().min(32).optional(),
  RATE_LIMIT_AUTH_MAX: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_ACCOUNT_MAX: z.coerce.number().int().min(1).default(30),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be redis://host:6379 or rediss://…')
    .optional(),
  MAP_TILE_URL: z
    .string()
    .regex(/^https:\/\/[^/\s]+\/\S*\{z\}\S*\{x\}\S*\{y\}\S*$/, 'must be https://host/…{z}/{x}/{y}…')
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(300).optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
  REPORT_DUE_DATE: z
    .string()
    .regex(/^\d{2}-\d{2}$/, 'must be MM-DD, like 03-31')
    .refine((v) => {
      // A day that exists every year: 02-29 does not.
      const d = new Date(`2025-${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(5, 10) === v;
    }, 'must be a day that exists every year, like 03-31')
    .default('03-31'),
  REPORT_GRACE_MONTHS: z.coerce.number().int().min(0).max(36).default(12),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Days after which a sent (or abandoned) message's body is cleared from the outbox. */
  mailRetentionDays: number;
  logLevel: string;
  sessionTtlMs: number;
  trustProxy: boolean;
  secureCookies: boolean;
  cookieSecret: string | undefined;
  rateLimitAuthMax: number;
  /** Attempts per target account (email) per hour, across every IP. */
  rateLimitAccountMax: number;
  /** Shared counters (rate limits) in Redis instead of the database. */
  redisUrl: string | undefined;
  bodyLimit: number;
  /** Map tiles for the finder's interactive map (Leaflet), which appears only when this is set. */
  mapTiles: { url: string; attribution: string } | undefined;
  /** Yearly reports: the day each year's report is due (MM-DD), and how long a late one waits before lapsing. */
  reporting: { dueDate: string; graceMonths: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once. A bad value throws a ConfigError naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`,
      ),
    );
  }
  const e = parsed.data;
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    baseUrl,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailRetentionDays: e.MAIL_RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    trustProxy: e.TRUST_PROXY,
    secureCookies: baseUrl.startsWith('https://'),
    cookieSecret: e.COOKIE_SECRET,
    rateLimitAuthMax: e.RATE_LIMIT_AUTH_MAX,
    rateLimitAccountMax: e.RATE_LIMIT_ACCOUNT_MAX,
    redisUrl: e.REDIS_URL,
    bodyLimit: e.BODY_LIMIT_BYTES,
    mapTiles: e.MAP_TILE_URL
      ? { url: e.MAP_TILE_URL, attribution: e.MAP_TILE_ATTRIBUTION ?? '© OpenStreetMap contributors' }
      : undefined,
    reporting: { dueDate: e.REPORT_DUE_DATE, graceMonths: e.REPORT_GRACE_MONTHS },
  };
}

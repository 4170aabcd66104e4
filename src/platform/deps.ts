import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { Audit } from './audit/index.ts';
import type { Sessions } from './auth/sessions.ts';
import type { Clock } from './clock.ts';
import type { Mail } from './mail/index.ts';

/** What every feature service is built from. Built once in app.ts; tests build it with their own clock. */
export interface Deps {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  log: Logger;
  mail: Mail;
  audit: Audit;
  sessions: Sessions;
}

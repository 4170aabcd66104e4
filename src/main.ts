import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openConfiguredDatabase } from './db/client.ts';
import { DataDirLockedError } from './db/lock.ts';

const MAIL_EVERY_MS = 5_000;
const PURGE_EVERY_MS = 3600_000;
/** The weekly digest is claimed once per week across instances; checking hourly sends it early on Monday. */
const DIGEST_EVERY_MS = 3600_000;
/** The reporting job is idempotent (each reminder once, each status change once): hourly keeps it on time. */
const REPORTS_EVERY_MS = 3600_000;

/** Starts Inclusio: config, database (migrated), HTTP server, background work; stops cleanly on SIGTERM/SIGINT. */
export async function serve(env: Record<string, string | undefined> = process.env): Promise<void> {
  const config = loadConfig(env);
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
  } catch (e) {
    await database.close();
    throw e;
  }
  const { app, deps, services } = await buildApp({ config, database });

  let stopping = false;
  const timers = [
    setInterval(() => {
      deps.mail.flush().catch((err) => app.log.error({ err }, 'mail worker failed'));
    }, MAIL_EVERY_MS),
    setInterval(() => {
      services.following.sendWeeklyDigest().catch((err) => app.log.error({ err }, 'weekly digest failed'));
    }, DIGEST_EVERY_MS),
    setInterval(() => {
      services.reports.runLifecycle().catch((err) => app.log.error({ err }, 'reporting job failed'));
    }, REPORTS_EVERY_MS),
    setInterval(() => {
      deps.sessions.purgeExpired().catch((err) => app.log.error({ err }, 'session purge failed'));
    }, PURGE_EVERY_MS),
  ];
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    for (const t of timers) clearInterval(t);
    await app.close();
    await database.close();
    app.log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { engine: database.engine, dataDir: config.dataDir },
    `Inclusio is ready on ${config.baseUrl}`,
  );
}

/** Prints a startup failure the person can act on, without a stack trace for the expected ones. */
export function failStartup(e: unknown): never {
  if (e instanceof ConfigError || e instanceof DataDirLockedError) console.error(`inclusio: ${e.message}`);
  else console.error('inclusio: could not start:', e);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) serve().catch(failStartup);

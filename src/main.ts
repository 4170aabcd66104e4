import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openConfiguredDatabase } from './db/client.ts';
import { DataDirLockedError } from './db/lock.ts';

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
  const { app, jobs } = await buildApp({ config, database });

  let stopping = false;
  // Every job repeats on its own timer; each failure is logged, and the next round tries again.
  const timers = jobs.map((job) =>
    setInterval(() => {
      job.run().catch((err) => app.log.error({ err, job: job.name }, 'background job failed'));
    }, job.everyMs),
  );
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

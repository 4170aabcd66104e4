import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { createAccountsService } from './features/accounts/service.ts';
import { failStartup, serve } from './main.ts';
import { AppError } from './platform/http/errors.ts';
import { email, text } from './platform/http/fields.ts';
import { LOCALES } from './platform/i18n/index.ts';

const HELP = `Usage: npm run cli -- <command> [options]

Commands:
  serve                         start the web server (same as npm start)
  migrate                       apply database migrations, then exit
  users:create --email E [--name N] [--admin] [--locale fr|nl|de|en]
                                create an account and print a one-time link (valid 7 days)
                                where its owner chooses a password
  mail:flush                    send every message waiting in the outbox, then exit
  help                          show this help

The database is the one the server uses: PostgreSQL when DATABASE_URL is set, otherwise
the embedded database under DATA_DIR (stop the server first: one process at a time).`;

class UsageError extends Error {}

async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgres', url: config.databaseUrl }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Runs one command with a built app (services, mail, config) and closes everything after. */
async function withApp<T>(fn: (ctx: Awaited<ReturnType<typeof buildApp>>) => Promise<T>): Promise<T> {
  return withDatabase(async (database) => {
    const config = { ...loadConfig(), logLevel: 'warn' };
    const built = await buildApp({ config, database });
    try {
      return await fn(built);
    } finally {
      await built.app.close();
    }
  });
}

const createUserArgs = z.object({
  email: email(),
  name: text(100).optional(),
  admin: z.boolean().default(false),
  locale: z.enum(LOCALES, 'invalid').default('fr'),
});

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve();
      return -1; // keeps running
    case 'migrate': {
      const engine = await withDatabase(async (db) => db.engine);
      console.log(`Migrations applied (${engine}).`);
      return 0;
    }
    case 'users:create': {
      const { values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          admin: { type: 'boolean' },
          locale: { type: 'string' },
        },
        strict: true,
      });
      const parsed = createUserArgs.safeParse(values);
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new UsageError(
          `--${String(i?.path[0])}: ${i?.message === 'required' ? 'is required' : 'is not valid'}`,
        );
      }
      const a = parsed.data;
      const result = await withApp(({ deps }) =>
        createAccountsService(deps).provision({
          email: a.email,
          name: a.name ?? a.email.split('@')[0] ?? a.email,
          admin: a.admin,
          locale: a.locale,
        }),
      );
      console.log(`Created ${a.admin ? 'admin' : 'user'} ${result.user.email}.`);
      console.log('Send this one-time link to its owner to choose a password (valid 7 days):');
      console.log(result.link);
      return 0;
    }
    case 'mail:flush': {
      const sent = await withApp(({ deps }) => deps.mail.flush());
      console.log(`${sent} message(s) sent.`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    if (
      e instanceof UsageError ||
      (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      console.error(`inclusio: ${e.message}\n\n${HELP}`);
      process.exit(2);
    }
    if (e instanceof AppError && e.code === 'email.taken') {
      console.error('inclusio: an account with this email already exists.');
      process.exit(1);
    }
    if (e instanceof ConfigError) failStartup(e);
    failStartup(e);
  },
);

import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { type Database, openConfiguredDatabase } from './db/client.ts';
import { DEMO_COORDINATOR, DEMO_HELPER } from './demo/facilitation/index.ts';
import { DEMO_ADMIN, DEMO_PASSWORD, isEmpty, seedDemo } from './demo/seed.ts';
import { failStartup, serve } from './main.ts';
import { type Clock, ManualClock } from './platform/clock.ts';
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
  jobs:run NAME                 run one of the server's background jobs now, then exit (the server runs
                                each by itself); without NAME, list them: mail, weekly-digest, reporting…
  ledger:verify                 check the signature ledger's hash chain; exit 1 if it is broken
  seed:demo                     load fictional demo organisations (refused on a database that has any)
  demo                          start on the separate demo folder ./data-demo, seeded on first run
  help                          show this help

The database is the one the server uses: PostgreSQL when DATABASE_URL is set, otherwise
the embedded database under DATA_DIR (stop the server first: one process at a time).`;

class UsageError extends Error {}

async function withDatabase<T>(fn: (db: Database) => Promise<T>, env = process.env): Promise<T> {
  const config = loadConfig(env);
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Runs one command with a built app (services, mail, config) and closes everything after. */
async function withApp<T>(
  fn: (ctx: Awaited<ReturnType<typeof buildApp>>) => Promise<T>,
  env = process.env,
  clock?: Clock,
): Promise<T> {
  return withDatabase(async (database) => {
    const config = { ...loadConfig(env), logLevel: 'warn' };
    const built = await buildApp({ config, database, clock });
    try {
      return await fn(built);
    } finally {
      await built.app.close();
    }
  }, env);
}

const createUserArgs = z.object({
  email: email(),
  name: text(100).optional(),
  admin: z.boolean().default(false),
  locale: z.enum(LOCALES, 'invalid').default('fr'),
});

/** Loads the demo; refused on a database that already holds organisations, so demo and real data never mix. */
async function seed(env: Record<string, string | undefined>, quietIfDone = false): Promise<number> {
  const clock = new ManualClock();
  return withApp(
    async (built) => {
      if (!(await isEmpty(built))) {
        if (quietIfDone) return 0;
        throw new UsageError(
          'this database already holds organisations: the demo only loads into an empty one',
        );
      }
      console.log('Loading the demo organisations…');
      const r = await seedDemo(built, clock, (m) => console.log(m));
      const f = r.facilitation;
      console.log(`${r.organisations} demo organisations loaded.`);
      console.log(
        `A network of ${f.structures} host structures, ${f.helpers} digital helpers, ${f.sessions} support sessions.`,
      );
      console.log(`${r.helpPoints} fictional help points across the three regions.`);
      console.log(`Sign in as the secretariat: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
      console.log(`or as a member: member1@demo.inclusio.invalid / ${DEMO_PASSWORD}`);
      console.log(`or as the network's coordinator: ${DEMO_COORDINATOR} / ${DEMO_PASSWORD}`);
      console.log(`or as a digital helper: ${DEMO_HELPER} / ${DEMO_PASSWORD}`);
      return 0;
    },
    env,
    clock,
  );
}

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
      const result = await withApp(({ services }) =>
        services.accounts.provision({
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
    case 'ledger:verify': {
      const r = await withApp(({ services }) => services.ledger.verify());
      console.log(JSON.stringify(r));
      console.log(
        r.valid
          ? `The ledger is intact: ${r.entries} entries.`
          : `The ledger is broken at entry ${r.firstInvalid}.`,
      );
      return r.valid ? 0 : 1;
    }
    case 'seed:demo':
      return seed(process.env);
    case 'demo': {
      // The demo never touches real data: its own embedded database, whatever DATABASE_URL says.
      const env = {
        ...process.env,
        DATABASE_URL: undefined,
        DATA_DIR: process.env.DEMO_DATA_DIR ?? './data-demo',
      };
      await seed(env, true);
      await serve(env);
      return -1;
    }
    case 'jobs:run': {
      const [name, ...extra] = rest;
      if (extra.length) throw new UsageError('jobs:run takes one job name');
      return withApp(async ({ jobs }) => {
        if (!name) {
          for (const j of jobs) console.log(`${j.name.padEnd(16)} ${j.help}`);
          return 0;
        }
        const job = jobs.find((j) => j.name === name);
        if (!job) throw new UsageError(`no job named "${name}"; jobs: ${jobs.map((j) => j.name).join(', ')}`);
        console.log(await job.run());
        return 0;
      });
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

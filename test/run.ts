/**
 * `npm test`: prepares a migrated template database once, then runs every *.test.ts(x) file with node:test.
 * PGlite by default; PostgreSQL when TEST_DATABASE_URL is set.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { CHROMIUM, hasChromium } from './helpers/browser.ts';
import { engine, templateName, withDbName } from './helpers/db.ts';

const root = path.resolve(import.meta.dirname, '..');

async function prepareTemplate(): Promise<Record<string, string>> {
  if (engine === 'pglite') {
    const db = await openDatabase({ engine: 'pglite', memory: true });
    await db.migrate();
    const file = path.join(root, '.cache', 'test', 'pglite-template.tar.gz');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await (await db.dump!()).arrayBuffer()));
    await db.close();
    return { INCLUSIO_TEST_TEMPLATE: file };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const tpl = templateName(url);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${tpl}" with (force)`);
    await admin.query(`create database "${tpl}"`);
  } finally {
    await admin.end();
  }
  const db = await openDatabase({ engine: 'postgres', url: withDbName(url, tpl), poolSize: 1 });
  await db.migrate();
  await db.close();
  return {};
}

function findTests(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) findTests(p, out);
    else if (/\.test\.tsx?$/.test(entry.name)) out.push(path.relative(root, p));
  }
  return out;
}

/**
 * The page sweep (axe and weight of every page in every language) checks what the browser receives, which does
 * not depend on the database engine, and it is the longest file: it runs on the PGlite pass. On PostgreSQL,
 * every route is still visited as every role by the authorization test, and the browser flows run too.
 */
const ENGINE_NEUTRAL = ['test/browser/pages.test.ts'];

const filter = process.argv.slice(2);
const files = [...findTests(path.join(root, 'src')), ...findTests(path.join(root, 'test'))]
  .filter((f) => !filter.length || filter.some((x) => f.includes(x)))
  .filter((f) => engine === 'pglite' || filter.length || !ENGINE_NEUTRAL.includes(f))
  .sort();

console.log(
  `Inclusio tests on ${engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL (TEST_DATABASE_URL)'}`,
);
if (engine !== 'pglite' && !filter.length) {
  console.log(`Run on PGlite only (engine-neutral): ${ENGINE_NEUTRAL.join(', ')}`);
}
if (!hasChromium()) {
  console.log(
    `Chromium was not found at ${CHROMIUM}: the browser tests are skipped. Install it with: apt-get install -y chromium`,
  );
}
const env = { ...process.env, ...(await prepareTemplate()), NODE_ENV: 'test' };
/**
 * Test files run two at a time by default (Node's own default is one less than the cores: one, here). Each file
 * has its own database copy, its own ports and its own data folder, so they never meet. TEST_CONCURRENCY=1
 * runs them one by one, to read a failure's output in order.
 */
const concurrency = Number(process.env.TEST_CONCURRENCY ?? 2);
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

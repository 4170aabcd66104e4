import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/client.ts';

/**
 * The test database: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set. Either way each test file
 * gets its own copy of a template that test/run.ts migrated once.
 */
export const engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export function templateName(url: string) {
  return `${new URL(url).pathname.slice(1) || 'postgres'}_tpl`;
}

export function withDbName(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function cloneTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const file = process.env.INCLUSIO_TEST_TEMPLATE;
    if (!file || !fs.existsSync(file))
      throw new Error('Run the tests with `npm test` (it prepares the template).');
    return openDatabase({ engine: 'pglite', memory: true, loadDataDir: new Blob([fs.readFileSync(file)]) });
  }
  const name = `${templateName(url).replace(/_tpl$/, '')}_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Test files run side by side: a copy of the template that another copy holds for a moment is tried again.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`create database "${name}" template "${templateName(url)}"`);
        break;
      } catch (e) {
        if ((e as { code?: string }).code !== '55006' || attempt === 20) throw e;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ engine: 'postgres', url: withDbName(url, name), poolSize: 5 });
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`).finally(() => c.end());
    },
  };
}

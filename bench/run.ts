/**
 * `npm run bench`: starts Inclusio on each engine and drives it over loopback with autocannon.
 * Each row is compared with a bare Fastify route in the same process and run, so the ratio means something
 * on a shared, noisy machine where absolute numbers do not. A printed measurement, not a test.
 *
 *   BENCH_SECONDS=5       duration of each row
 *   BENCH_CONNECTIONS=10  concurrent connections
 *   BENCH_SIGNATORIES=2000 signatories generated before measuring
 *   BENCH_PRACTICES=20000 practices generated before measuring, spread over those signatories
 *   BENCH_DATABASE_URL    a PostgreSQL server where a throw-away database may be created
 *                         (default postgres://postgres@127.0.0.1:5432/postgres; skipped if unreachable)
 *   BENCH_ACCOMPANIMENTS=1000000 support sessions generated before measuring (skipped when no row of the
 *                         facilitators' log is measured)
 *   BENCH_HELP_POINTS=5000 help points generated before measuring
 *   BENCH_ONLY=practices  measure only the rows whose name contains this text (and the baseline, always)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { sessionCookieName } from '../src/platform/auth/cookie.ts';
import {
  type ExportRun,
  exportTable,
  logSessionRequests,
  measureExport,
  prepareFacilitation,
  settle,
  timeAlone,
} from './facilitation.ts';
import { generatePlan, generatePractices, generateSignatories } from './generate.ts';
import { generateHelpPoints } from './help-points.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const only = process.env.BENCH_ONLY ?? '';

interface Row {
  engine: string;
  name: string;
  path: string;
  rps: number;
  p99: number;
  errors: number;
}

const BASELINE = '/__bench/bare';
const SIGNATORIES = Number(process.env.BENCH_SIGNATORIES ?? 2000);
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 20000);
const HELP_POINTS = Number(process.env.BENCH_HELP_POINTS ?? 5000);
const ACCOMPANIMENTS = Number(process.env.BENCH_ACCOMPANIMENTS ?? 1_000_000);
/** The facilitators' log: rows read as one of its roles, or that post its form; their names share a word. */
const FACILITATION = 'facilitation';
const EXPORT_ROW = `${FACILITATION}: CSV export of the largest structure's entries (once)`;

interface Scenario {
  name: string;
  path: string;
  /** Signed in as this account of the generated log (a session cookie). */
  as?: 'manager' | 'coordinator' | 'helper';
  /** Posts a new support session each request (fresh clientKey, the form's CSRF token) instead of a GET. */
  log?: boolean;
  /** The status every answer should have; otherwise any 2xx. */
  status?: number;
}

/** What is measured; later capabilities add their pages here. */
const scenarios: Scenario[] = [
  { name: 'baseline: bare Fastify route', path: BASELINE },
  { name: 'GET /healthz', path: '/healthz' },
  { name: 'home page with counters (fr)', path: '/fr' },
  { name: 'sign-in page (nl)', path: '/nl/sign-in' },
  { name: `register, page 1 of ${SIGNATORIES}`, path: '/fr/signatories' },
  { name: 'register, page 40', path: '/fr/signatories?page=40' },
  { name: 'register, search "numerique"', path: '/fr/signatories?q=numerique' },
  { name: 'register, sector + region', path: '/nl/signatories?sector=public&region=wallonia' },
  { name: 'API /api/v1/signatories?q=bank', path: '/api/v1/signatories?q=bank' },
  { name: 'a signatory profile', path: '/fr/signatories/bench-1234' },
  { name: 'a profile with a public plan of 100 items', path: '/fr/signatories/bench-42' },
  { name: 'API: that public plan', path: '/api/v1/signatories/{plan}/plan' },
  { name: `practices, page 1 of ${PRACTICES}`, path: '/fr/practices' },
  { name: 'practices, page 50', path: '/fr/practices?page=50' },
  { name: 'practices, search "atelier" (fr)', path: '/fr/practices?q=atelier' },
  { name: 'practices, search "senioren" (nl)', path: '/nl/practices?q=senioren' },
  {
    name: 'practices, commitment + target + region',
    path: '/fr/practices?commitment=C3&target=seniors&region=wallonia',
  },
  { name: 'practices, one obstacle', path: '/fr/practices?obstacle={obstacle}' },
  { name: 'API /api/v1/practices?q=phishing', path: '/api/v1/practices?q=phishing' },
  { name: `help points (${HELP_POINTS}): search by postcode`, path: '/fr/help-points?where=1030' },
  {
    name: 'help points: three filters and open now',
    path: '/nl/help-points?where=Gent&service=wifi&language=nl&walkIn=yes&open=now',
  },
  { name: "help points: a point's page", path: '/fr/help-points/{point}' },
  {
    name: 'help points: the data·inclusion export (structures)',
    path: '/open-data/data-inclusion/structures.json',
  },
  {
    name: `${FACILITATION}: a structure's figures, as its manager`,
    path: '/fr/facilitation/structures/{structure}/figures',
    as: 'manager',
  },
  {
    name: `${FACILITATION}: a network's figures (~50 structures), as its coordinator`,
    path: '/fr/facilitation/networks/{network}/figures',
    as: 'coordinator',
  },
  {
    name: `${FACILITATION}: public figures, all ${ACCOMPANIMENTS} sessions`,
    path: '/fr/facilitation/figures',
  },
  {
    name: `${FACILITATION}: log one session (POST, 303), as a helper`,
    path: '/fr/facilitation/log',
    as: 'helper',
    log: true,
    status: 303,
  },
];
/** What the download of a structure's entries cost, per engine; printed after the table. */
const exportRuns: ({ engine: string } & ExportRun)[] = [];

async function measure(engine: string, database: Database): Promise<Row[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-bench-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  const { app, deps, services } = await buildApp({ config, database });
  const charter = await services.charter.current();
  process.stderr.write(`  ${engine}: generating ${SIGNATORIES} signatories…\n`);
  await generateSignatories(database.db, SIGNATORIES, charter.contentHash);
  const planOrg = await generatePlan(database.db, 'bench-42', 100);
  const obstacles = await services.obstacles.list(); // loads the catalogue, so that practices can link to it
  const obstacle = obstacles.find((o) => o.slug === 'fraud-phishing') ?? obstacles[0];
  process.stderr.write(`  ${engine}: generating ${PRACTICES} practices…\n`);
  const started = performance.now();
  await generatePractices(
    database.db,
    PRACTICES,
    obstacles.map((o) => o.id),
  );
  process.stderr.write(
    `  ${engine}: ${PRACTICES} practices in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  const point = await generateHelpPoints(database.db, HELP_POINTS);
  const selected = scenarios.filter((s) => s.path === BASELINE || s.name.includes(only));
  const withLog = selected.some((s) => s.name.startsWith(FACILITATION)) || EXPORT_ROW.includes(only);
  const log = withLog
    ? await prepareFacilitation(
        database.db,
        ACCOMPANIMENTS,
        services.facilitation.themes.themes.map((t) => t.code),
        async (userId) => `${sessionCookieName(config)}=${await deps.sessions.start(userId)}`,
        (line) => process.stderr.write(`  ${engine}: ${line}\n`),
      )
    : null;
  app.get(BASELINE, { config: { skipSession: true } }, async () => 'ok');
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  const rows: Row[] = [];
  try {
    for (const s of selected) {
      process.stderr.write(`  ${engine}: ${s.name} (${seconds}s)…\n`);
      const cookie = s.as && log ? log.cookies[s.as] : undefined;
      const posting = s.log && cookie ? await logSessionRequests(origin, cookie) : null;
      const url = `${origin}${s.path
        .replace('{plan}', planOrg)
        .replace('{point}', point)
        .replace('{obstacle}', obstacle?.id ?? '')
        .replace('{structure}', log?.data.structure.id ?? '')
        .replace('{network}', log?.data.network.id ?? '')}`;
      const headers = {
        'accept-encoding': 'br, gzip',
        'accept-language': 'fr',
        ...(cookie ? { cookie } : {}),
        ...posting?.headers,
      };
      const heavy = s.name.startsWith(FACILITATION) || s.name.includes('export');
      if (heavy && !posting) {
        const alone = await timeAlone(url, headers);
        process.stderr.write(
          `  ${engine}:   one request alone: ${alone.status} in ${alone.ms.toFixed(0)} ms\n`,
        );
      }
      const r = await autocannon({
        url,
        connections,
        duration: seconds,
        // A figures page over a million sessions may take seconds under load: late, not failed.
        ...(heavy ? { timeout: 60 } : {}),
        headers,
        ...(posting ? { requests: posting.requests } : {}),
      });
      if (heavy) await settle(database);
      const answers = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'];
      const expected = s.status ? (r.statusCodeStats?.[`${s.status}`]?.count ?? 0) : 0;
      rows.push({
        engine,
        name: s.name,
        path: s.path,
        rps: r.requests.average,
        // No answer within the row's seconds: no latency to show, rather than a p99 of 0.
        p99: answers ? r.latency.p99 : Number.NaN,
        errors: r.errors + (s.status ? answers - expected : r.non2xx),
      });
    }
    if (log && EXPORT_ROW.includes(only)) {
      const { structure } = log.data;
      process.stderr.write(`  ${engine}: ${EXPORT_ROW}, ${structure.sessions} sessions…\n`);
      const run = await measureExport(
        `${origin}/fr/facilitation/structures/${structure.id}/entries.csv`,
        log.cookies.manager,
      );
      exportRuns.push({ engine, ...run });
    }
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

async function onPglite(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-bench-db-'));
  const database = await openDatabase({ engine: 'pglite', dataDir: dir });
  try {
    await database.migrate();
    return await measure('PGlite', database);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<Row[]> {
  const name = `inclusio_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    console.log(`PostgreSQL skipped: cannot reach ${adminUrl} (${(e as Error).message}).`);
    return [];
  }
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString() });
  try {
    await database.migrate();
    return await measure('PostgreSQL', database);
  } finally {
    await database.close();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

function print(rows: Row[]) {
  const header = ['engine', 'route', 'req/s', 'p99 ms', 'ratio to baseline', 'errors'];
  const lines = rows.map((r) => {
    const base = rows.find((b) => b.engine === r.engine && b.path === BASELINE);
    const ratio = base ? r.rps / base.rps : Number.NaN;
    // Two significant digits below 0.1, so that slow rows still compare.
    const shown = ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2);
    const p99 = Number.isNaN(r.p99) ? `> ${seconds * 1000}` : r.p99.toFixed(1);
    return [r.engine, r.name, r.rps.toFixed(0), p99, shown, String(r.errors)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(
    `\n${connections} connections, ${seconds} s per row, Node ${process.version}, ${os.cpus().length} cores.`,
  );
  if (exportRuns.length) console.log(`\n${EXPORT_ROW}\n${exportTable(exportRuns)}`);
}

const rows = [...(await onPglite()), ...(await onPostgres())];
print(rows);

import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';

/** These tests run the real entry points as a newcomer would: `npm start` and `npm run cli`. */
const root = path.resolve(import.meta.dirname, '..');
const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
function tmpDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-proc-'));
  dirs.push(d);
  return d;
}

/** The environment of a fresh shell: no test database, so the embedded engine is used. */
function env(extra: Record<string, string>) {
  const { DATABASE_URL: _a, TEST_DATABASE_URL: _b, ...rest } = process.env;
  return { ...rest, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...extra };
}

/**
 * A process that hangs fails its test with what it printed, instead of holding the whole run until CI's limit.
 * This is a watchdog, not a speed check: it is far above what any start or command takes on a loaded machine.
 */
const HANG = 180_000;

/** `npm run cli -- ARGS` in DATA_DIR, waited for. */
function cli(dir: string, args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    env: env({ DATA_DIR: dir, ...extra }),
    encoding: 'utf8',
    timeout: HANG,
    killSignal: 'SIGKILL',
  });
  return r.signal ? { ...r, stderr: `${r.stderr}\n(killed after ${HANG / 1000} s)` } : r;
}

/** `wrap` runs the server through another command, such as `unshare`. */
function start(dataDir: string, extra: Record<string, string> = {}, wrap: string[] = []) {
  const [command, ...args] = [...wrap, process.execPath, '--import', 'tsx', 'src/main.ts'];
  const child = spawn(command as string, args, {
    cwd: root,
    env: env({ DATA_DIR: dataDir, ...extra }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  const hung = (what: string) =>
    setTimeout(() => {
      child.kill('SIGKILL');
      child.emit('hung', new Error(`${what} after ${HANG / 1000} s; it printed:\n${err}${out}`));
    }, HANG);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('exit', (code) => resolve(code));
    child.on('hung', reject);
  });
  exited.catch(() => {}); // awaited by the tests that expect an exit
  /** Resolves with the server's URL once it listens, or rejects if it exits first. */
  const listening = new Promise<string>((resolve, reject) => {
    const watchdog = hung('not listening');
    child.stdout.on('data', () => {
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(watchdog);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(watchdog);
      reject(new Error(`exited ${code}: ${err}${out}`));
    });
    child.on('hung', reject);
  });
  listening.catch(() => {}); // a process expected to fail is awaited through `exited`
  return { child, listening, exited, output: () => out + err };
}

/** Fails the test, killing the process, if it has not exited HANG after now. */
function watch(child: ChildProcess, after: string) {
  const watchdog = setTimeout(() => {
    child.kill('SIGKILL');
    child.emit('hung', new Error(`still running ${HANG / 1000} s after ${after}`));
  }, HANG);
  child.once('exit', () => clearTimeout(watchdog));
}

function stop(child: ChildProcess, signal: NodeJS.Signals) {
  watch(child, signal);
  child.kill(signal);
}

describe('the server process', () => {
  test('starts on a fresh folder, refuses a second process on it, and stops cleanly on SIGTERM', async () => {
    const dir = tmpDir();
    const first = start(dir);
    const url = await first.listening;
    const res = await fetch(`${url}/readyz`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).database, 'pglite');
    const home = await fetch(`${url}/fr`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('x-request-id') ?? '', /.+/);
    assert.match(first.output(), /"reqId":/, 'request logs carry the request id');

    const second = start(dir);
    assert.equal(await second.exited, 1);
    assert.match(second.output(), /already in use by another Inclusio process/);
    assert.equal((await fetch(`${url}/healthz`)).status, 200, 'the first one goes on');

    stop(first.child, 'SIGTERM');
    assert.equal(await first.exited, 0);
    assert.ok(!fs.existsSync(path.join(dir, 'inclusio.lock')), 'the lock is released');
  });

  // A container starts its server as pid 1 every time: after a kill -9, the lock names pid 1, which is alive.
  // --kill-child: if the test fails half-way, killing unshare takes its server down too.
  const asPid1 = ['unshare', '--pid', '--mount-proc', '--kill-child=SIGKILL'];
  const canUnshare = spawnSync(asPid1[0] as string, [...asPid1.slice(1), 'true']).status === 0;
  const skip = !canUnshare && 'needs `unshare --pid --mount-proc --kill-child` (util-linux, as root)';
  test('killed -9 as pid 1 of a new pid namespace, it starts again there as pid 1', { skip }, async () => {
    const dir = tmpDir();
    // unshare forks the server and ignores SIGTERM: signal that child, as `docker kill` or the OOM killer would.
    const server = (c: ChildProcess) =>
      Number(fs.readFileSync(`/proc/${c.pid}/task/${c.pid}/children`, 'utf8').trim().split(' ')[0]);
    const first = start(dir, {}, asPid1);
    let second: ReturnType<typeof start> | undefined;
    try {
      await first.listening;
      assert.match(first.output(), /"pid":1,/, 'the server runs as pid 1');
      process.kill(server(first.child), 'SIGKILL');
      await first.exited;
      assert.ok(fs.existsSync(path.join(dir, 'inclusio.lock')), 'the lock is left behind');

      second = start(dir, {}, asPid1);
      const url = await second.listening;
      assert.match(second.output(), /"pid":1,/, 'pid 1 again');
      assert.equal((await fetch(`${url}/readyz`)).status, 200);
      watch(second.child, 'SIGTERM');
      process.kill(server(second.child), 'SIGTERM');
      assert.equal(await second.exited, 0);
    } finally {
      first.child.kill('SIGKILL');
      second?.child.kill('SIGKILL');
    }
  });

  test('SIGINT stops it cleanly too, and the data is still there on the next start', async () => {
    const dir = tmpDir();
    const created = cli(dir, ['users:create', '--email', 'keep@example.be']);
    assert.equal(created.status, 0, created.stderr);
    const first = start(dir);
    await first.listening;
    stop(first.child, 'SIGINT');
    assert.equal(await first.exited, 0);
    const again = cli(dir, ['users:create', '--email', 'keep@example.be']);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
  });

  test('a bad setting stops start-up with a message that names the variable', () => {
    for (const [name, value] of [
      ['PORT', 'eighty'],
      ['DATABASE_URL', 'mysql://x'],
      ['SMTP_URL', 'not a url'],
      ['LOG_LEVEL', 'loud'],
    ]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: root,
        env: env({ DATA_DIR: tmpDir(), [name as string]: value as string }),
        encoding: 'utf8',
        timeout: HANG,
        killSignal: 'SIGKILL',
      });
      assert.equal(r.status, 1, name);
      assert.match(r.stderr, new RegExp(`${name}:`), name);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });
});

describe('the command line', () => {
  test('jobs:run weekly-digest queues the week’s digest once; a second run says it already went out', () => {
    const dir = tmpDir();
    const run = () => cli(dir, ['jobs:run', 'weekly-digest']);
    const first = run();
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Digest for the week of \d{4}-\d{2}-\d{2}: 0 messages queued\./);
    const second = run();
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /already sent/);
  });

  test('jobs:run reporting checks the signatories and says what it did', () => {
    const r = cli(tmpDir(), ['jobs:run', 'reporting']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^0 signatories checked: 0 reminders, 0 now non-reporting, 0 lapsed\.$/m);
  });

  test('jobs:run lists the jobs of every feature and of the platform; an unknown one is a usage error', () => {
    const dir = tmpDir();
    const run = (...args: string[]) => cli(dir, ['jobs:run', ...args]);
    const list = run();
    assert.equal(list.status, 0, list.stderr);
    for (const name of ['mail', 'session-purge', 'weekly-digest', 'reporting'])
      assert.match(list.stdout, new RegExp(`^${name} `, 'm'), name);
    const unknown = run('no-such-job');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no job named "no-such-job"; jobs: mail, session-purge/);
    assert.doesNotMatch(unknown.stderr, /\n\s+at /, 'no stack trace');
  });

  test('users:create prints its link on the configured address: PORT without BASE_URL, then BASE_URL', () => {
    const dir = tmpDir();
    const create = (email: string, extra: Record<string, string>) =>
      cli(dir, ['users:create', '--email', email], extra);
    const onPort = create('port@example.be', { PORT: '8123' });
    assert.equal(onPort.status, 0, onPort.stderr);
    assert.match(onPort.stdout, /^http:\/\/localhost:8123\/fr\/reset-password\?token=[\w-]+$/m);
    const behindProxy = create('proxy@example.be', { PORT: '8123', BASE_URL: 'https://charte.example.be/' });
    assert.equal(behindProxy.status, 0, behindProxy.stderr);
    assert.match(behindProxy.stdout, /^https:\/\/charte\.example\.be\/fr\/reset-password\?token=[\w-]+$/m);
  });

  test('users:create --admin prints a one-time link to set the password; the admin can then sign in', async () => {
    const dir = tmpDir();
    const r = cli(
      dir,
      ['users:create', '--admin', '--email', 'Secretariat@Example.be', '--name', 'Secrétariat'],
      { BASE_URL: 'https://inclusio.example' },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Created admin secretariat@example.be/);
    const link = /https:\/\/inclusio\.example(\/fr\/reset-password\?token=[\w-]+)/.exec(r.stdout)?.[1];
    assert.ok(link, r.stdout);

    const server = start(dir);
    const url = await server.listening;
    // The link keeps its token in a cookie and redirects to the form, which posts it from there.
    const landing = await fetch(url + link, { redirect: 'manual' });
    assert.equal(landing.status, 303);
    const linkCookie = (landing.headers.getSetCookie() ?? [])[0]?.split(';')[0] ?? '';
    const page = await fetch(url + landing.headers.get('location'), { headers: { cookie: linkCookie } });
    assert.equal(page.status, 200);
    const html = await page.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const cookie = [linkCookie, ...(page.headers.getSetCookie() ?? []).map((c) => c.split(';')[0])].join(
      '; ',
    );
    const set = await fetch(`${url}/fr/reset-password`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: csrf, password: 'the secretariat passphrase' }),
    });
    assert.equal(set.status, 303);
    const signIn = await fetch(`${url}/fr/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({
        _csrf: csrf,
        email: 'secretariat@example.be',
        password: 'the secretariat passphrase',
      }),
    });
    assert.equal(signIn.status, 303);
    const sid = (signIn.headers.getSetCookie() ?? []).find((c) => c.startsWith('sid='))?.split(';')[0];
    const audit = await fetch(`${url}/fr/admin/audit`, { headers: { cookie: `${cookie}; ${sid}` } });
    assert.equal(audit.status, 200, 'the new account is an admin');
    const token = new URL(link, url).searchParams.get('token') ?? '';
    assert.match(server.output(), /reset-password\?token=\[redacted\]/);
    assert.ok(!server.output().includes(token), 'the server’s log never shows the token');
    stop(server.child, 'SIGTERM');
    assert.equal(await server.exited, 0);
  });

  test('bad arguments get a usage message and exit 2; no --password option exists', () => {
    for (const args of [
      ['users:create'],
      ['users:create', '--email', 'nope'],
      ['users:create', '--email', 'a@b.be', '--password', 'x'],
      ['frobnicate'],
    ]) {
      const r = cli(tmpDir(), args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /Usage: npm run cli/);
    }
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DataDirLockedError, lockDataDir, processStartTime } from './lock.ts';

/** The lock reads start times and the boot id from /proc. */
const linuxOnly = { skip: process.platform !== 'linux' && 'needs /proc (Linux)' };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-lock-'));

test('a folder is locked once; releasing frees it', () => {
  const dir = tmp();
  const release = lockDataDir(dir);
  assert.throws(() => lockDataDir(dir), DataDirLockedError);
  release();
  assert.ok(!fs.existsSync(path.join(dir, 'inclusio.lock')));
  lockDataDir(dir)();
});

test('a lock left by a process that has ended is taken over', () => {
  const dir = tmp();
  // The pid of a process that has certainly exited.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  fs.writeFileSync(path.join(dir, 'inclusio.lock'), dead.stdout);
  const release = lockDataDir(dir);
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'inclusio.lock'), 'utf8')).pid, process.pid);
  release();
});

const holder = (over: Record<string, unknown>) =>
  JSON.stringify({
    pid: process.pid,
    start: processStartTime('self'),
    boot: fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
    host: os.hostname(),
    ...over,
  });

test(
  'a lock with our own pid but another start time is stale: a container restarted as the same pid',
  linuxOnly,
  () => {
    const dir = tmp();
    const file = path.join(dir, 'inclusio.lock');
    const start = processStartTime('self');
    assert.match(start ?? '', /^\d+$/, 'the start time is read from /proc');
    fs.writeFileSync(file, holder({ start: String(Number(start) - 100) }));
    const release = lockDataDir(dir);
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).start, start);
    release();
    // An earlier version wrote a bare pid: ours cannot be a live holder either, since we hold nothing.
    fs.writeFileSync(file, String(process.pid));
    lockDataDir(dir)();
  },
);

test('a live pid with another start time, or a lock from before a reboot, is stale', linuxOnly, () => {
  const dir = tmp();
  const file = path.join(dir, 'inclusio.lock');
  fs.writeFileSync(file, holder({ pid: 1, start: '1' })); // pid 1 runs, but did not start at tick 1
  lockDataDir(dir)();
  fs.writeFileSync(file, holder({ pid: 1, start: processStartTime(1), boot: 'another-boot' }));
  lockDataDir(dir)();
  fs.writeFileSync(file, holder({ pid: 1, start: processStartTime(1) }));
  assert.throws(() => lockDataDir(dir), DataDirLockedError, 'the very process that runs as pid 1');
});

test('a lock taken on another host is refused with a way out', linuxOnly, () => {
  const dir = tmp();
  const file = path.join(dir, 'inclusio.lock');
  fs.writeFileSync(file, holder({ host: 'elsewhere', pid: 999_999_999 }));
  assert.throws(
    () => lockDataDir(dir),
    (e: unknown) =>
      e instanceof DataDirLockedError && e.message.includes('elsewhere') && e.message.includes(file),
  );
});

test('the refusal names the folder and the process holding it', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'inclusio.lock'), '1'); // pid 1 always exists
  assert.throws(
    () => lockDataDir(dir),
    (e: unknown) => e instanceof DataDirLockedError && e.message.includes(dir) && e.message.includes('pid 1'),
  );
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DataDirLockedError, lockDataDir } from './lock.ts';

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
  assert.equal(fs.readFileSync(path.join(dir, 'inclusio.lock'), 'utf8'), String(process.pid));
  release();
});

test('the refusal names the folder and the process holding it', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'inclusio.lock'), '1'); // pid 1 always exists
  assert.throws(
    () => lockDataDir(dir),
    (e: unknown) => e instanceof DataDirLockedError && e.message.includes(dir) && e.message.includes('pid 1'),
  );
});

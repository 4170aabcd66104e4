import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Who holds a lock: enough to tell a live holder from a dead one whose pid was given to someone else. */
interface Holder {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat field 22); null without /proc. */
  start: string | null;
  /** The kernel's boot id: a lock from before a reboot is stale whatever its pid. Null without /proc. */
  boot: string | null;
  host: string;
}

const LOCK_FILE = 'inclusio.lock';

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    readonly host?: string,
  ) {
    super(
      host
        ? `The database folder ${dir} is locked by an Inclusio process on another host, ${host} (pid ${pid}). ` +
            'PGlite cannot share a folder between processes without losing data, and from here it cannot tell ' +
            `whether that process still runs. Stop it first; if it is gone, delete ${path.join(dir, LOCK_FILE)}.`
        : `The database folder ${dir} is already in use by another Inclusio process (pid ${pid}). ` +
            'PGlite cannot share a folder between processes without losing data. ' +
            'Stop that process first, or give this one its own DATA_DIR.',
    );
    this.name = 'DataDirLockedError';
  }
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat, counted after the command name, which may hold spaces and parentheses. */
export function processStartTime(pid: number | 'self'): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (!stat) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function me(): Holder {
  return {
    pid: process.pid,
    start: processStartTime('self'),
    boot: readOrNull('/proc/sys/kernel/random/boot_id'),
    host: os.hostname(),
  };
}

/** A lock file's holder; a bare pid is the format of earlier versions. Null when it cannot be read. */
function parse(text: string): Holder | null {
  if (/^\d+$/.test(text)) return { pid: Number(text), start: null, boot: null, host: os.hostname() };
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    if (!Number.isInteger(h.pid) || typeof h.host !== 'string') return null;
    return { pid: h.pid as number, start: h.start ?? null, boot: h.boot ?? null, host: h.host };
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files this process holds: the only sure way to know a lock with our pid is ours. */
const held = new Set<string>();

/**
 * Whether the lock's holder still runs. A pid alone is not enough: in a container the server is pid 1 at every
 * start, so after a kill -9 the lock names pid 1, which is alive (it is us). The start time tells them apart.
 */
function holderRuns(h: Holder, self: Holder, file: string): boolean {
  if (held.has(file)) return true;
  if (h.boot && self.boot && h.boot !== self.boot) return false; // the machine has rebooted since
  if (h.pid === self.pid) return h.start !== null && h.start === self.start;
  if (!isAlive(h.pid)) return false;
  // A live pid with another start time is a new process that was given the dead holder's pid.
  const start = h.start && processStartTime(h.pid);
  return !start || start === h.start;
}

/**
 * Takes an exclusive lock on a PGlite data folder: a lock file naming this process (pid, start time, boot id,
 * host), linked into place whole so that no one reads it half-written. A lock whose holder no longer runs is
 * taken over; one taken on another host is refused, since its holder cannot be checked from here.
 * Returns the function that releases it.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(path.resolve(dir), LOCK_FILE);
  const self = me();
  const content = JSON.stringify(self);
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, content);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.linkSync(tmp, file);
        held.add(file);
        let released = false;
        return () => {
          if (released) return;
          released = true;
          held.delete(file);
          try {
            if (fs.readFileSync(file, 'utf8') === content) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = parse(readOrNull(file) ?? '');
        if (holder && holder.host !== self.host) throw new DataDirLockedError(dir, holder.pid, holder.host);
        if (holder && holderRuns(holder, self, file)) throw new DataDirLockedError(dir, holder.pid);
        fs.rmSync(file, { force: true }); // stale: its holder is gone
      }
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  throw new Error(`Could not lock ${dir}`);
}

import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** OWASP's argon2id minimum (19 MiB, 2 passes): safe, and quick enough for a shared 2-core server. */
const ARGON2 = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, ARGON2);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so that response times do not tell which emails have an account. */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('not a password of anyone');
  await verifyPassword(await dummyHash, password);
}

/** A random URL-safe token (256 bits) for cookies and email links. */
export const randomToken = () => randomBytes(32).toString('base64url');

/** Only the hash of a token is stored, so a leaked table gives no working session or link. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

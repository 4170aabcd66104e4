import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import * as q from './queries.ts';

export const GENESIS = '0'.repeat(64);
export const LEDGER_EVENTS = [
  'signed',
  'verified',
  'rejected',
  'withdrawn',
  'lapsed',
  'non_reporting',
  'reinstated',
  'identity_changed',
  'suspended',
  'suspension_lifted',
  'revoked',
] as const;
export type LedgerEvent = (typeof LEDGER_EVENTS)[number];

/**
 * Who signed, as an entry says it. A name in the ledger can never be withdrawn, so until the secretariat verifies
 * the signature an entry holds only a commitment to the name and title; from verification on, entries hold the
 * name, title and salt that open it. Entries written before commitments existed hold only the name and title.
 */
export interface LedgerSigner {
  signerName?: string;
  signerTitle?: string;
  signerSalt?: string;
  signerCommitment?: string;
}

/** The organisation's checked identity, as an `identity_changed` entry records it before and after. */
export interface LedgerIdentity {
  name: string;
  kbo: string;
  sector: string;
  region: string;
}

/** What a Charter entry says. Only public facts: the organisation and, once verified, the signer's public name and title. */
export interface CharterEntry {
  seq: number;
  at: string;
  event: LedgerEvent;
  organisation: { id: string; name: string; kbo: string };
  signature: { id: string; charterVersion: number; charterHash: string } & LedgerSigner;
  /** `suspended` and `revoked`: the secretariat's public reason. */
  reason?: string;
  /** `identity_changed`: the identity before and after. */
  change?: { from: LedgerIdentity; to: LedgerIdentity };
}

/**
 * A digital helper's signature of the code of ethics, countersigned by the host structure (issue 16). No personal
 * data: the structure, the code's version and hash, and a salted hash of the helper's account id.
 */
export interface EthicsEntry {
  seq: number;
  at: string;
  event: 'ethics_signed';
  organisation: { id: string; name: string; kbo: string };
  ethics: { id: string; version: number; versionHash: string; facilitator: string };
}

export type LedgerPayload = CharterEntry | EthicsEntry;
type NewEntry = Omit<CharterEntry, 'seq' | 'at'> | Omit<EthicsEntry, 'seq' | 'at'>;
export const isEthicsEntry = (p: LedgerPayload): p is EthicsEntry => p.event === 'ethics_signed';

/** entry_hash = SHA-256(previous_hash ‖ canonical JSON of the entry), as hex. */
export function entryHash(prevHash: string, payload: unknown): string {
  return createHash('sha256')
    .update(prevHash + (canonicalize(payload) ?? ''))
    .digest('hex');
}

/** signerCommitment = SHA-256(canonical JSON of {signerName, signerTitle, signerSalt}), as hex. */
export function signerCommitment(signer: {
  signerName: string;
  signerTitle: string;
  signerSalt: string;
}): string {
  const { signerName, signerTitle, signerSalt } = signer;
  return createHash('sha256')
    .update(canonicalize({ signerName, signerTitle, signerSalt }) ?? '')
    .digest('hex');
}

/**
 * The signer's part of an entry. The salt (32 random bytes, kept with the signature) makes the commitment
 * impossible to test against guessed names; publishing it at verification lets anyone reopen earlier entries.
 */
export function ledgerSigner(
  signer: { signerName: string; signerTitle: string; signerSalt: string | null },
  published: boolean,
): LedgerSigner {
  const { signerName, signerTitle, signerSalt } = signer;
  if (signerSalt === null) return published ? { signerName, signerTitle } : {};
  const commitment = signerCommitment({ signerName, signerTitle, signerSalt });
  return published
    ? { signerName, signerTitle, signerSalt, signerCommitment: commitment }
    : { signerCommitment: commitment };
}

export interface Verification {
  valid: boolean;
  entries: number;
  head: string;
  firstInvalid: number | null;
}

export function createLedgerService(deps: Deps) {
  const { db, clock } = deps;
  return {
    /** Appends one entry inside the caller's transaction; concurrent appends wait for each other. */
    async append(tx: Db, e: NewEntry): Promise<{ seq: number; entryHash: string }> {
      await q.lockLedger(tx);
      const last = await q.lastEntry(tx);
      const at = clock.now();
      const seq = (last?.seq ?? 0) + 1;
      const payload = { seq, at: at.toISOString(), ...e } as LedgerPayload;
      const prevHash = last?.entryHash ?? GENESIS;
      const hash = entryHash(prevHash, payload);
      await q.insertEntry(tx, {
        seq,
        at,
        payload: payload as unknown as Record<string, unknown>,
        prevHash,
        entryHash: hash,
      });
      return { seq, entryHash: hash };
    },

    /** Walks the whole chain: each entry's hash, its link to the previous one, and gapless numbering. */
    async verify(): Promise<Verification> {
      let prev = GENESIS;
      let expected = 1;
      let entries = 0;
      for (;;) {
        const batch = await q.batchAfter(db, expected - 1, 1000);
        for (const e of batch) {
          entries++;
          const ok =
            e.seq === expected &&
            e.prevHash === prev &&
            (e.payload as { seq?: unknown }).seq === e.seq &&
            entryHash(e.prevHash, e.payload) === e.entryHash;
          if (!ok) return { valid: false, entries, head: prev, firstInvalid: e.seq };
          prev = e.entryHash;
          expected++;
        }
        if (batch.length < 1000) return { valid: true, entries, head: prev, firstInvalid: null };
      }
    },

    page: (page: number, pageSize: number, newestFirst = false) => q.page(db, page, pageSize, newestFirst),

    /** The names entries recorded with an enterprise number, for the secretariat's checks. */
    namesForKbo: (kbo: string) => q.namesForKbo(db, kbo),

    async entry(seq: number) {
      const e = await q.entry(db, seq);
      if (!e) throw notFound();
      return { ...e, recomputed: entryHash(e.prevHash, e.payload) };
    },
  };
}
export type LedgerService = ReturnType<typeof createLedgerService>;

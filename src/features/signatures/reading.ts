import type { Db } from '../../db/client.ts';
import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Organisation } from '../organisations/index.ts';
import type { MemberRole } from '../organisations/schema.ts';
import * as q from './queries.ts';
import type { SignatureStatus } from './schema.ts';
import type { Services } from './service.ts';

/** Who may send each of the organisation's signature forms (the secretariat acts for none). */
export const SENDERS: Record<'sign' | 'withdraw' | 'reply', MemberRole[]> = {
  sign: ['representative'],
  withdraw: ['representative'],
  reply: ['representative', 'editor'],
};

export const QUEUE_PAGE_SIZE = 25;
const DAY = 24 * 3600_000;

/** Names compared as people read them: case, accents, punctuation and spacing aside. */
const nameKey = (n: string) =>
  n
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** A signature with its events, oldest first, as the organisation's history shows it. */
export type SignatureWithEvents = q.Signature & { events: Awaited<ReturnType<typeof q.eventsOf>> };

/** What the readings share with the signature's steps, from the signatures service. */
interface Shared {
  organisationOf(organisationId: string): Promise<Organisation>;
  signaturesOf(organisationId: string): Promise<SignatureWithEvents[]>;
  verified(sig: q.Signature): boolean;
}

/**
 * What the signatures service lets others read: statuses and lists for the other features, and the
 * organisation's and the secretariat's views of a signature's history. Part of the signatures service.
 */
export function signatureReadings(deps: Deps, s: Services, shared: Shared) {
  const { db, clock } = deps;
  const { organisationOf, signaturesOf, verified } = shared;
  return {
    /** The organisation's live signature (pending, active, non-reporting or suspended), or null. */
    liveSignature: (organisationId: string) => q.live(db, organisationId),

    /** Signatories with these statuses, by name, a page at a time (the secretariat's lists check who asks). */
    signatories: (f: q.SignatoryFilter, limit: number, offset: number) => q.signatories(db, f, limit, offset),

    /** Live signatures (active or non-reporting) with the day each was verified, for the reporting calendar. */
    liveForReporting: (tx: Db = db) => q.liveForReporting(tx),

    /** Every verified signature's dates and its organisation's sector and region, for the evaluation. */
    verifiedHistory: () => q.verifiedHistory(db),

    /** The status of the organisation's latest signature, or null if it never signed. */
    async statusOf(organisationId: string): Promise<SignatureStatus | null> {
      const [latest] = await q.ofOrganisation(db, organisationId);
      return latest?.status ?? null;
    },

    /**
     * For the organisation's members and the secretariat: the organisation, every signature and its steps.
     * Shown again with one of its forms' errors (`sending`), the page is for those who may send that form.
     */
    async history(actor: Actor, organisationId: string, sending?: 'withdraw' | 'reply') {
      const access = sending
        ? await s.organisations.requireMember(actor, organisationId, SENDERS[sending])
        : await s.organisations.requireAccess(actor, organisationId);
      return {
        access,
        organisation: await organisationOf(organisationId),
        signatures: await signaturesOf(organisationId),
      };
    },

    /**
     * The confirmation after signing, for the organisation's members: its live signature, if any, and the
     * receipt of its signing once the ledger has it.
     */
    async signed(actor: Actor, organisationId: string) {
      await s.organisations.requireMember(actor, organisationId);
      const organisation = await organisationOf(organisationId);
      const live = (await signaturesOf(organisationId)).find((x) =>
        (q.LIVE_STATUSES as readonly string[]).includes(x.status),
      );
      const signed = live?.events.find((e) => e.event.type === 'signed')?.event;
      return {
        organisation,
        live: live && {
          status: live.status,
          receiptId: signed?.ledgerSeq ? signed.id : undefined,
          ledgerSeq: signed?.ledgerSeq,
        },
      };
    },

    /** Signatures by status, and above them what else waits: proposed identity changes and disputes. */
    async queue(actor: Actor, f: { status: SignatureStatus; page: number }) {
      requireAdmin(actor);
      const [signatures, changes, disputes] = await Promise.all([
        q.queue(db, { ...f, pageSize: QUEUE_PAGE_SIZE }),
        q.pendingChanges(db, 100),
        q.openDisputes(db, 100),
      ]);
      return { ...signatures, changes, disputes };
    },

    /**
     * What the secretariat checks a signature against: the signer's account email, how long it has waited, the
     * names recorded before for the same enterprise number, open disputes on it, and a proposed change.
     */
    async detail(actor: Actor, signatureId: string) {
      requireAdmin(actor);
      const sig = await q.byId(db, signatureId);
      if (!sig) throw notFound();
      const [org, events] = await Promise.all([
        s.organisations.byId(sig.organisationId),
        q.eventsOf(db, [sig.id]),
      ]);
      if (!org) throw notFound();
      const current = org.currentSignatureId === sig.id;
      const [signerEmail, next, change, disputes] = await Promise.all([
        q.signerEmail(db, sig.signedBy),
        q.nextPending(db, sig.id),
        current ? q.pendingChange(db, org.id) : null,
        q.openDisputesOf(db, org.kbo),
      ]);
      /** Names other records give this number, unlike the one being checked. */
      const otherNames = async (kbo: string, name: string) => {
        const names = [...(await s.ledger.namesForKbo(kbo)), ...(await q.disputedNames(db, kbo))];
        const seen = new Set([nameKey(name)]);
        return names.filter((n) => !seen.has(nameKey(n)) && seen.add(nameKey(n)));
      };
      return {
        signature: sig,
        organisation: org,
        events,
        signerEmail,
        waitingDays:
          sig.status === 'pending'
            ? Math.floor((clock.now().getTime() - sig.signedAt.getTime()) / DAY)
            : null,
        otherNames: await otherNames(org.kbo, org.legalName),
        change: change && {
          ...change,
          otherNames: await otherNames(change.after.kbo, change.after.legalName),
        },
        disputes,
        next,
      };
    },

    /**
     * A public receipt: only what the ledger already says, never the IP, user agent or notes. The signer's name
     * shows once the signature is verified; before that only to the organisation's members and the secretariat.
     */
    async receipt(actor: Actor, eventId: string) {
      const row = await q.eventForReceipt(db, eventId);
      if (!row?.event.ledgerSeq) throw notFound();
      const entry = await s.ledger.entry(row.event.ledgerSeq);
      const named =
        verified(row.signature) ||
        actor?.role === 'admin' ||
        (await s.organisations.isMember(actor, row.signature.organisationId));
      return {
        eventId: row.event.id,
        type: row.event.type,
        at: row.event.at,
        organisation: {
          id: row.organisation.id,
          slug: row.organisation.slug,
          name: row.organisation.legalName,
          kbo: row.organisation.kbo,
        },
        signer: named ? { name: row.signature.signerName, title: row.signature.signerTitle } : null,
        charterVersion: row.signature.charterVersion,
        charterHash: row.signature.charterHash,
        ledgerSeq: entry.seq,
        entryHash: entry.entryHash,
      };
    },
  };
}

import type { Db } from '../../db/client.ts';
import { type Actor, requireAdmin, requireUser } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type MessageKey, translator } from '../../platform/i18n/index.ts';
import type { CharterService } from '../charter/service.ts';
import type { LedgerEvent, LedgerService } from '../ledger/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import * as q from './queries.ts';
import type { SignatureEventType, SignatureStatus } from './schema.ts';

export const QUEUE_PAGE_SIZE = 25;

interface Services {
  charter: CharterService;
  organisations: OrganisationsService;
  ledger: LedgerService;
}

/**
 * Signing the charter and the signature's life: the secretariat verifies (approve, reject, ask for more),
 * the organisation may withdraw. Each step is an event with a receipt, a ledger entry, an audit event and mail.
 */
export function createSignaturesService(deps: Deps, s: Services) {
  const { db, clock, audit, mail, config } = deps;

  /** Mails the organisation's members, each in their own language, and the signer if not a member. */
  async function tellOrganisation(
    tx: Db,
    organisationId: string,
    kind:
      | 'signed'
      | 'verified'
      | 'rejected'
      | 'info_requested'
      | 'withdrawn'
      | 'non_reporting'
      | 'reinstated'
      | 'lapsed',
    note?: string,
  ) {
    const org = await s.organisations.byId(organisationId, tx);
    if (!org) return;
    for (const m of await s.organisations.members(organisationId, tx)) {
      const t = translator(m.locale);
      const key = `mail.signature.${kind}` as const;
      await mail.enqueue(tx, {
        to: m.email,
        lang: m.locale,
        subject: t(`${key}.subject` as MessageKey, { organisation: org.legalName }),
        text: t(`${key}.body` as MessageKey, {
          name: m.name,
          organisation: org.legalName,
          note: note ?? '',
          link: `${config.baseUrl}/${m.locale}/organisations/${org.id}`,
        }),
      });
    }
  }

  async function tellSecretariat(
    tx: Db,
    kind: 'to_verify' | 'info_provided',
    organisationName: string,
    signatureId: string,
  ) {
    for (const a of await q.admins(tx)) {
      const t = translator(a.locale);
      await mail.enqueue(tx, {
        to: a.email,
        lang: a.locale,
        subject: t(`mail.secretariat.${kind}.subject`, { organisation: organisationName }),
        text: t(`mail.secretariat.${kind}.body`, {
          name: a.name,
          organisation: organisationName,
          link: `${config.baseUrl}/${a.locale}/admin/signatures/${signatureId}`,
        }),
      });
    }
  }

  /** One step: the event, its ledger entry when the step is public, and the audit record. */
  async function step(
    tx: Db,
    sig: q.Signature,
    type: SignatureEventType,
    actorId: string | null,
    ip: string | null,
    note?: string,
  ) {
    let ledgerSeq: number | null = null;
    if (type !== 'info_requested' && type !== 'info_provided') {
      const org = await s.organisations.byId(sig.organisationId, tx);
      if (!org) throw notFound();
      const entry = await s.ledger.append(tx, {
        event: type as LedgerEvent,
        organisation: { id: org.id, name: org.legalName, kbo: org.kbo },
        signature: {
          id: sig.id,
          charterVersion: sig.charterVersion,
          charterHash: sig.charterHash,
          signerName: sig.signerName,
          signerTitle: sig.signerTitle,
        },
      });
      ledgerSeq = entry.seq;
    }
    const event = await q.insertEvent(tx, {
      signatureId: sig.id,
      organisationId: sig.organisationId,
      type,
      at: clock.now(),
      actorId,
      note: note ?? null,
      ledgerSeq,
    });
    await audit.record(tx, {
      action: `signature.${type}`,
      actorId,
      ip,
      subjectType: 'signature',
      subjectId: sig.id,
      details: { organisation: sig.organisationId },
    });
    return event;
  }

  async function pendingOrThrow(id: string, from: SignatureStatus[] = ['pending']) {
    const sig = await q.byId(db, id);
    if (!sig) throw notFound();
    if (!from.includes(sig.status)) throw new AppError('signature.not_pending', 409);
    return sig;
  }

  return {
    /** A representative signs for the organisation; the signature waits for the secretariat. */
    async sign(
      actor: Actor,
      organisationId: string,
      input: { signerName: string; signerTitle: string },
      ip: string,
      userAgent: string | undefined,
    ) {
      await s.organisations.requireMember(actor, organisationId, ['representative']);
      requireUser(actor);
      const charter = await s.charter.current();
      if (await q.live(db, organisationId)) throw new AppError('signature.already_signed', 409);
      return db.transaction(async (tx) => {
        const sig = await q.insert(tx, {
          organisationId,
          charterVersion: charter.version,
          charterHash: charter.contentHash,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          signedBy: actor.id,
          status: 'pending',
          signedAt: clock.now(),
          ip,
          userAgent: userAgent?.slice(0, 500) ?? null,
        });
        if (!sig) throw new AppError('signature.already_signed', 409);
        const event = await step(tx, sig, 'signed', actor.id, ip);
        await s.organisations.setCurrentSignature(tx, organisationId, sig.id);
        await tellOrganisation(tx, organisationId, 'signed');
        const org = await s.organisations.byId(organisationId, tx);
        await tellSecretariat(tx, 'to_verify', org?.legalName ?? '', sig.id);
        return { signature: sig, event };
      });
    },

    async approve(actor: Actor, signatureId: string, note: string | undefined, ip: string) {
      requireAdmin(actor);
      const sig = await pendingOrThrow(signatureId);
      return db.transaction(async (tx) => {
        const now = clock.now();
        const moved = await q.transition(tx, sig.id, ['pending'], {
          status: 'active',
          decidedAt: now,
          decidedBy: actor.id,
          infoRequestedAt: null,
        });
        if (!moved) throw new AppError('signature.not_pending', 409);
        const event = await step(tx, moved, 'verified', actor.id, ip, note);
        await tellOrganisation(tx, sig.organisationId, 'verified', note);
        return event;
      });
    },

    async reject(actor: Actor, signatureId: string, reason: string, ip: string) {
      requireAdmin(actor);
      const sig = await pendingOrThrow(signatureId);
      return db.transaction(async (tx) => {
        const now = clock.now();
        const moved = await q.transition(tx, sig.id, ['pending'], {
          status: 'rejected',
          decidedAt: now,
          decidedBy: actor.id,
          endedAt: now,
          infoRequestedAt: null,
        });
        if (!moved) throw new AppError('signature.not_pending', 409);
        const event = await step(tx, moved, 'rejected', actor.id, ip, reason);
        await tellOrganisation(tx, sig.organisationId, 'rejected', reason);
        return event;
      });
    },

    async requestInfo(actor: Actor, signatureId: string, message: string, ip: string) {
      requireAdmin(actor);
      const sig = await pendingOrThrow(signatureId);
      return db.transaction(async (tx) => {
        const moved = await q.transition(tx, sig.id, ['pending'], { infoRequestedAt: clock.now() });
        if (!moved) throw new AppError('signature.not_pending', 409);
        const event = await step(tx, moved, 'info_requested', actor.id, ip, message);
        await tellOrganisation(tx, sig.organisationId, 'info_requested', message);
        return event;
      });
    },

    /** The organisation answers the secretariat's question; the signature goes back to the queue. */
    async provideInfo(actor: Actor, organisationId: string, answer: string, ip: string) {
      await s.organisations.requireMember(actor, organisationId);
      requireUser(actor);
      const sig = await q.live(db, organisationId);
      if (sig?.status !== 'pending' || !sig.infoRequestedAt) throw new AppError('signature.no_question', 409);
      return db.transaction(async (tx) => {
        const moved = await q.transition(tx, sig.id, ['pending'], { infoRequestedAt: null });
        if (!moved) throw new AppError('signature.no_question', 409);
        const event = await step(tx, moved, 'info_provided', actor.id, ip, answer);
        const org = await s.organisations.byId(organisationId, tx);
        await tellSecretariat(tx, 'info_provided', org?.legalName ?? '', sig.id);
        return event;
      });
    },

    /** A representative withdraws the organisation's signature; its history stays. */
    async withdraw(actor: Actor, organisationId: string, ip: string) {
      await s.organisations.requireMember(actor, organisationId, ['representative']);
      requireUser(actor);
      const sig = await q.live(db, organisationId);
      if (!sig) throw new AppError('signature.none', 409);
      return db.transaction(async (tx) => {
        const moved = await q.transition(tx, sig.id, ['pending', 'active', 'non_reporting'], {
          status: 'withdrawn',
          endedAt: clock.now(),
        });
        if (!moved) throw new AppError('signature.none', 409);
        const event = await step(tx, moved, 'withdrawn', actor.id, ip);
        await tellOrganisation(tx, organisationId, 'withdrawn');
        return event;
      });
    },

    /**
     * A yearly report's consequences for a signature (run by the reports feature, inside its transaction):
     * active → non-reporting after the due date, → lapsed after the grace period, and back to active when
     * the late report comes. Each step is a ledger entry, an audit event and a message to the organisation.
     */
    async reportingStep(
      tx: Db,
      signatureId: string,
      to: 'non_reporting' | 'lapsed' | 'active',
      actorId: string | null,
    ) {
      const from: SignatureStatus[] =
        to === 'active' ? ['non_reporting'] : to === 'lapsed' ? ['non_reporting'] : ['active'];
      const moved = await q.transition(tx, signatureId, from, {
        status: to,
        ...(to === 'lapsed' ? { endedAt: clock.now() } : {}),
      });
      if (!moved) return null;
      const type = to === 'active' ? 'reinstated' : to;
      const event = await step(tx, moved, type, actorId, null);
      await tellOrganisation(tx, moved.organisationId, type);
      return event;
    },

    /** The organisation's live signature (pending, active or non-reporting), or null. */
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

    /** For the organisation's members and the secretariat: every signature and its steps. */
    async history(actor: Actor, organisationId: string) {
      const access = await s.organisations.requireAccess(actor, organisationId);
      const sigs = await q.ofOrganisation(db, organisationId);
      const events = await q.eventsOf(
        db,
        sigs.map((x) => x.id),
      );
      return {
        access,
        signatures: sigs.map((sig) => ({
          ...sig,
          events: events.filter((e) => e.event.signatureId === sig.id),
        })),
      };
    },

    async queue(actor: Actor, f: { status: SignatureStatus; page: number }) {
      requireAdmin(actor);
      return q.queue(db, { ...f, pageSize: QUEUE_PAGE_SIZE });
    },

    async detail(actor: Actor, signatureId: string) {
      requireAdmin(actor);
      const sig = await q.byId(db, signatureId);
      if (!sig) throw notFound();
      const [org, events] = await Promise.all([
        s.organisations.byId(sig.organisationId),
        q.eventsOf(db, [sig.id]),
      ]);
      if (!org) throw notFound();
      return { signature: sig, organisation: org, events };
    },

    /** A public receipt: only what the ledger already says, never the IP, user agent or notes. */
    async receipt(eventId: string) {
      const row = await q.eventForReceipt(db, eventId);
      if (!row?.event.ledgerSeq) throw notFound();
      const entry = await s.ledger.entry(row.event.ledgerSeq);
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
        signerName: row.signature.signerName,
        signerTitle: row.signature.signerTitle,
        charterVersion: row.signature.charterVersion,
        charterHash: row.signature.charterHash,
        ledgerSeq: entry.seq,
        entryHash: entry.entryHash,
      };
    },
  };
}
export type SignaturesService = ReturnType<typeof createSignaturesService>;

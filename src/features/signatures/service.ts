import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { type Actor, requireAdmin, requireUser } from '../../platform/auth/authorize.ts';
import { admins } from '../../platform/auth/queries.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type MessageKey, translator } from '../../platform/i18n/index.ts';
import type { CharterService } from '../charter/service.ts';
import { type CharterEntry, type LedgerEvent, type LedgerService, ledgerSigner } from '../ledger/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { identityChanges } from './identity.ts';
import * as q from './queries.ts';
import { SENDERS, signatureReadings } from './reading.ts';
import type { SignatureEventType, SignatureStatus } from './schema.ts';
import { VERIFIED_STATUSES } from './schema.ts';

/** Suspension and revocation, with the statuses each starts from. */
const SECRETARIAT_STEPS = {
  suspend: { from: VERIFIED_STATUSES, to: 'suspended', event: 'suspended' },
  lift: { from: ['suspended'], to: 'active', event: 'suspension_lifted' },
  revoke: { from: [...VERIFIED_STATUSES, 'suspended'], to: 'revoked', event: 'revoked' },
} as const satisfies Record<
  string,
  { from: SignatureStatus[]; to: SignatureStatus; event: SignatureEventType }
>;
export type SecretariatStep = keyof typeof SECRETARIAT_STEPS;

export interface Services {
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

  /** A proposed identity change that a newer one replaces: closed, decided by no one. */
  const supersede = (tx: Db, changeId: string) =>
    q.decideChange(tx, changeId, {
      status: 'superseded',
      decidedAt: clock.now(),
      decidedBy: null,
      note: null,
    });

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
      | 'lapsed'
      | 'identity_changed'
      | 'suspended'
      | 'suspension_lifted'
      | 'revoked'
      | 'change_approved'
      | 'change_rejected',
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

  /** Mails every secretariat account; `path` is the page to act on, after the language. */
  async function tellSecretariat(
    tx: Db,
    kind: 'to_verify' | 'info_provided' | 'change_proposed' | 'dispute',
    organisationName: string,
    path: string,
  ) {
    for (const a of await admins(tx)) {
      const t = translator(a.locale);
      await mail.enqueue(tx, {
        to: a.email,
        lang: a.locale,
        subject: t(`mail.secretariat.${kind}.subject`, { organisation: organisationName }),
        text: t(`mail.secretariat.${kind}.body`, {
          name: a.name,
          organisation: organisationName,
          link: `${config.baseUrl}/${a.locale}${path}`,
        }),
      });
    }
  }

  /**
   * Whether the secretariat verified the signature, which makes its signer's name public. A withdrawn signature
   * was verified if it was decided on (a rejected one cannot be withdrawn).
   */
  const verified = (sig: q.Signature) =>
    sig.status === 'active' ||
    sig.status === 'non_reporting' ||
    sig.status === 'lapsed' ||
    sig.status === 'suspended' ||
    sig.status === 'revoked' ||
    (sig.status === 'withdrawn' && sig.decidedAt !== null);

  /**
   * Whether the organisation's identity is checked: the secretariat is verifying it, or verified it and the
   * register shows it. Changes then go through the secretariat.
   */
  const identityChecked = (sig: q.Signature | null): sig is q.Signature =>
    !!sig && (sig.status === 'pending' || (verified(sig) && sig.status !== 'revoked'));

  /** One step: the event, its ledger entry when the step is public, and the audit record. */
  async function step(
    tx: Db,
    sig: q.Signature,
    type: SignatureEventType,
    actorId: string | null,
    ip: string | null,
    note?: string,
    extra: Pick<CharterEntry, 'reason' | 'change'> = {},
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
          ...ledgerSigner(sig, verified(sig)),
        },
        ...extra,
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

  /** The organisation; its caller checked the actor's access, which found it. */
  const organisationOf = async (organisationId: string) => {
    const org = await s.organisations.byId(organisationId);
    if (!org) throw notFound();
    return org;
  };

  /** The organisation's signatures, latest first, each with its steps. */
  async function signaturesOf(organisationId: string) {
    const sigs = await q.ofOrganisation(db, organisationId);
    const events = await q.eventsOf(
      db,
      sigs.map((x) => x.id),
    );
    return sigs.map((sig) => ({
      ...sig,
      events: events.filter((e) => e.event.signatureId === sig.id),
    }));
  }

  return {
    /** The signing page: the organisation and the charter in force, for its representatives. */
    async signing(actor: Actor, organisationId: string) {
      await s.organisations.requireMember(actor, organisationId, SENDERS.sign);
      return { organisation: await organisationOf(organisationId), charter: await s.charter.current() };
    },

    /** A representative signs for the organisation; the signature waits for the secretariat. */
    async sign(
      actor: Actor,
      organisationId: string,
      input: { signerName: string; signerTitle: string },
      ip: string,
      userAgent: string | undefined,
    ) {
      await s.organisations.requireMember(actor, organisationId, SENDERS.sign);
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
          signerSalt: randomBytes(32).toString('hex'),
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
        await tellSecretariat(tx, 'to_verify', org?.legalName ?? '', `/admin/signatures/${sig.id}`);
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
      await s.organisations.requireMember(actor, organisationId, SENDERS.reply);
      requireUser(actor);
      const sig = await q.live(db, organisationId);
      if (sig?.status !== 'pending' || !sig.infoRequestedAt) throw new AppError('signature.no_question', 409);
      return db.transaction(async (tx) => {
        const moved = await q.transition(tx, sig.id, ['pending'], { infoRequestedAt: null });
        if (!moved) throw new AppError('signature.no_question', 409);
        const event = await step(tx, moved, 'info_provided', actor.id, ip, answer);
        const org = await s.organisations.byId(organisationId, tx);
        await tellSecretariat(tx, 'info_provided', org?.legalName ?? '', `/admin/signatures/${sig.id}`);
        return event;
      });
    },

    /** A representative withdraws the organisation's signature; its history stays. */
    async withdraw(actor: Actor, organisationId: string, ip: string) {
      await s.organisations.requireMember(actor, organisationId, SENDERS.withdraw);
      requireUser(actor);
      const sig = await q.live(db, organisationId);
      if (!sig) throw new AppError('signature.none', 409);
      return db.transaction(async (tx) => {
        const moved = await q.transition(tx, sig.id, q.LIVE_STATUSES, {
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

    /**
     * The secretariat suspends a signature (it stays listed, with the public reason), lifts the suspension, or
     * revokes it (it ends and leaves the register). Each is a ledger entry, an audit event and a message.
     */
    async secretariatStep(
      actor: Actor,
      signatureId: string,
      kind: SecretariatStep,
      reason: string | undefined,
      ip: string,
    ) {
      requireAdmin(actor);
      const rule = SECRETARIAT_STEPS[kind];
      const sig = await q.byId(db, signatureId);
      if (!sig) throw notFound();
      return db.transaction(async (tx) => {
        const moved = await q.transition(tx, sig.id, [...rule.from], {
          status: rule.to,
          publicReason: kind === 'lift' ? null : (reason ?? null),
          ...(kind === 'revoke' ? { endedAt: clock.now() } : {}),
        });
        if (!moved) throw new AppError('signature.status_changed', 409);
        const event = await step(
          tx,
          moved,
          rule.event,
          actor.id,
          ip,
          reason,
          kind === 'lift' || !reason ? {} : { reason },
        );
        await tellOrganisation(tx, moved.organisationId, rule.event, reason);
        return event;
      });
    },

    ...identityChanges(deps, s, { tellOrganisation, tellSecretariat, step, supersede, identityChecked }),

    ...signatureReadings(deps, s, { organisationOf, signaturesOf, verified }),
  };
}
export type SignaturesService = ReturnType<typeof createSignaturesService>;

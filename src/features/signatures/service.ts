import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { type Actor, requireAdmin, requireUser } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { type MessageKey, translator } from '../../platform/i18n/index.ts';
import type { CharterService } from '../charter/service.ts';
import {
  type LedgerEvent,
  type LedgerIdentity,
  type LedgerPayload,
  type LedgerService,
  ledgerSigner,
} from '../ledger/service.ts';
import type { Organisation } from '../organisations/index.ts';
import { formatKbo } from '../organisations/kbo.ts';
import type { MemberRole } from '../organisations/schema.ts';
import type { OrganisationInput, OrganisationsService } from '../organisations/service.ts';
import * as q from './queries.ts';
import type { Identity, SignatureEventType, SignatureStatus } from './schema.ts';
import { VERIFIED_STATUSES } from './schema.ts';

export const QUEUE_PAGE_SIZE = 25;
const DAY = 24 * 3600_000;

/** Who may send each of the organisation's signature forms (the secretariat acts for none). */
const SENDERS: Record<'sign' | 'withdraw' | 'reply', MemberRole[]> = {
  sign: ['representative'],
  withdraw: ['representative'],
  reply: ['representative', 'editor'],
};

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

const identityOf = (o: Pick<Organisation, keyof Identity>): Identity => ({
  legalName: o.legalName,
  kbo: o.kbo,
  sector: o.sector,
  region: o.region,
  postcode: o.postcode,
  commune: o.commune,
});
/** The place alone is not checked: only the region it gives is. */
const sameIdentity = (a: Identity, b: Identity) =>
  a.legalName === b.legalName && a.kbo === b.kbo && a.sector === b.sector && a.region === b.region;
const forLedger = (i: Identity): LedgerIdentity => ({
  name: i.legalName,
  kbo: i.kbo,
  sector: i.sector,
  region: i.region,
});
/** Names compared as people read them: case, accents, punctuation and spacing aside. */
const nameKey = (n: string) =>
  n
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

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
    for (const a of await q.admins(tx)) {
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
    extra: Pick<LedgerPayload, 'reason' | 'change'> = {},
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

    /**
     * Saves the organisation's edit form. Logos, descriptions, size, website and a move within the same region
     * change at once. Once the identity is checked (the secretariat verifies or verified the signature), a new
     * legal name, enterprise number, sector or region from the members waits for the secretariat, and the
     * register keeps the verified values; the secretariat's own edit applies at once. Either way, an applied
     * change to a checked identity is a ledger entry with the values before and after.
     */
    async saveOrganisation(
      actor: Actor,
      organisationId: string,
      input: OrganisationInput,
      logo: Buffer | undefined,
      ip: string,
    ): Promise<{ proposed: boolean }> {
      const edit = await s.organisations.checkEdit(actor, organisationId, input, logo);
      requireUser(actor);
      const { current, values } = edit;
      const sig = current.currentSignatureId ? await q.byId(db, current.currentSignatureId) : null;
      const before = identityOf(current);
      const after = identityOf(values);
      return db.transaction(async (tx) => {
        if (sameIdentity(before, after)) {
          await s.organisations.write(tx, organisationId, values, edit.logo, actor.id, ip);
          return { proposed: false };
        }
        // A new identity that applies at once makes any proposal still open stale: approving it later would
        // put the older values back (and, for a signature no longer checked, write a ledger entry for it).
        const open = await q.pendingChange(tx, organisationId);
        if (open && (!identityChecked(sig) || edit.access === 'admin')) await supersede(tx, open.id);
        if (!identityChecked(sig)) {
          await s.organisations.write(tx, organisationId, values, edit.logo, actor.id, ip);
          return { proposed: false };
        }
        if (edit.access === 'admin') {
          await s.organisations.write(tx, organisationId, values, edit.logo, actor.id, ip);
          await step(tx, sig, 'identity_changed', actor.id, ip, undefined, {
            change: { from: forLedger(before), to: forLedger(after) },
          });
          await tellOrganisation(tx, organisationId, 'identity_changed');
          return { proposed: false };
        }
        // The members' edit: what is free now, the checked identity (and the place that moves it) later.
        const { legalName, kbo, sector, region, postcode, commune, ...free } = values;
        const place = region === before.region ? { postcode, commune } : {};
        await s.organisations.write(tx, organisationId, { ...free, ...place }, edit.logo, actor.id, ip);
        if (open && sameIdentity(open.after, after) && open.after.postcode === after.postcode) {
          return { proposed: true };
        }
        const now = clock.now();
        if (open) await supersede(tx, open.id);
        const change = await q.insertChange(tx, {
          organisationId,
          signatureId: sig.id,
          status: 'pending',
          before,
          after,
          proposedBy: actor.id,
          proposedAt: now,
        });
        await audit.record(tx, {
          action: 'organisation.change_proposed',
          actorId: actor.id,
          ip,
          subjectType: 'organisation',
          subjectId: organisationId,
          details: { change: change.id },
        });
        await tellSecretariat(tx, 'change_proposed', current.legalName, `/admin/signatures/${sig.id}`);
        return { proposed: true };
      });
    },

    /** The change waiting for the secretariat, for the organisation's members and the secretariat. */
    async pendingChange(actor: Actor, organisationId: string) {
      await s.organisations.requireAccess(actor, organisationId);
      return q.pendingChange(db, organisationId);
    },

    /**
     * The secretariat decides a proposed change of the signature's organisation. Approving applies the new
     * identity and writes the ledger entry with the values before and after; either way the members are told.
     */
    async decideChange(
      actor: Actor,
      signatureId: string,
      decision: 'approve' | 'reject',
      note: string | undefined,
      ip: string,
    ) {
      requireAdmin(actor);
      const sig = await q.byId(db, signatureId);
      if (!sig) throw notFound();
      const open = await q.pendingChange(db, sig.organisationId);
      if (!open) throw new AppError('change.not_pending', 409);
      return db.transaction(async (tx) => {
        const now = clock.now();
        const decided = await q.decideChange(tx, open.id, {
          status: decision === 'approve' ? 'approved' : 'rejected',
          decidedAt: now,
          decidedBy: actor.id,
          note: note ?? null,
        });
        if (!decided) throw new AppError('change.not_pending', 409);
        if (decision === 'reject') {
          await audit.record(tx, {
            action: 'organisation.change_rejected',
            actorId: actor.id,
            ip,
            subjectType: 'organisation',
            subjectId: sig.organisationId,
            details: { change: open.id },
          });
          await tellOrganisation(tx, sig.organisationId, 'change_rejected', note);
          return decided;
        }
        const org = await s.organisations.byId(sig.organisationId, tx);
        if (!org) throw notFound();
        if (await s.organisations.kboTaken(open.after.kbo, org.id, tx)) throw new AppError('kbo.taken', 409);
        const { legalName, kbo, sector, region, postcode, commune } = open.after;
        await s.organisations.write(
          tx,
          org.id,
          { legalName, kbo, sector, region, postcode, commune },
          undefined,
          actor.id,
          ip,
        );
        // The entry goes with the organisation's signature now, and says what the register said before.
        const current = org.currentSignatureId ? await q.byId(tx, org.currentSignatureId) : null;
        await step(tx, current ?? sig, 'identity_changed', actor.id, ip, note, {
          change: { from: forLedger(identityOf(org)), to: forLedger(open.after) },
        });
        await tellOrganisation(tx, org.id, 'change_approved', note);
        return decided;
      });
    },

    /**
     * Someone says an enterprise number registered here is their organisation's: the secretariat hears of it.
     * Anyone may, signed in or not (the route limits how often); the members who registered the number are
     * not named to them.
     */
    async dispute(
      actor: Actor,
      input: {
        kbo: string;
        organisationName: string;
        claimantName: string;
        claimantRole: string;
        contact: string;
        message?: string;
      },
      ip: string,
    ) {
      if (!(await s.organisations.kboTaken(input.kbo)))
        throw new AppError('dispute.not_taken', 422, { kbo: 'dispute.not_taken' });
      return db.transaction(async (tx) => {
        const d = await q.insertDispute(tx, {
          ...input,
          message: input.message ?? null,
          userId: actor?.id ?? null,
          ip,
          status: 'open',
          createdAt: clock.now(),
        });
        await audit.record(tx, {
          action: 'kbo.disputed',
          actorId: actor?.id ?? null,
          ip,
          subjectType: 'kbo_dispute',
          subjectId: d.id,
          details: { kbo: d.kbo },
        });
        await tellSecretariat(
          tx,
          'dispute',
          `${input.organisationName} (${formatKbo(input.kbo)})`,
          `/admin/signatures/disputes/${d.id}`,
        );
        return d;
      });
    },

    /** A dispute, with the organisation that holds the number now and what the ledger recorded for it. */
    async disputeDetail(actor: Actor, id: string) {
      requireAdmin(actor);
      const d = await q.dispute(db, id);
      if (!d) throw notFound();
      const holder = await s.organisations.byKbo(d.kbo);
      const sig = holder?.currentSignatureId ? await q.byId(db, holder.currentSignatureId) : null;
      return {
        dispute: d,
        holder: holder && {
          id: holder.id,
          name: holder.legalName,
          signatureId: sig?.id ?? null,
          status: sig?.status ?? null,
        },
        recordedNames: await s.ledger.namesForKbo(d.kbo),
      };
    },

    async closeDispute(actor: Actor, id: string, note: string | undefined, ip: string) {
      requireAdmin(actor);
      return db.transaction(async (tx) => {
        const d = await q.closeDispute(tx, id, {
          closedAt: clock.now(),
          closedBy: actor.id,
          note: note ?? null,
        });
        if (!d) throw new AppError('dispute.closed', 409);
        await audit.record(tx, {
          action: 'kbo.dispute_closed',
          actorId: actor.id,
          ip,
          subjectType: 'kbo_dispute',
          subjectId: id,
          details: { kbo: d.kbo },
        });
        return d;
      });
    },

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
export type SignaturesService = ReturnType<typeof createSignaturesService>;

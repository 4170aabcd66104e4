import type { Db } from '../../db/client.ts';
import { type Actor, requireAdmin, requireUser } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { CharterEntry, LedgerIdentity } from '../ledger/service.ts';
import type { Organisation } from '../organisations/index.ts';
import { formatKbo } from '../organisations/kbo.ts';
import type { OrganisationInput } from '../organisations/service.ts';
import * as q from './queries.ts';
import type { Identity, SignatureEventType } from './schema.ts';
import type { Services } from './service.ts';

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

/** What the identity steps share with the signature's own steps, from the signatures service. */
interface Steps {
  tellOrganisation(
    tx: Db,
    organisationId: string,
    kind: 'identity_changed' | 'change_approved' | 'change_rejected',
    note?: string,
  ): Promise<void>;
  tellSecretariat(
    tx: Db,
    kind: 'change_proposed' | 'dispute',
    organisationName: string,
    path: string,
  ): Promise<void>;
  step(
    tx: Db,
    sig: q.Signature,
    type: SignatureEventType,
    actorId: string | null,
    ip: string | null,
    note?: string,
    extra?: Pick<CharterEntry, 'reason' | 'change'>,
  ): Promise<unknown>;
  supersede(tx: Db, changeId: string): Promise<unknown>;
  identityChecked(sig: q.Signature | null): sig is q.Signature;
}

/**
 * The organisation's checked identity after signing: edits that wait for the secretariat, its decision,
 * and disputes over an enterprise number. Part of the signatures service.
 */
export function identityChanges(deps: Deps, s: Services, steps: Steps) {
  const { db, clock, audit } = deps;
  const { tellOrganisation, tellSecretariat, step, supersede, identityChecked } = steps;
  return {
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
  };
}

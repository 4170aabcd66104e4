import { createHash, randomBytes } from 'node:crypto';
import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, notFound } from '../../platform/http/errors.ts';
import type { LedgerService } from '../ledger/service.ts';
import type { EthicsVersion } from './content.ts';
import * as q from './queries/structures.ts';
import type { StructuresService } from './structures.ts';

/** What the ledger shows instead of the helper: SHA-256 of the signature's salt and the account id. */
export const facilitatorHash = (salt: string, userId: string) =>
  createHash('sha256').update(`${salt}:${userId}`).digest('hex');

/**
 * Signing the code of ethics: a digital helper signs the current version for a structure they help at; one of
 * the structure's managers countersigns, and only then does the public ledger get its entry. A new version of
 * the code asks everyone to sign again: a signature counts for its version only.
 */
export function createSigningService(
  deps: Deps,
  structures: StructuresService,
  ledger: LedgerService,
  current: EthicsVersion,
) {
  const { db, clock, audit } = deps;

  async function signatureOrThrow(id: string) {
    const s = await q.signature(db, id);
    if (!s) throw notFound();
    return s;
  }

  const service = {
    current: () => current,

    async sign(actor: Actor, organisationId: string, ip: string) {
      const helper = await structures.requireFacilitator(actor, organisationId);
      return db.transaction(async (tx) => {
        const s = await q.insertSignature(tx, {
          organisationId,
          userId: helper.id,
          version: current.version,
          versionHash: current.hash,
          salt: randomBytes(16).toString('hex'),
          signedAt: clock.now(),
        });
        if (!s) throw new AppError('ethics.already_signed', 409);
        await audit.record(tx, {
          action: 'facilitation.ethics_signed',
          actorId: helper.id,
          ip,
          subjectType: 'ethics_signature',
          subjectId: s.id,
          details: { version: current.version },
        });
        return s;
      });
    },

    /** A manager of the structure countersigns someone else's signature; the ledger entry is written with it. */
    async countersign(actor: Actor, signatureId: string, ip: string) {
      const s = await signatureOrThrow(signatureId);
      const manager = await structures.requireManager(actor, s.organisationId);
      if (s.userId === manager.id) throw new AppError('ethics.own_signature', 403);
      if (s.countersignedAt) throw new AppError('ethics.already_countersigned', 409);
      const structure = await structures.structure(s.organisationId);
      await db.transaction(async (tx) => {
        const { seq } = await ledger.append(tx, {
          event: 'ethics_signed',
          organisation: structure,
          ethics: {
            id: s.id,
            version: s.version,
            versionHash: s.versionHash,
            facilitator: facilitatorHash(s.salt, s.userId),
          },
        });
        if (!(await q.countersign(tx, s.id, manager.id, clock.now(), seq)).length)
          throw new AppError('ethics.already_countersigned', 409);
        await audit.record(tx, {
          action: 'facilitation.ethics_countersigned',
          actorId: manager.id,
          ip,
          subjectType: 'ethics_signature',
          subjectId: s.id,
        });
      });
    },

    /** The receipt: for the helper who signed, and for the structure's managers. */
    async receipt(actor: Actor, signatureId: string) {
      requireUser(actor);
      const s = await signatureOrThrow(signatureId);
      if (s.userId !== actor.id && !(await structures.isManager(actor, s.organisationId))) throw forbidden();
      const structure = await structures.structure(s.organisationId);
      return {
        signature: s,
        structure,
        facilitator: facilitatorHash(s.salt, s.userId),
        current: s.version === current.version,
      };
    },

    /** The person's signatures, newest version first. */
    async mine(actor: Actor) {
      requireUser(actor);
      return q.signaturesOf(db, actor.id);
    },
  };
  return service;
}
export type SigningService = ReturnType<typeof createSigningService>;

import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../../db/client.ts';
import { type Actor, requireUser, type SignedIn } from '../../platform/auth/authorize.ts';
import { randomToken, sha256 } from '../../platform/auth/crypto.ts';
import type { Deps } from '../../platform/deps.ts';
import { findLocality, regionOf } from '../../platform/geo.ts';
import { AppError, forbidden, notFound } from '../../platform/http/errors.ts';
import { type ErrorCode, type Locale, translator } from '../../platform/i18n/index.ts';
import { VERIFIED_STATUSES } from '../signatures/schema.ts';
import * as q from './queries.ts';
import type { Descriptions, MemberRole, Sector, SizeBand } from './schema.ts';

/** Signatures that let an organisation act on the commitments: active, or late with its yearly report. */
const LIVE = new Set<string>(VERIFIED_STATUSES);

export const LOGO_MAX_BYTES = 512 * 1024;
const INVITATION_TTL = 14 * 24 * 3600_000;

export interface OrganisationInput {
  legalName: string;
  /** Already normalised to 10 digits. */
  kbo: string;
  sector: Sector;
  sizeBand: SizeBand;
  postcode: string;
  commune: string;
  website?: string;
  description: Descriptions;
}

/** What a member may do; admins (the secretariat) may look at every organisation but act for none. */
export type Access = MemberRole | 'admin';

export function slugify(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'organisation'
  );
}

export function createOrganisationsService(deps: Deps) {
  const { db, clock, audit, mail, config } = deps;

  /** Checks the logo by its bytes, not by its name or declared type. */
  async function checkLogo(bytes: Buffer): Promise<'image/png' | 'image/jpeg'> {
    if (bytes.length > LOGO_MAX_BYTES) throw new AppError('logo.too_large', 422, { logo: 'logo.too_large' });
    const type = await fileTypeFromBuffer(bytes);
    if (type?.mime !== 'image/png' && type?.mime !== 'image/jpeg') {
      throw new AppError('logo.type', 422, { logo: 'logo.type' });
    }
    return type.mime;
  }

  function place(input: OrganisationInput) {
    const locality = findLocality(input.postcode, input.commune);
    if (!locality) {
      throw new AppError('commune.mismatch', 422, { commune: 'commune.mismatch' });
    }
    return { commune: locality.name, region: regionOf(input.postcode) };
  }

  async function uniqueSlug(tx: Db, name: string, kbo: string) {
    const base = slugify(name);
    if (!(await q.slugTaken(tx, base))) return base;
    return `${base}-${kbo.slice(-4)}`;
  }

  async function access(actor: SignedIn, organisationId: string): Promise<Access | null> {
    const role = await q.roleOf(db, organisationId, actor.id);
    return role ?? (actor.role === 'admin' ? 'admin' : null);
  }

  const service = {
    /** Whether the actor writes for the organisation (a representative or an editor), without throwing. */
    async isMember(actor: Actor, organisationId: string): Promise<boolean> {
      if (!actor) return false;
      const role = await q.roleOf(db, organisationId, actor.id);
      return role !== null;
    },

    /** The actor's role in the organisation; throws when they have none (admins see everything). */
    async requireAccess(actor: Actor, organisationId: string): Promise<Access> {
      requireUser(actor);
      const org = await q.byId(db, organisationId);
      if (!org) throw notFound();
      const a = await access(actor, organisationId);
      if (!a) throw forbidden();
      return a;
    },

    async requireMember(
      actor: Actor,
      organisationId: string,
      roles: MemberRole[] = ['representative', 'editor'],
    ) {
      const a = await service.requireAccess(actor, organisationId);
      if (a === 'admin' || !roles.includes(a))
        throw new AppError(a === 'editor' ? 'organisation.representative_only' : 'forbidden', 403);
      return a;
    },

    async register(
      actor: Actor,
      input: OrganisationInput,
      creatorRole: MemberRole,
      logo: Buffer | undefined,
      ip: string,
    ) {
      requireUser(actor);
      const where = place(input);
      const mime = logo ? await checkLogo(logo) : undefined;
      if (await q.kboTaken(db, input.kbo)) throw new AppError('kbo.taken', 409, { kbo: 'kbo.taken' });
      return db.transaction(async (tx) => {
        const now = clock.now();
        const org = await q.insert(tx, {
          ...input,
          ...where,
          website: input.website ?? null,
          slug: await uniqueSlug(tx, input.legalName, input.kbo),
          logoUpdatedAt: mime ? now : null,
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        });
        if (!org) throw new AppError('kbo.taken', 409, { kbo: 'kbo.taken' });
        await q.addMember(tx, org.id, actor.id, creatorRole, now);
        if (logo && mime) await q.upsertLogo(tx, org.id, mime, logo, now);
        await q.refreshSearch(tx, org.id);
        await audit.record(tx, {
          action: 'organisation.created',
          actorId: actor.id,
          ip,
          subjectType: 'organisation',
          subjectId: org.id,
          details: { kbo: org.kbo, role: creatorRole },
        });
        return org;
      });
    },

    /**
     * Checks an edit of the organisation's details (who asks, the place, the logo, the enterprise number) and
     * returns the new values without writing them: the signatures service decides what needs the secretariat.
     * Members and the secretariat may edit.
     */
    async checkEdit(
      actor: Actor,
      organisationId: string,
      input: OrganisationInput,
      logo: Buffer | undefined,
    ) {
      const access = await service.requireAccess(actor, organisationId);
      const where = place(input);
      const mime = logo ? await checkLogo(logo) : undefined;
      if (await q.kboTaken(db, input.kbo, organisationId))
        throw new AppError('kbo.taken', 409, { kbo: 'kbo.taken' });
      const current = (await q.byId(db, organisationId)) as q.Organisation;
      const values = { ...input, ...where, website: input.website ?? null };
      return { access, current, values, logo: logo && mime ? { mime, bytes: logo } : undefined };
    },

    /** Writes checked details (and the logo), inside the caller's transaction, and records who did. */
    async write(
      tx: Db,
      organisationId: string,
      values: Partial<q.OrganisationValues>,
      logo: { mime: 'image/png' | 'image/jpeg'; bytes: Buffer } | undefined,
      actorId: string,
      ip: string,
    ) {
      const now = clock.now();
      await q.update(tx, organisationId, {
        ...values,
        updatedAt: now,
        ...(logo ? { logoUpdatedAt: now } : {}),
      });
      if (logo) await q.upsertLogo(tx, organisationId, logo.mime, logo.bytes, now);
      await q.refreshSearch(tx, organisationId);
      await audit.record(tx, {
        action: 'organisation.updated',
        actorId,
        ip,
        subjectType: 'organisation',
        subjectId: organisationId,
      });
    },

    /**
     * The organisation's own page: details, members and open invitations, for its members and the secretariat.
     * Shown again with the invitation form's errors (`sending`), it is for those who may invite, as `invite` is.
     */
    async view(actor: Actor, organisationId: string, sending?: 'invite') {
      const role = sending
        ? await service.requireMember(actor, organisationId)
        : await service.requireAccess(actor, organisationId);
      const org = (await q.byId(db, organisationId)) as q.Organisation;
      const [members, invitations] = await Promise.all([
        q.members(db, organisationId),
        q.openInvitations(db, organisationId, clock.now()),
      ]);
      return { org, role, members, invitations };
    },

    /** The organisation as its edit form shows it: for its members and the secretariat, as `checkEdit`. */
    async editable(actor: Actor, organisationId: string) {
      await service.requireAccess(actor, organisationId);
      const org = await q.byId(db, organisationId);
      if (!org) throw notFound();
      return org;
    },

    async listMine(actor: Actor) {
      requireUser(actor);
      return q.mine(db, actor.id);
    },

    /** The actor's organisations, each saying whether it may act as a signatory now. */
    async mineAsSignatories(actor: Actor) {
      if (!actor) return [];
      return (await q.mine(db, actor.id)).map((o) => ({ ...o, live: LIVE.has(o.signatureStatus ?? '') }));
    },

    /**
     * A member acting for a signatory whose signature is live; `message` names the refusal in the form's terms.
     * Throws 422 on the form's organisation field otherwise.
     */
    async requireLiveSignatory(actor: Actor, organisationId: string, message: ErrorCode) {
      await service.requireMember(actor, organisationId);
      const [s] = await q.signatureStatuses(db, [organisationId]);
      if (!LIVE.has(s?.status ?? '')) throw new AppError(message, 422, { organisationId: message });
    },

    /** Editors may invite editors; only representatives may invite representatives. */
    async invite(
      actor: Actor,
      organisationId: string,
      input: { email: string; role: MemberRole },
      locale: Locale,
      ip: string,
    ) {
      const role = await service.requireMember(actor, organisationId);
      requireUser(actor);
      if (input.role === 'representative' && role !== 'representative') {
        throw new AppError('organisation.representative_only', 403);
      }
      const org = (await q.byId(db, organisationId)) as q.Organisation;
      const token = randomToken();
      await db.transaction(async (tx) => {
        const now = clock.now();
        await q.insertInvitation(tx, {
          organisationId,
          email: input.email,
          role: input.role,
          tokenHash: sha256(token),
          invitedBy: actor.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_TTL),
        });
        const t = translator(locale);
        await mail.enqueue(tx, {
          to: input.email,
          lang: locale,
          subject: t('mail.invitation.subject', { organisation: org.legalName }),
          text: t('mail.invitation.body', {
            organisation: org.legalName,
            role: t(`member_role.${input.role}`),
            link: `${config.baseUrl}/${locale}/invitations/${token}`,
          }),
        });
        await audit.record(tx, {
          action: 'organisation.invitation_sent',
          actorId: actor.id,
          ip,
          subjectType: 'organisation',
          subjectId: organisationId,
          details: { role: input.role },
        });
      });
    },

    async invitation(token: string) {
      const row = await q.liveInvitation(db, sha256(token), clock.now());
      if (!row) throw new AppError('token.invalid', 400);
      return row;
    },

    /** The invited person joins, signed in with the invited address (a forwarded link does not work). */
    async acceptInvitation(actor: Actor, token: string, email: string, ip: string) {
      requireUser(actor);
      const { invitation } = await service.invitation(token);
      if (invitation.email !== email) throw new AppError('invitation.other_email', 403);
      return db.transaction(async (tx) => {
        const now = clock.now();
        const accepted = await q.markAccepted(tx, invitation.id, now);
        if (!accepted.length) throw new AppError('token.invalid', 400);
        await q.addMember(tx, invitation.organisationId, actor.id, invitation.role, now);
        await audit.record(tx, {
          action: 'organisation.member_joined',
          actorId: actor.id,
          ip,
          subjectType: 'organisation',
          subjectId: invitation.organisationId,
          details: { role: invitation.role },
        });
        return invitation.organisationId;
      });
    },

    /**
     * For other features' services: the organisation, without an access check. Inside a transaction, pass it:
     * PGlite has one connection, and a query outside the open transaction would wait for it forever.
     */
    byId: (id: string, tx: Db = db) => q.byId(tx, id),
    byKbo: (kbo: string, tx: Db = db) => q.byKbo(tx, kbo),
    kboTaken: (kbo: string, exceptId?: string, tx: Db = db) => q.kboTaken(tx, kbo, exceptId),
    members: (id: string, tx: Db = db) => q.members(tx, id),
    setCurrentSignature: (tx: Db, id: string, signatureId: string) =>
      q.update(tx, id, { currentSignatureId: signatureId, updatedAt: clock.now() }),
    logo: (id: string) => q.logo(db, id),
  };
  return service;
}
export type OrganisationsService = ReturnType<typeof createOrganisationsService>;

import type { Db } from '../../db/client.ts';
import { type Actor, requireAdmin, requireUser } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { safeFileName, type Upload } from '../../platform/http/multipart.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import * as q from './queries.ts';
import type { TargetGroup } from './schema.ts';

export const PRACTICES_PAGE_SIZE = 20;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_PER_PRACTICE = 5;
/** The practice page names this many adopters; the heading gives the full count. */
const ADOPTERS_SHOWN = 100;

/** A name safe to store and to show, and to send back in a header; an attachment is always a PDF. */
export const attachmentName = (filename: string) => safeFileName(filename, '.pdf');

export interface PracticeInput {
  title: string;
  summary: string;
  body: string;
  lang: Locale;
  commitments: CommitmentCode[];
  obstacles: string[];
  targetGroups: TargetGroup[];
  results?: string;
  contact?: string;
  links: string[];
}

/**
 * The library of good practices (commitment C1): members of a signatory submit, the secretariat publishes or
 * returns with a comment, everyone searches what is published.
 */
export function createPracticesService(
  deps: Deps,
  organisations: OrganisationsService,
  obstacles: ObstaclesService,
) {
  const { db, clock } = deps;

  async function checkObstacles(ids: string[]) {
    const known = new Set((await obstacles.list()).map((o) => o.id));
    if (ids.some((id) => !known.has(id))) throw new AppError('invalid', 422, { obstacles: 'invalid' });
  }

  async function practiceOrThrow(id: string) {
    const p = await q.byId(db, id);
    if (!p) throw notFound();
    return p;
  }

  /** Published practices (and their PDFs) are public; the others only for their members and the secretariat. */
  async function requireReadable(actor: Actor, p: { practice: q.Practice }) {
    if (p.practice.status === 'published') return;
    if (!actor) throw notFound();
    await organisations.requireAccess(actor, p.practice.organisationId);
  }

  /** The organisation a practice is written for: its name, sector and region, which the practice takes. */
  async function authorOf(organisationId: string) {
    const o = await organisations.byId(organisationId);
    if (!o) throw notFound();
    return { id: o.id, name: o.legalName, sector: o.sector, region: o.region };
  }

  /** Checks the file by its bytes, not by its name or declared type: a PDF starts with "%PDF-". */
  function checkPdf(bytes: Buffer) {
    if (bytes.length > ATTACHMENT_MAX_BYTES)
      throw new AppError('attachment.too_large', 422, { file: 'attachment.too_large' });
    if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-')))
      throw new AppError('attachment.not_pdf', 422, { file: 'attachment.not_pdf' });
  }

  /** The signed-in member's other organisations: which may adopt, and what each already declared. */
  async function adoptersMine(actor: Actor, p: { practice: q.Practice }) {
    if (!actor || p.practice.status !== 'published') return [];
    const orgs = (await organisations.mineAsSignatories(actor)).filter(
      (o) => o.id !== p.practice.organisationId,
    );
    const declared = await q.adoptionsOf(
      db,
      p.practice.id,
      orgs.map((o) => o.id),
    );
    return orgs.map((o) => ({
      id: o.id,
      name: o.legalName,
      canAdopt: o.live,
      note: declared.find((d) => d.organisationId === o.id)?.note ?? null,
    }));
  }

  // Sector and region are the organisation's, read at each submission: asked again, they drifted from it.
  const values = async (input: PracticeInput, organisationId: string, tx: Db) => {
    const { obstacles: _o, ...rest } = input;
    const org = await organisations.byId(organisationId, tx);
    if (!org) throw notFound();
    return {
      ...rest,
      sector: org.sector,
      region: org.region,
      results: input.results ?? null,
      contact: input.contact ?? null,
    };
  };

  return {
    search: (f: q.PracticeFilter, page: number, pageSize = PRACTICES_PAGE_SIZE) =>
      q.search(db, f, pageSize, (page - 1) * pageSize),

    /**
     * Published practices are public; the others only for their organisation's members and the secretariat.
     * With the practice come its PDFs, its public adopters, and the actor's organisations that may adopt it.
     */
    async view(actor: Actor, id: string) {
      const p = await practiceOrThrow(id);
      await requireReadable(actor, p);
      const [canEdit, files, adopters, mine] = await Promise.all([
        organisations.isMember(actor, p.practice.organisationId),
        q.attachments(db, id),
        q.adopters(db, id, ADOPTERS_SHOWN),
        adoptersMine(actor, p),
      ]);
      // Names stored before they were made safe are made safe on the way out too.
      const safeFiles = files.map((f) => ({ ...f, filename: attachmentName(f.filename) }));
      return { ...p, canEdit, attachments: safeFiles, adopters, mine };
    },

    async submit(actor: Actor, organisationId: string, input: PracticeInput) {
      await organisations.requireMember(actor, organisationId);
      await checkObstacles(input.obstacles);
      const now = clock.now();
      return db.transaction(async (tx) =>
        q.insert(
          tx,
          {
            ...(await values(input, organisationId, tx)),
            organisationId,
            status: 'submitted',
            createdBy: actor?.id ?? null,
            createdAt: now,
            updatedAt: now,
          },
          input.obstacles,
        ),
      );
    },

    /** For the new-practice form: the organisation it is written for, to its members only. */
    async author(actor: Actor, organisationId: string) {
      await organisations.requireMember(actor, organisationId);
      return authorOf(organisationId);
    },

    /** For the edit form: the practice, to its members only. */
    async editable(actor: Actor, id: string) {
      const p = await practiceOrThrow(id);
      await organisations.requireMember(actor, p.practice.organisationId);
      return p;
    },

    /** The edit form's practice with the organisation it is written for. */
    async editing(actor: Actor, id: string) {
      const p = await this.editable(actor, id);
      return { ...p, author: await authorOf(p.practice.organisationId) };
    },

    /** An edit goes back to the secretariat before it is public again. */
    async update(actor: Actor, id: string, input: PracticeInput) {
      const { practice } = await this.editable(actor, id);
      await checkObstacles(input.obstacles);
      await db.transaction(async (tx) =>
        q.update(
          tx,
          id,
          {
            ...(await values(input, practice.organisationId, tx)),
            status: 'submitted',
            updatedAt: clock.now(),
          },
          input.obstacles,
        ),
      );
    },

    requireSecretariat(actor: Actor) {
      requireAdmin(actor);
    },

    async queue(actor: Actor, page: number) {
      requireAdmin(actor);
      return q.queue(db, PRACTICES_PAGE_SIZE, (page - 1) * PRACTICES_PAGE_SIZE);
    },

    async publish(actor: Actor, id: string) {
      requireAdmin(actor);
      const p = await practiceOrThrow(id);
      if (p.practice.status !== 'submitted') throw new AppError('practice.not_submitted', 409);
      await q.update(db, id, { status: 'published', moderationComment: null, publishedAt: clock.now() });
    },

    async returnToAuthor(actor: Actor, id: string, comment: string) {
      requireAdmin(actor);
      const p = await practiceOrThrow(id);
      if (p.practice.status !== 'submitted') throw new AppError('practice.not_submitted', 409);
      await q.update(db, id, { status: 'returned', moderationComment: comment, updatedAt: clock.now() });
    },

    /** A PDF with its bytes, to whoever may read the practice. */
    async attachment(actor: Actor, practiceId: string, attachmentId: string) {
      await requireReadable(actor, await practiceOrThrow(practiceId));
      const a = await q.attachment(db, practiceId, attachmentId);
      if (!a) throw notFound();
      return { ...a, filename: attachmentName(a.filename) };
    },

    /**
     * A member adds a PDF. Like an edit, it goes to the secretariat before the practice is public again: the
     * file is public content too.
     */
    async addAttachment(actor: Actor, practiceId: string, upload: Upload) {
      const p = await practiceOrThrow(practiceId);
      await organisations.requireMember(actor, p.practice.organisationId);
      checkPdf(upload.bytes);
      const now = clock.now();
      await db.transaction(async (tx) => {
        if ((await q.lockAndCountAttachments(tx, practiceId)) >= ATTACHMENTS_PER_PRACTICE)
          throw new AppError('attachment.too_many', 422, { file: 'attachment.too_many' });
        await q.insertAttachment(tx, {
          practiceId,
          filename: attachmentName(upload.filename),
          size: upload.bytes.length,
          bytes: upload.bytes,
          createdBy: actor?.id ?? null,
          createdAt: now,
        });
        if (p.practice.status !== 'submitted')
          await q.update(tx, practiceId, { status: 'submitted', updatedAt: now });
      });
    },

    /** Removing a PDF takes nothing new public, so the practice stays as it is. */
    async removeAttachment(actor: Actor, practiceId: string, attachmentId: string) {
      const p = await practiceOrThrow(practiceId);
      await organisations.requireMember(actor, p.practice.organisationId);
      if (!(await q.deleteAttachment(db, practiceId, attachmentId)).length) throw notFound();
    },

    /**
     * "We adopted this": a member of another signatory in good standing, for a published practice, with a note.
     * Declaring again rewrites the note.
     */
    async adopt(actor: Actor, practiceId: string, organisationId: string, note: string) {
      requireUser(actor);
      await organisations.requireMember(actor, organisationId);
      const p = await practiceOrThrow(practiceId);
      if (p.practice.organisationId === organisationId)
        throw new AppError('adoption.own_practice', 422, { organisationId: 'adoption.own_practice' });
      if (p.practice.status !== 'published') throw new AppError('adoption.not_published', 422);
      await organisations.requireLiveSignatory(actor, organisationId, 'adoption.signatories_only');
      const now = clock.now();
      await q.upsertAdoption(db, {
        practiceId,
        organisationId,
        note,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      });
    },

    async withdrawAdoption(actor: Actor, practiceId: string, organisationId: string) {
      await organisations.requireMember(actor, organisationId);
      if (!(await q.deleteAdoption(db, practiceId, organisationId)).length) throw notFound();
    },

    /** For the author's public profile: its published practices, each with its public adopters' count. */
    async sharedBy(organisationId: string) {
      const rows = await q.ofOrganisation(db, organisationId, true);
      const counts = await q.adoptionCounts(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((r) => ({ ...r, adoptions: counts.find((c) => c.id === r.id)?.n ?? 0 }));
    },

    /** For the adopter's public profile: the published practices it adopted. */
    adoptedBy: (organisationId: string) => q.adoptedBy(db, organisationId, 50),

    /** Practices published and adopted per year across the coalition, for the three-year evaluation. */
    byYear: () => q.byYear(db),

    /** Every published practice, for open data, in batches of 500. */
    async *all() {
      for (let offset = 0; ; offset += 500) {
        const rows = await q.openBatch(db, offset, 500);
        yield* rows;
        if (rows.length < 500) return;
      }
    },
  };
}
export type PracticesService = ReturnType<typeof createPracticesService>;

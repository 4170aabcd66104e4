import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { isUpload, type Upload } from '../../platform/http/multipart.ts';
import { parseInput } from '../../platform/http/validate.ts';
import type { ErrorCode } from '../../platform/i18n/index.ts';
import { parseKbo } from '../organisations/kbo.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { helpPointFields } from './fields.ts';
import type { HelpPointLists } from './lists.ts';
import type { HelpPointsService } from './points.ts';
import * as iq from './queries/imports.ts';
import * as q from './queries/points.ts';

/**
 * Loading a region's list of help points from CSV (columns in docs/help-points.md). The secretariat uploads a
 * file and sees a dry run: each row added, changed, unchanged or refused, with the reason. Applying it is all
 * or nothing, and idempotent: a row is the point with the same source and id, so the same file twice changes
 * nothing the second time.
 */

/** A point's own columns, the same in the import and the CSV export (which adds who keeps it and where it lives). */
export const POINT_COLUMNS = [
  'name',
  'kind',
  'street',
  'postcode',
  'commune',
  'latitude',
  'longitude',
  'phone',
  'email',
  'website',
  'opening_hours',
  'services',
  'access',
  'booking_url',
  'free',
  'languages',
  'accessibility',
  'audiences',
  'summary',
  'description',
] as const;
export const IMPORT_COLUMNS = ['source_id', 'structure_kbo', ...POINT_COLUMNS] as const;
/** What the export adds: an export, edited, imports again (these columns are read past). */
export const EXPORT_ONLY = ['id', 'source', 'structure', 'checked_at', 'url'] as const;
const REQUIRED = ['source_id', 'structure_kbo', 'name', 'kind', 'street', 'postcode', 'commune'];
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

export const importFields = z.object({
  source: z
    .string('import.source_invalid')
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'import.source_invalid'),
  file: z.custom<Upload>(isUpload, 'import.file_required'),
});

export type Outcome = 'added' | 'changed' | 'unchanged' | 'refused';
export interface PlannedRow {
  line: number;
  sourceId: string;
  name: string;
  outcome: Outcome;
  reason?: { column: string; code: ErrorCode };
  id?: string;
  row?: q.NewHelpPoint;
}

/** The columns an import sets; the others (checks, who edited) are the platform's. */
const COMPARED = [
  'organisationId',
  'name',
  'kind',
  'summary',
  'description',
  'street',
  'postcode',
  'commune',
  'lat',
  'lon',
  'placed',
  'phone',
  'email',
  'website',
  'hours',
  'services',
  'access',
  'bookingUrl',
  'free',
  'languages',
  'accessibility',
  'audiences',
] as const;
const same = (a: q.HelpPoint, b: q.NewHelpPoint) =>
  COMPARED.every((k) => JSON.stringify(a[k] ?? null) === JSON.stringify(b[k] ?? null));

const list = (v: string | undefined) => (v ?? '').split(/[\s,;]+/).filter(Boolean);
const YES = new Set(['yes', 'oui', 'ja', 'true', '1']);
/** The form's field named as the CSV's column, for the reason of a refusal. */
const column = (field: string) =>
  ({ bookingUrl: 'booking_url', lat: 'latitude', lon: 'longitude' })[field.split('.')[0] as string] ??
  (field.split('.')[0] as string);

/** The file as rows by column name; a file that is not UTF-8 CSV with the known columns is refused whole. */
export function readCsv(bytes: Buffer): Record<string, string>[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('import.not_utf8', 422, { file: 'import.not_utf8' });
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch {
    throw new AppError('import.csv_invalid', 422, { file: 'import.csv_invalid' });
  }
  const header = Object.keys(rows[0] ?? {});
  if (!rows.length) throw new AppError('import.empty', 422, { file: 'import.empty' });
  const known = new Set<string>([...IMPORT_COLUMNS, ...EXPORT_ONLY]);
  if (header.some((h) => !known.has(h)) || REQUIRED.some((r) => !header.includes(r)))
    throw new AppError('import.columns', 422, { file: 'import.columns' });
  if (rows.length > IMPORT_MAX_ROWS)
    throw new AppError('import.too_many_rows', 422, { file: 'import.too_many_rows' });
  return rows;
}

export function createImportService(
  deps: Deps,
  organisations: OrganisationsService,
  points: HelpPointsService,
  lists: HelpPointLists,
) {
  const { db, clock } = deps;
  const fields = helpPointFields(lists);

  /** What applying the file would do to each row, read against what the source brought before. */
  async function plan(tx: Db, source: string, rows: Record<string, string>[]): Promise<PlannedRow[]> {
    const before = new Map((await q.fromSource(tx, source)).map((p) => [p.sourceId, p]));
    const structures = new Map<string, string | null>();
    const seen = new Set<string>();
    const out: PlannedRow[] = [];
    for (const [i, r] of rows.entries()) {
      const line = i + 2;
      const sourceId = r.source_id ?? '';
      const refuse = (col: string, code: ErrorCode) =>
        out.push({ line, sourceId, name: r.name ?? '', outcome: 'refused', reason: { column: col, code } });
      if (!sourceId) refuse('source_id', 'required');
      else if (seen.has(sourceId)) refuse('source_id', 'import.id_twice');
      if (!sourceId || seen.has(sourceId)) continue;
      seen.add(sourceId);
      const kbo = parseKbo(r.structure_kbo ?? '');
      if (!kbo.ok) {
        refuse('structure_kbo', kbo.code as ErrorCode);
        continue;
      }
      if (!structures.has(kbo.value))
        structures.set(kbo.value, (await organisations.byKbo(kbo.value, tx))?.id ?? null);
      const organisationId = structures.get(kbo.value);
      if (!organisationId) {
        refuse('structure_kbo', 'import.structure_unknown');
        continue;
      }
      const parsed = parseInput(fields, {
        name: r.name,
        kind: r.kind,
        summary: r.summary,
        description: r.description,
        street: r.street,
        postcode: r.postcode,
        commune: r.commune,
        phone: r.phone,
        email: r.email,
        website: r.website,
        services: list(r.services),
        access: r.access || 'both',
        bookingUrl: r.booking_url,
        free: YES.has((r.free ?? 'yes').toLowerCase()) ? 'yes' : undefined,
        languages: list(r.languages),
        accessibility: list(r.accessibility),
        audiences: list(r.audiences),
      });
      if (!parsed.ok) {
        const [field, code] = Object.entries(parsed.errors)[0] as [string, ErrorCode];
        refuse(column(field), code);
        continue;
      }
      // Coordinates in a file are machine-written: a dot is the decimal sign.
      const coord = (v: string | undefined) => (v ? Number(v) : undefined);
      const [lat, lon] = [coord(r.latitude), coord(r.longitude)];
      if ([lat, lon].some((x) => x !== undefined && !Number.isFinite(x))) {
        refuse('latitude', 'number.invalid');
        continue;
      }
      let values: ReturnType<HelpPointsService['values']>;
      try {
        values = points.values({ ...parsed.data, lat, lon });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        refuse(column(Object.keys(e.fields ?? { postcode: '' })[0] as string), e.code as ErrorCode);
        continue;
      }
      // The file's hours are syntax already: stored as given, unknown if they do not parse.
      const row = {
        ...values,
        hours: r.opening_hours || null,
        hoursForm: null,
        organisationId,
        source,
        sourceId,
      };
      const old = before.get(sourceId);
      const outcome = !old ? 'added' : same(old, row as q.NewHelpPoint) ? 'unchanged' : 'changed';
      out.push({ line, sourceId, name: row.name, outcome, id: old?.id, row: row as q.NewHelpPoint });
    }
    return out;
  }

  const counts = (rows: PlannedRow[]) =>
    Object.fromEntries(
      (['added', 'changed', 'unchanged', 'refused'] as const).map((o) => [
        o,
        rows.filter((r) => r.outcome === o).length,
      ]),
    ) as Record<Outcome, number>;

  async function importOrThrow(actor: Actor, id: string) {
    requireAdmin(actor);
    const imp = await iq.byId(db, id);
    if (!imp) throw notFound();
    return imp;
  }

  return {
    requireAdmin: (actor: Actor) => requireAdmin(actor),

    /** Keeps the file once it reads as CSV with the known columns; the dry run comes next. */
    async upload(actor: Actor, input: z.infer<typeof importFields>) {
      requireAdmin(actor);
      const rows = readCsv(input.file.bytes);
      const content = new TextDecoder().decode(input.file.bytes);
      await plan(db, input.source, rows);
      return iq.insert(db, {
        source: input.source,
        filename: input.file.filename.slice(0, 200),
        content,
        createdBy: actor.id,
        createdAt: clock.now(),
      });
    },

    /** The dry run: what applying would do, row by row, with nothing written. */
    async preview(actor: Actor, id: string) {
      const imp = await importOrThrow(actor, id);
      const rows = await plan(db, imp.source, readCsv(Buffer.from(imp.content)));
      return { import: imp, rows, counts: counts(rows) };
    },

    /** All or nothing: a refused row stops the whole file; the plan is made again inside the transaction. */
    async apply(actor: Actor, id: string) {
      const imp = await importOrThrow(actor, id);
      const a = actor as NonNullable<Actor>;
      return db.transaction(async (tx) => {
        const rows = await plan(tx, imp.source, readCsv(Buffer.from(imp.content)));
        const c = counts(rows);
        if (c.refused) throw new AppError('import.has_refused', 409);
        if (!(await iq.markApplied(tx, id, clock.now()))) throw new AppError('import.applied', 409);
        const now = clock.now();
        for (const r of rows) {
          if (r.outcome === 'added' && r.row)
            await q.insert(tx, { ...r.row, checkedAt: now, createdAt: now, updatedAt: now, updatedBy: a.id });
          if (r.outcome === 'changed' && r.row && r.id)
            await q.update(tx, r.id, { ...r.row, checkedAt: now, updatedAt: now, updatedBy: a.id });
        }
        return c;
      });
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;

import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import { todayIn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { personalDataIn } from './personal-data.ts';
import * as q from './queries/log.ts';
import type { StructuresService } from './structures.ts';
import {
  type AgeBand,
  type Autonomy,
  DURATION_PRESETS,
  type Equipment,
  type Gender,
  GROUP_DIMENSIONS,
  type GroupDimension,
  type Kind,
  type Level,
  type Place,
  type Referral,
  type Situation,
  type Visit,
} from './taxonomy.ts';

/** How long a helper may correct or delete an entry; then it is frozen, so that published figures hold. */
export const EDIT_WINDOW_DAYS = 30;
export const ENTRIES_PAGE_SIZE = 20;
const EXPORT_BATCH = 2000;
const DAY = 24 * 3600_000;

/** The help points' names, from their own feature: the log's choice of place and the figures' filter. */
export type PointNames = (by: {
  organisationIds?: readonly string[];
  ids?: readonly string[];
}) => Promise<{ id: string; name: string; organisationId: string }[]>;

export interface SessionInput {
  clientKey: string;
  organisationId: string;
  kind: Kind;
  happenedOn: string;
  durationMin: number;
  place: Place;
  placePostcode?: string;
  /** One of the structure's help points, for a session at the structure. */
  helpPointId?: string;
  themes: string[];
  equipment: Equipment;
  autonomy: Autonomy;
  referral: Referral;
  note?: string;
  /** One person. */
  ageBand?: AgeBand;
  gender?: Gender;
  situation?: Situation;
  visit?: Visit;
  residencePostcode?: string;
  /** A group: how many came, and how many of them per attribute (the rest count as unknown). */
  title?: string;
  level?: Level;
  participants?: number;
  counts?: Partial<Record<GroupDimension, Partial<Record<string, number>>>>;
}

/** A group's counts per attribute, each dimension filled up to the number of participants with "unknown". */
export function sessionCounts(input: SessionInput): q.GroupCount[] {
  if (input.kind !== 'collective') return [];
  const total = input.participants ?? 0;
  return (Object.keys(GROUP_DIMENSIONS) as GroupDimension[]).flatMap((dimension) => {
    const given = Object.entries(input.counts?.[dimension] ?? {}).filter(([, n]) => (n ?? 0) > 0) as [
      string,
      number,
    ][];
    const sum = given.reduce((s, [, n]) => s + n, 0);
    if (sum > total)
      throw new AppError('log.counts_exceed', 422, { [`count_${dimension}`]: 'log.counts_exceed' });
    const rows = given.map(([value, n]) => ({ dimension, value, n }));
    return sum < total ? [...rows, { dimension, value: 'unknown', n: total - sum }] : rows;
  });
}

/** The columns of an entry: a person's attributes on an individual session only, a title and level on a group's. */
export function sessionValues(input: SessionInput) {
  const individual = input.kind === 'individual';
  return {
    organisationId: input.organisationId,
    kind: input.kind,
    happenedOn: input.happenedOn,
    durationMin: input.durationMin,
    place: input.place,
    placePostcode: input.place === 'structure' ? null : (input.placePostcode ?? null),
    helpPointId: input.place === 'structure' ? (input.helpPointId ?? null) : null,
    themes: input.themes,
    equipment: input.equipment,
    autonomy: input.autonomy,
    referral: input.referral,
    note: input.note ?? null,
    participants: individual ? 1 : (input.participants ?? 1),
    ageBand: individual ? (input.ageBand ?? 'unknown') : null,
    gender: individual ? (input.gender ?? 'unknown') : null,
    situation: individual ? (input.situation ?? 'unknown') : null,
    visit: individual ? (input.visit ?? 'unknown') : null,
    residencePostcode: individual ? (input.residencePostcode ?? null) : null,
    title: individual ? null : (input.title ?? null),
    level: individual ? null : (input.level ?? null),
  };
}

/**
 * The support-session log: a digital helper records each session in a few taps, without anything that
 * identifies the person helped. Entries belong to the helper who logged them, for 30 days; the figures built
 * from them are in stats.ts.
 */
export function createLogService(
  deps: Deps,
  structures: StructuresService,
  themeCodes: ReadonlySet<string>,
  points: PointNames,
) {
  const { db, clock } = deps;

  async function check(input: SessionInput) {
    const today = todayIn(clock.now());
    const earliest = todayIn(new Date(clock.now().getTime() - EDIT_WINDOW_DAYS * DAY));
    if (input.happenedOn > today)
      throw new AppError('log.date_future', 422, { happenedOn: 'log.date_future' });
    if (input.happenedOn < earliest)
      throw new AppError('log.date_too_old', 422, { happenedOn: 'log.date_too_old' });
    if (input.themes.some((t) => !themeCodes.has(t)))
      throw new AppError('invalid', 422, { themes: 'invalid' });
    if (input.place === 'elsewhere' && !input.placePostcode)
      throw new AppError('log.postcode_required', 422, { placePostcode: 'log.postcode_required' });
    const found = input.note ? personalDataIn(input.note) : null;
    if (found) throw new AppError(`log.note_${found}`, 422, { note: `log.note_${found}` });
    // A point of another structure would count this structure's work at someone else's place.
    if (input.place === 'structure' && input.helpPointId) {
      const [point] = await points({ ids: [input.helpPointId] });
      if (point?.organisationId !== input.organisationId)
        throw new AppError('log.help_point_invalid', 422, { helpPointId: 'log.help_point_invalid' });
    }
  }

  /** The helper's own entry, still inside its window. */
  async function ownEditable(actor: Actor, id: string) {
    requireUser(actor);
    const e = await q.byId(db, id);
    if (!e || e.facilitatorId !== actor.id) throw notFound();
    if (e.createdAt.getTime() < clock.now().getTime() - EDIT_WINDOW_DAYS * DAY)
      throw new AppError('log.frozen', 409);
    return e;
  }

  const service = {
    /** What the form needs: where the helper works, their usual durations, their last entry of this kind. */
    async form(actor: Actor, kind: Kind) {
      requireUser(actor);
      const { helpsAt } = await structures.roles(actor);
      if (!helpsAt.length) throw new AppError('facilitation.not_facilitator', 403);
      const [last, usual, places] = await Promise.all([
        q.last(db, actor.id, kind),
        q.usualDurations(db, actor.id, new Date(clock.now().getTime() - 90 * DAY)),
        points({ organisationIds: helpsAt.map((s) => s.id) }),
      ]);
      const usualFirst = usual.map((u) => u.minutes);
      const durations = [...new Set([...usualFirst, ...DURATION_PRESETS])];
      return {
        structures: helpsAt,
        points: places,
        last,
        lastCounts: last?.kind === 'collective' ? await q.countsOf(db, last.id) : [],
        durations,
        today: todayIn(clock.now()),
      };
    },

    /** Records one session; a repeated send with the same key answers the first entry, and makes none. */
    async log(actor: Actor, input: SessionInput) {
      const helper = await structures.requireFacilitator(actor, input.organisationId);
      await check(input);
      const counts = sessionCounts(input);
      const now = clock.now();
      return db.transaction((tx) =>
        q.insert(
          tx,
          {
            ...sessionValues(input),
            clientKey: input.clientKey,
            facilitatorId: helper.id,
            createdAt: now,
            updatedAt: now,
          },
          counts,
        ),
      );
    },

    async entries(actor: Actor, page: number) {
      requireUser(actor);
      const rows = await q.mine(db, actor.id, ENTRIES_PAGE_SIZE, (page - 1) * ENTRIES_PAGE_SIZE);
      const frozenBefore = clock.now().getTime() - EDIT_WINDOW_DAYS * DAY;
      return {
        rows: rows.map((r) => ({ ...r, editable: r.createdAt.getTime() >= frozenBefore })),
        total: rows[0]?.total ?? 0,
      };
    },

    /** One of the helper's entries, for its edit form. */
    async editable(actor: Actor, id: string) {
      const e = await ownEditable(actor, id);
      return { entry: e, counts: e.kind === 'collective' ? await q.countsOf(db, id) : [] };
    },

    async update(actor: Actor, id: string, input: SessionInput) {
      const e = await ownEditable(actor, id);
      if (input.kind !== e.kind) throw new AppError('invalid', 422, { kind: 'invalid' });
      await structures.requireFacilitator(actor, input.organisationId);
      await check(input);
      const counts = sessionCounts(input);
      await db.transaction((tx) =>
        q.update(tx, id, { ...sessionValues(input), updatedAt: clock.now() }, counts),
      );
    },

    /**
     * Every entry of a structure, for its managers, read in batches as the download goes: memory stays flat
     * however many there are. The first batch is read at once, so that the access check comes before any byte.
     */
    async exportRows(actor: Actor, organisationId: string): Promise<AsyncIterable<q.ExportRow>> {
      await structures.requireManager(actor, organisationId);
      const first = await q.exportBatch(db, organisationId, null, EXPORT_BATCH);
      return (async function* () {
        let batch = first;
        while (batch.length) {
          yield* batch;
          if (batch.length < EXPORT_BATCH) return;
          const last = batch[batch.length - 1] as q.ExportRow;
          batch = await q.exportBatch(
            db,
            organisationId,
            { day: last.happenedOn as string, id: last.id as string },
            EXPORT_BATCH,
          );
        }
      })();
    },

    async remove(actor: Actor, id: string) {
      await ownEditable(actor, id);
      await db.transaction((tx) => q.remove(tx, id));
    },
  };
  return service;
}
export type LogService = ReturnType<typeof createLogService>;

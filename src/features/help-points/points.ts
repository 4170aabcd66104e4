import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { findLocality, nearestLocality, searchPlace } from '../../platform/geo.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { FinderQuery, HelpPointInput } from './fields.ts';
import { type Filters, find, HOURS_CHECKED } from './finder.ts';
import { nextAt, readHours, toSyntax } from './hours.ts';
import * as q from './queries/points.ts';
import * as rq from './queries/reports.ts';

/** A position in Belgium, named by its nearest locality; null outside the country. */
function around(at: { lat: number; lon: number }) {
  if (at.lat < BELGIUM.south || at.lat > BELGIUM.north || at.lon < BELGIUM.west || at.lon > BELGIUM.east)
    return null;
  const near = nearestLocality(at);
  return near ? { ...near, lat: at.lat, lon: at.lon } : null;
}

/** After this long without a check, a point says its information may be out of date, and its manager is told. */
export const STALE_AFTER_MS = 365 * 86_400_000;
/** Belgium's box, with a margin: coordinates outside it are a typing mistake. */
const BELGIUM = { south: 49.4, north: 51.6, west: 2.4, east: 6.5 };
/** How far the finder looks around a place: the whole country from anywhere in it. */
const REACH_KM = 300;
export const FINDER_PAGE_SIZE = 20;

/**
 * Help points: their managers (the host structure's members) and the secretariat keep them; anyone finds them.
 */
export function createHelpPointsService(deps: Deps, organisations: OrganisationsService) {
  const { db, clock } = deps;

  /** The structure's members manage its points; the secretariat manages any. */
  async function requireManager(actor: Actor, organisationId: string) {
    requireUser(actor);
    if (actor.role !== 'admin') await organisations.requireMember(actor, organisationId);
    return actor;
  }

  async function pointOrThrow(id: string) {
    const p = await q.byId(db, id);
    if (!p) throw notFound();
    return p;
  }

  /** The address checked against the postcode list; the postcode's centre when no coordinates are given. */
  function located(input: HelpPointInput) {
    const locality = findLocality(input.postcode, input.commune);
    if (!locality) throw new AppError('commune.mismatch', 422, { commune: 'commune.mismatch' });
    const placed = input.lat !== undefined || input.lon !== undefined;
    if (placed) {
      const { lat, lon } = input;
      if (
        lat === undefined ||
        lon === undefined ||
        lat < BELGIUM.south ||
        lat > BELGIUM.north ||
        lon < BELGIUM.west ||
        lon > BELGIUM.east
      )
        throw new AppError('helppoint.outside_belgium', 422, { lat: 'helppoint.outside_belgium' });
      return { commune: locality.name, lat, lon, placed };
    }
    return { commune: locality.name, lat: locality.lat, lon: locality.lon, placed };
  }

  function values(input: HelpPointInput) {
    const { hours, lat: _lat, lon: _lon, ...rest } = input;
    return {
      ...rest,
      ...located(input),
      summary: input.summary ?? '',
      description: input.description ?? '',
      phone: input.phone ?? null,
      email: input.email ?? null,
      website: input.website ?? null,
      bookingUrl: input.bookingUrl ?? null,
      hours: hours ? toSyntax(hours) : null,
      hoursForm: hours ?? null,
    };
  }

  const service = {
    requireManager,
    staleAfterMs: STALE_AFTER_MS,
    /** A form's input as the row's columns (the address checked, the hours as syntax): for the import too. */
    values,

    async create(actor: Actor, organisationId: string, input: HelpPointInput) {
      const a = await requireManager(actor, organisationId);
      const now = clock.now();
      return q.insert(db, {
        organisationId,
        ...values(input),
        checkedAt: now,
        createdAt: now,
        updatedAt: now,
        updatedBy: a.id,
      });
    },

    /** Saving the form counts as a check: the manager has just looked at every field. */
    async update(actor: Actor, id: string, input: HelpPointInput) {
      const { point } = await pointOrThrow(id);
      const a = await requireManager(actor, point.organisationId);
      const now = clock.now();
      return q.update(db, id, { ...values(input), checkedAt: now, updatedAt: now, updatedBy: a.id });
    },

    /** "Still true": the manager confirms the information without changing it. */
    async confirm(actor: Actor, id: string) {
      const { point } = await pointOrThrow(id);
      await requireManager(actor, point.organisationId);
      return q.update(db, id, { checkedAt: clock.now() });
    },

    /** The structure a manager works on, by name: for the pages around its points. */
    async structure(actor: Actor, organisationId: string) {
      await requireManager(actor, organisationId);
      const org = await organisations.byId(organisationId);
      if (!org) throw notFound();
      return { id: org.id, name: org.legalName };
    },

    /**
     * Points' names, public as the points are: the support-session log's choice of place and its figures'
     * filter. An empty list of structures or ids asks for nothing.
     */
    async names(by: { organisationIds?: readonly string[]; ids?: readonly string[] }) {
      if ((by.organisationIds && !by.organisationIds.length) || (by.ids && !by.ids.length)) return [];
      return q.names(db, by);
    },

    /**
     * A structure's points, for its managers: each with its completeness, whether it is out of date, and how
     * many visitors' reports are open.
     */
    async ofStructure(actor: Actor, organisationId: string) {
      const structure = await service.structure(actor, organisationId);
      const now = clock.now();
      const list = await q.ofOrganisation(db, organisationId);
      const open = new Map(
        (
          await rq.openCounts(
            db,
            list.map((p) => p.id),
          )
        ).map((r) => [r.id, r.n]),
      );
      return {
        structure,
        points: list.map((p) => ({
          ...p,
          completeness: completeness(p, now),
          stale: isStale(p, now),
          openReports: open.get(p.id) ?? 0,
        })),
      };
    },

    /** One point as its form shows it, for its managers. */
    async forEdit(actor: Actor, id: string) {
      const found = await pointOrThrow(id);
      await requireManager(actor, found.point.organisationId);
      return found;
    },

    /** Every point with its structure's name, read a batch at a time: for the open-data files, which stream. */
    all: () => q.everyPoint(db),

    /** One point, for anyone. */
    async get(id: string) {
      const { point, structure } = await pointOrThrow(id);
      return { ...point, structure, stale: isStale(point, clock.now()) };
    },

    /**
     * The finder: the place a person typed (postcode or commune), then the points around it that match, nearest
     * first, one page at a time. An unknown place is `place: null`, so the page can say so.
     */
    async find(where: string | { lat: number; lon: number }, filters: Filters, page = 1) {
      const place = typeof where === 'string' ? (searchPlace(where)[0] ?? null) : around(where);
      if (!place) return { place: null, total: 0, results: [] };
      const start = (page - 1) * FINDER_PAGE_SIZE;
      // With an hours filter, the nearest HOURS_CHECKED that match the rest are read and their hours checked;
      // without, only the page's points are read, and the matching ones are counted.
      const hours = !!(filters.openNow || filters.openAt);
      const [rows, count] = await Promise.all([
        q.nearest(db, place, REACH_KM, filters, hours ? HOURS_CHECKED : start + FINDER_PAGE_SIZE),
        hours ? null : q.countMatching(db, place, REACH_KM, filters),
      ]);
      const found = find(rows, place, filters, clock.now());
      return {
        place,
        total: count ?? found.length,
        results: found.slice(start, start + FINDER_PAGE_SIZE),
      };
    },

    /**
     * The finder's form as the page sends it; null before anything is asked. "Open on a day" means the next
     * such day from today, at the time given (10:00 when only the day is).
     */
    async search(query: FinderQuery) {
      const { where, near, open, day, time, page, ...chosen } = query;
      const from = near ?? where;
      if (!from) return null;
      const openAt = open === 'at' && day ? nextAt(day, time ?? '10:00', clock.now()) : undefined;
      return service.find(from, { ...chosen, openNow: open === 'now', openAt }, page);
    },
  };
  return service;
}
export type HelpPointsService = ReturnType<typeof createHelpPointsService>;

export function isStale(p: Pick<q.HelpPoint, 'checkedAt'>, now: Date) {
  return now.getTime() - p.checkedAt.getTime() > STALE_AFTER_MS;
}

/**
 * How complete a point is, for its manager, in percent: what a visitor needs to decide to come. Each part counts
 * the same; hours count only when they parse.
 */
export function completeness(p: q.HelpPoint, now: Date): number {
  const parts = [
    p.summary !== '',
    p.description !== '',
    !!(p.phone || p.email || p.website),
    readHours(p.hours) !== null,
    p.services.length > 0,
    p.languages.length > 0,
    p.accessibility.length > 0,
    p.audiences.length > 0,
    p.placed,
    !isStale(p, now),
  ];
  return Math.round((100 * parts.filter(Boolean).length) / parts.length);
}

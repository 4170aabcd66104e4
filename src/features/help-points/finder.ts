import { distanceKm } from '../../platform/geo.ts';
import { openAt, readHours, type Status, statusAt } from './hours.ts';

/**
 * The finder's rule: the points that offer what the person asked for, nearest first. Pure, so that the page, the
 * API and the bench share it; the query narrows by area first (queries/), this orders and filters what is left.
 */

export const ACCESS_MODES = ['walk_in', 'appointment', 'both'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export interface FinderPoint {
  id: string;
  name: string;
  kind: string;
  lat: number;
  lon: number;
  services: string[];
  access: AccessMode;
  languages: string[];
  accessibility: string[];
  audiences: string[];
  /** OpenStreetMap opening_hours syntax; null or unparseable means unknown. */
  hours: string | null;
}

export interface Filters {
  service?: string;
  kind?: string;
  language?: string;
  accessibility?: string;
  audience?: string;
  walkIn?: boolean;
  openNow?: boolean;
  /** Open at this moment (a day and a time the person chose). */
  openAt?: Date;
}

export interface Found<P extends FinderPoint> {
  point: P;
  km: number;
  status: Status;
}

const has = (list: string[], wanted: string | undefined) => !wanted || list.includes(wanted);

/**
 * When a filter asks about opening hours, they are read for this many of the nearest matching points at most:
 * reading hours is the finder's one costly step, and ten pages are more than a person looks through.
 */
export const HOURS_CHECKED = 200;

/**
 * The matching points within `withinKm`, nearest first. Cheap filters and distances come first; hours are read
 * only where a filter needs them, and each result's status only when it is shown (a page is twenty).
 */
export function find<P extends FinderPoint>(
  points: readonly P[],
  origin: { lat: number; lon: number },
  filters: Filters,
  now: Date,
  withinKm = Number.POSITIVE_INFINITY,
): Found<P>[] {
  const near: { point: P; km: number }[] = [];
  for (const point of points) {
    if (!has(point.services, filters.service) || !has(point.languages, filters.language)) continue;
    if (!has(point.accessibility, filters.accessibility)) continue;
    if (filters.kind && point.kind !== filters.kind) continue;
    // A point for everyone welcomes each audience.
    if (
      filters.audience &&
      !point.audiences.includes(filters.audience) &&
      !point.audiences.includes('everyone')
    )
      continue;
    if (filters.walkIn && point.access === 'appointment') continue;
    const km = distanceKm(origin, point);
    if (km <= withinKm) near.push({ point, km });
  }
  near.sort((a, b) => a.km - b.km || a.point.name.localeCompare(b.point.name));
  const { openNow, openAt: at } = filters;
  const kept =
    openNow || at
      ? near.slice(0, HOURS_CHECKED).filter(({ point }) => {
          const hours = readHours(point.hours);
          return (!openNow || openAt(hours, now)) && (!at || openAt(hours, at));
        })
      : near;
  return kept.map(({ point, km }) => {
    let status: Status | undefined;
    return {
      point,
      km,
      get status() {
        status ??= statusAt(readHours(point.hours), now);
        return status;
      },
    };
  });
}

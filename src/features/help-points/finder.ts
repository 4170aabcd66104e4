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

export function find<P extends FinderPoint>(
  points: readonly P[],
  origin: { lat: number; lon: number },
  filters: Filters,
  now: Date,
): Found<P>[] {
  const found: Found<P>[] = [];
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
    const hours = readHours(point.hours);
    const status = statusAt(hours, now);
    if (filters.openNow && status.state !== 'open') continue;
    if (filters.openAt && !openAt(hours, filters.openAt)) continue;
    found.push({ point, km: distanceKm(origin, point), status });
  }
  return found.sort((a, b) => a.km - b.km || a.point.name.localeCompare(b.point.name));
}

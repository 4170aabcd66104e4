/**
 * The closed lists of the accompaniment log (issue 16). Codes are stored and exported; each has a label in
 * messages/log.ts. Themes are content (content/facilitation/themes.json), since a network may adapt them.
 */
export const KINDS = ['individual', 'collective'] as const;
export const DURATION_PRESETS = [15, 30, 45, 60, 90, 120] as const;
export const PLACES = ['structure', 'home', 'remote', 'mobile_unit', 'elsewhere'] as const;
export const EQUIPMENT = [
  'person_phone',
  'person_computer',
  'person_tablet',
  'structure_computer',
  'structure_tablet',
  'none',
] as const;
export const AUTONOMY = ['done_for', 'done_together', 'done_alone'] as const;
export const REFERRALS = [
  'none',
  'cpas',
  'public_service',
  'other_structure',
  'social_service',
  'other',
] as const;
export const AGE_BANDS = [
  'under_18',
  '18_24',
  '25_39',
  '40_54',
  '55_64',
  '65_74',
  '75_plus',
  'unknown',
] as const;
export const GENDERS = ['woman', 'man', 'other', 'unknown'] as const;
export const SITUATIONS = ['working', 'job_seeker', 'retired', 'student', 'other', 'unknown'] as const;
export const VISITS = ['first', 'returning', 'unknown'] as const;
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
/** Duration bands of the statistics, in minutes: [from, to). */
export const DURATION_BANDS = ['lt30', '30_60', '60_120', 'ge120'] as const;

/** What a collective session counts per attribute instead of one row per person. */
export const GROUP_DIMENSIONS = {
  age: AGE_BANDS,
  gender: GENDERS,
  situation: SITUATIONS,
  visit: VISITS,
} as const;
export type GroupDimension = keyof typeof GROUP_DIMENSIONS;

export type Kind = (typeof KINDS)[number];
export type Place = (typeof PLACES)[number];
export type Equipment = (typeof EQUIPMENT)[number];
export type Autonomy = (typeof AUTONOMY)[number];
export type Referral = (typeof REFERRALS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Gender = (typeof GENDERS)[number];
export type Situation = (typeof SITUATIONS)[number];
export type Visit = (typeof VISITS)[number];
export type Level = (typeof LEVELS)[number];

import type { FastifyInstance } from 'fastify';
import type { Texts } from './i18n/define.ts';
import type { MessageKey } from './i18n/index.ts';
import type { Section } from './ui/components.tsx';

/**
 * Who sees a menu entry, and where: everyone; people signed in ('member'); the secretariat ('admin', in its
 * folded group); the signed-in person's own entries, last ('account'); people not signed in ('guest'); or
 * everyone, in the footer.
 */
export type Audience = 'everyone' | 'member' | 'admin' | 'account' | 'guest' | 'footer';

export interface MenuEntry {
  /** The path inside the language, e.g. '/practices'. */
  path: string;
  label: MessageKey;
  audience: Audience;
  /** Place in its group, smallest first: features are listed in dependency order, not menu order. */
  order: number;
  /** A button that posts to the path (signing out), not a link. */
  post?: boolean;
}

/** "1 message", "3 messages": the CLI's lines are in English only. */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Background work the server repeats, and that `npm run cli -- jobs:run NAME` runs once. */
export interface Job {
  name: string;
  /** One line for the CLI's list of jobs. */
  help: string;
  everyMs: number;
  /** Does the work once; returns one line saying what it did. */
  run(): Promise<string>;
}

/** What every feature's pages may use from the others, gathered from the list once all are built. */
export interface Site {
  /** Sections of a signatory's public profile, each from the feature that owns it. */
  profileSections: readonly Section[];
}

/**
 * What a feature adds to the app. Its module (`features/<name>/feature.ts`) builds its service from its
 * dependencies and returns these parts; src/app.ts registers every part from one list.
 */
export interface Feature<N extends string = string, S = unknown> {
  name: N;
  service: S;
  messages: Readonly<Record<string, Texts>>;
  /** The audit actions it records; each has a label `audit.action.<name>` in its messages. */
  auditActions?: readonly string[];
  /** Pages, registered once per language under /fr, /nl, /de and /en. */
  pages?(scope: FastifyInstance, site: Site): void;
  /** Routes outside the languages: the API, CSV files, logos. */
  routes?(app: FastifyInstance): void;
  menu?: readonly MenuEntry[];
  /** Its section of a signatory's public profile. */
  profile?: Section;
  jobs?: readonly Job[];
}

/** Keeps the literal name, so that the app's list of services is typed by name. */
export const defineFeature = <const N extends string, S>(f: Feature<N, S>): Feature<N, S> => f;

/** The services of a list of features, by name: `services.plans`, `services.reports`… */
export type ServicesOf<L extends readonly Feature[]> = {
  [F in L[number] as F['name']]: F['service'];
};

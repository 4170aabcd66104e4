import { registerMessages } from '../platform/i18n/index.ts';
import { messages as accounts } from './accounts/messages.ts';
import { messages as admin } from './admin/messages.ts';
import { messages as assessments } from './assessments/messages.ts';
import { messages as campaigns } from './campaigns/messages.ts';
import { messages as charter } from './charter/messages.ts';
import { messages as evaluation } from './evaluation/messages.ts';
import { messages as following } from './following/messages.ts';
import { messages as home } from './home/messages.ts';
import { messages as jointActions } from './joint-actions/messages.ts';
import { messages as ledger } from './ledger/messages.ts';
import { messages as obstacles } from './obstacles/messages.ts';
import { messages as organisations } from './organisations/messages.ts';
import { messages as plans } from './plans/messages.ts';
import { messages as practices } from './practices/messages.ts';
import { messages as referrals } from './referrals/messages.ts';
import { messages as register } from './register/messages.ts';
import { messages as reports } from './reports/messages.ts';
import { messages as signatures } from './signatures/messages.ts';
import { messages as sitePages } from './site-pages/messages.ts';
import { messages as start } from './start/messages.ts';
import { messages as templates } from './templates/messages.ts';

/** Every feature's messages. Importing this module registers them; the app, the CLI and the tests do. */
const FEATURE_MESSAGES = [
  accounts,
  admin,
  assessments,
  campaigns,
  charter,
  evaluation,
  following,
  home,
  jointActions,
  ledger,
  obstacles,
  organisations,
  plans,
  practices,
  referrals,
  register,
  reports,
  signatures,
  sitePages,
  start,
  templates,
] as const;

registerMessages(...FEATURE_MESSAGES);

type Merge<L> = L extends readonly [infer H, ...infer R] ? H & Merge<R> : unknown;
declare module '../platform/i18n/index.ts' {
  interface Register {
    messages: Merge<typeof FEATURE_MESSAGES>;
  }
}

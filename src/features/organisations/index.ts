// What other features may use of organisations.
export { referralLink } from './links.ts';
export type { Organisation } from './queries.ts';

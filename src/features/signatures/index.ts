// What other features may use of signatures: the status sets and the one rule for what the public may see.
export { listedSignature } from './queries.ts';
export {
  LIVE_STATUSES,
  PUBLIC_STATUSES,
  type PublicStatus,
  type SignatureStatus,
  VERIFIED_STATUSES,
} from './schema.ts';

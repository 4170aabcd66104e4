import { VERIFIED_STATUSES } from '../signatures/schema.ts';

/** The signatories the reporting view follows: those verified, and those lapsed for not reporting. */
export const REPORTING_STATUSES = [...VERIFIED_STATUSES, 'lapsed'] as const;

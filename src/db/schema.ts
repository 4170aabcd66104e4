// The one drizzle schema: every table of the platform and of each feature, gathered for drizzle-kit and queries.

export * from '../features/assessments/schema.ts';
export * from '../features/campaigns/schema.ts';
export * from '../features/charter/schema.ts';
export * from '../features/facilitation/schema.ts';
export * from '../features/following/schema.ts';
export * from '../features/help-points/schema.ts';
export * from '../features/joint-actions/schema.ts';
export * from '../features/ledger/schema.ts';
export * from '../features/obstacles/schema.ts';
export * from '../features/organisations/schema.ts';
export * from '../features/plans/schema.ts';
export * from '../features/practices/schema.ts';
export * from '../features/referrals/schema.ts';
export * from '../features/reports/schema.ts';
export * from '../features/signatures/schema.ts';
export * from '../features/site-pages/schema.ts';
export * from '../features/templates/schema.ts';
export * from '../platform/audit/schema.ts';
export * from '../platform/auth/schema.ts';
export * from '../platform/http/schema.ts';
export * from '../platform/mail/schema.ts';

/** The charter's nine commitments, by code; every version of the charter keeps them. */
export const COMMITMENT_CODES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'] as const;
export type CommitmentCode = (typeof COMMITMENT_CODES)[number];

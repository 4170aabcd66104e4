import { linkTokenCookie } from '../../platform/http/link-token.ts';

/** A referral's token, moved from the emailed link into a short-lived cookie for the pages that use it. */
export const referralLink = linkTokenCookie('referral_token', ['/join', '/organisations/new']);

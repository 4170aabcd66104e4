import { randomUUID } from 'node:crypto';
import { lastMailTo, linkIn, type TestApp } from '../../../test/helpers/app.ts';
import type { SweepCases } from '../../../test/helpers/sweep.ts';

const IP = '127.0.0.1';
const tokenTo = async (t: TestApp, email: string) =>
  linkIn((await lastMailTo(t, email))?.bodyText).split('token=')[1] ?? '';

/** The link pages with a live token, so that they show their forms; the three forms sent empty. */
export const sweep: SweepCases = {
  pages: [
    {
      as: 'anonymous',
      url: async (_c, t) => {
        const email = `sweep-${randomUUID()}@example.be`;
        await t.services.accounts.signUp({ name: 'Axe', email, password: 'long enough password' }, 'fr', IP);
        return `/fr/verify-email?token=${await tokenTo(t, email)}`;
      },
    },
    {
      as: 'anonymous',
      url: async (_c, t) => {
        const email = `sweep-${randomUUID()}@example.be`;
        await t.services.accounts.provision({ email, name: 'Axe', admin: false, locale: 'fr' });
        await t.services.accounts.requestPasswordReset(email, IP);
        return `/fr/reset-password?token=${await tokenTo(t, email)}`;
      },
    },
  ],
  errors: ['/fr/sign-up', '/fr/sign-in', '/fr/forgot-password'].map((url) => ({
    as: 'anonymous',
    url: () => url,
  })),
};

import { all, type Cases, ok, signedIn, signInFirst } from '../../../test/helpers/access.ts';

/** Who may use each accounts route (see test/http/authorization.test.ts, which runs them all). */
export const cases: Cases = {
  'GET /:l/sign-up': { url: () => '/fr/sign-up', expect: all(ok) },
  'POST /:l/sign-up': {
    url: () => '/fr/sign-up',
    form: (n) => ({ name: 'New', email: `new${n}@example.be`, password: 'long enough password' }),
    expect: all({ status: 303, to: '/fr/sign-up/check-email' }),
  },
  'GET /:l/sign-up/check-email': { url: () => '/fr/sign-up/check-email', expect: all(ok) },
  'POST /:l/sign-up/check-email': {
    url: () => '/fr/sign-up/check-email',
    form: (n) => ({ email: `resend${n}@example.be` }),
    expect: all({ status: 303, to: '/fr/sign-up/check-email' }),
  },
  'GET /:l/verify-email': { url: () => '/fr/verify-email', expect: all({ status: 400 }) },
  'POST /:l/verify-email': {
    url: () => '/fr/verify-email',
    form: () => ({}),
    expect: all({ status: 400 }),
  },
  'GET /:l/sign-in': {
    url: () => '/fr/sign-in',
    // Someone in no organisation lands on the newcomer's task list.
    expect: {
      ...all({ status: 303, to: '/fr/account' }),
      user: { status: 303, to: '/fr/start' },
      helper: { status: 303, to: '/fr/facilitation' },
      coordinator: { status: 303, to: '/fr/facilitation' },
      anonymous: ok,
    },
  },
  'POST /:l/sign-in': {
    url: () => '/fr/sign-in',
    form: () => ({ email: 'nobody@example.be', password: 'wrong password' }),
    expect: all({ status: 422 }),
  },
  'POST /:l/sign-out': {
    url: () => '/fr/sign-out',
    form: () => ({}),
    expect: all({ status: 303, to: '/fr' }),
  },
  'GET /:l/forgot-password': { url: () => '/fr/forgot-password', expect: all(ok) },
  'POST /:l/forgot-password': {
    url: () => '/fr/forgot-password',
    form: () => ({ email: 'nobody@example.be' }),
    expect: all({ status: 303, to: '/fr/forgot-password/sent' }),
  },
  'GET /:l/forgot-password/sent': { url: () => '/fr/forgot-password/sent', expect: all(ok) },
  'GET /:l/reset-password': { url: () => '/fr/reset-password', expect: all({ status: 400 }) },
  'POST /:l/reset-password': {
    url: () => '/fr/reset-password',
    form: () => ({ password: 'long enough password' }),
    expect: all({ status: 400 }),
  },
  'GET /:l/account': { url: () => '/fr/account', expect: signedIn(ok) },
  'POST /:l/account': {
    url: () => '/fr/account',
    form: () => ({ name: 'Renamed', locale: 'fr' }),
    expect: signedIn({ status: 303, to: '/fr/account' }),
  },
  'POST /:l/account/password': {
    url: () => '/fr/account/password',
    form: () => ({ currentPassword: 'not it', newPassword: 'long enough password' }),
    expect: signedIn({ status: 422 }),
  },
  'POST /:l/account/sign-out-everywhere': {
    url: () => '/fr/account/sign-out-everywhere',
    form: () => ({}),
    // Signed-in people land on the sign-in page too, but with their sessions ended (checked below).
    expect: all(signInFirst),
  },
};

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactUrl } from './redact.ts';

const tok = 'Abc-_0123456789abcdefghijklmnopqrstuvwxyz01';

test('one-time tokens are taken out of URLs, wherever they sit', () => {
  const cases: [string, string][] = [
    [`/fr/verify-email?token=${tok}`, '/fr/verify-email?token=[redacted]'],
    [`/nl/reset-password?x=1&token=${tok}&y=2`, '/nl/reset-password?x=1&token=[redacted]&y=2'],
    [`/fr/invitations/${tok}`, '/fr/invitations/[redacted]'],
    [`/de/join/${tok}?utm=mail`, '/de/join/[redacted]?utm=mail'],
    [`/fr/organisations/new?referral=${tok}`, '/fr/organisations/new?referral=[redacted]'],
    // A page's address inside ?next=, percent-encoded.
    [`/fr/sign-in?next=%2Ffr%2Finvitations%2F${tok}`, '/fr/sign-in?next=%2Ffr%2Finvitations%2F[redacted]'],
    [
      `/fr/sign-in?next=%2Ffr%2Forganisations%2Fnew%3Freferral%3D${tok}`,
      '/fr/sign-in?next=%2Ffr%2Forganisations%2Fnew%3Freferral%3D[redacted]',
    ],
  ];
  for (const [url, want] of cases) assert.equal(redactUrl(url), want, url);
});

test('other URLs are left as they are', () => {
  for (const url of [
    '/fr/organisations/0b7c2d9e-4a1f-4c3e-9f55-1a2b3c4d5e6f/invitations',
    '/fr/joint-actions/0b7c2d9e-4a1f-4c3e-9f55-1a2b3c4d5e6f/join',
    '/fr/invitations',
    '/fr/join',
    '/fr/signatories?q=token&page=2',
  ]) {
    assert.equal(redactUrl(url), url);
  }
});

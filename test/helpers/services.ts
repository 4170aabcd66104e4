import assert from 'node:assert/strict';
import { and, count, eq } from 'drizzle-orm';
import type { MemberRole, Sector } from '../../src/features/organisations/schema.ts';
import type { AuditAction } from '../../src/platform/audit/index.ts';
import { auditEvents } from '../../src/platform/audit/schema.ts';
import type { SignedIn } from '../../src/platform/auth/authorize.ts';
import { AppError } from '../../src/platform/http/errors.ts';
import type { Locale } from '../../src/platform/i18n/index.ts';
import { lastMailTo, type TestApp } from './app.ts';
import { orgInput } from './org.ts';

/**
 * A world built through the services, as src/demo/seed.ts builds the demo: accounts the CLI would provision,
 * organisations registered by their creator, members who accept an emailed invitation. No HTTP, no rows
 * written by hand, so what a test then checks is what the services themselves made.
 */

export const IP = '192.0.2.1';

export type Person = SignedIn & { email: string };

/** A verified account (the CLI's `create user`); `admin` makes it the secretariat. */
export async function makeUser(
  t: TestApp,
  email: string,
  opts: { name?: string; admin?: boolean; locale?: Locale } = {},
): Promise<Person> {
  const { user } = await t.services.accounts.provision({
    email,
    name: opts.name ?? email.split('@')[0] ?? 'Someone',
    admin: opts.admin ?? false,
    locale: opts.locale ?? 'fr',
  });
  return { id: user.id, role: user.role, email: user.email };
}

/** Registers organisation number `n` (its enterprise number is validKbo(n)); the creator becomes a member. */
export async function makeOrg(
  t: TestApp,
  creator: Person,
  n: number,
  opts: { legalName?: string; sector?: Sector; creatorRole?: MemberRole } = {},
): Promise<string> {
  const input = orgInput(n, {
    legalName: opts.legalName ?? `Organisation de service ${n}`,
    sector: opts.sector ?? 'private',
    website: undefined,
    description: { fr: `Une organisation de test numéro ${n}.` },
  });
  const org = await t.services.organisations.register(
    creator,
    input,
    opts.creatorRole ?? 'representative',
    undefined,
    IP,
  );
  return org.id;
}

/** The token of the link in the newest message to an address. */
export async function tokenMailed(t: TestApp, to: string, link: RegExp) {
  const token = link.exec((await lastMailTo(t, to))?.bodyText ?? '')?.[1];
  assert.ok(token, `a link in the mail to ${to}`);
  return token;
}

/** `by` invites `who` with `role`; `who` accepts with the token from the emailed link. */
export async function addMember(t: TestApp, by: Person, orgId: string, who: Person, role: MemberRole) {
  await t.services.organisations.invite(by, orgId, { email: who.email, role }, 'fr', IP);
  const token = await tokenMailed(t, who.email, /\/invitations\/([\w-]+)/);
  await t.services.organisations.acceptInvitation(who, token, who.email, IP);
}

/** A signatory the secretariat verified: its representative registered it, signed, and `admin` approved. */
export async function verifiedSignatory(t: TestApp, admin: Person, n: number, email = `rep${n}@example.be`) {
  const rep = await makeUser(t, email);
  const orgId = await makeOrg(t, rep, n);
  const { signature } = await t.services.signatures.sign(
    rep,
    orgId,
    { signerName: `Signer ${n}`, signerTitle: 'CEO' },
    IP,
    'test',
  );
  await t.services.signatures.approve(admin, signature.id, undefined, IP);
  return { rep, orgId, signatureId: signature.id };
}

/** For assert.rejects: the service refused with this stable code and HTTP status. */
export const refusedWith = (code: string, status: number) => (e: unknown) => {
  assert.ok(e instanceof AppError, `an AppError, not ${String(e)}`);
  assert.deepEqual({ code: e.code, status: e.status }, { code, status });
  return true;
};

/** How many audit events of this action concern this subject. */
export async function audited(t: TestApp, action: AuditAction, subjectId: string) {
  const [row] = await t.deps.db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId)));
  return row?.n ?? 0;
}

import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { OrganisationInput } from '../../src/features/organisations/service.ts';
import { signatures } from '../../src/features/signatures/schema.ts';
import type { Agent, TestApp } from './app.ts';

/** A valid enterprise number, different for each n (0888 followed by n, then its mod-97 check). */
export function validKbo(n: number): string {
  const first8 = `0888${String(n).padStart(4, '0')}`;
  return first8 + String(97 - (Number(first8) % 97)).padStart(2, '0');
}

/** Organisation number `n`, as the service takes it: a name, a valid enterprise number, Brussels. */
export function orgInput(n: number, overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    legalName: `Organisation de test ${n}`,
    kbo: validKbo(n),
    sector: 'private',
    sizeBand: 'small',
    postcode: '1000',
    commune: 'Bruxelles',
    website: 'https://www.example.be',
    description: { fr: `Une organisation de test numéro ${n} qui aide les seniors avec la banque en ligne.` },
    ...overrides,
  };
}

/** The same organisation as the registration form sends it. */
export function orgForm(n: number, overrides: Record<string, string> = {}): Record<string, string> {
  const { description, website = '', ...fields } = orgInput(n);
  return {
    creatorRole: 'representative',
    ...fields,
    website,
    description_fr: description.fr ?? '',
    ...overrides,
  };
}

/** Registers an organisation through the form and returns its id. */
export async function createOrganisation(
  agent: Agent,
  n: number,
  overrides: Record<string, string> = {},
): Promise<string> {
  await agent.get('/fr/organisations/new');
  const res = await agent.post('/fr/organisations/new', orgForm(n, overrides));
  assert.equal(res.statusCode, 303, res.body.slice(0, 500));
  const id = /\/fr\/organisations\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1];
  assert.ok(id, String(res.headers.location));
  return id;
}

/** Signs the charter through the form; returns the receipt path, linked from the confirmation page. */
export async function signCharter(
  agent: Agent,
  orgId: string,
  signer = { signerName: 'Ana Peeters', signerTitle: 'CEO' },
) {
  await agent.get(`/fr/organisations/${orgId}/sign`);
  const res = await agent.post(`/fr/organisations/${orgId}/sign`, {
    ...signer,
    authorised: 'yes',
    accept: 'yes',
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 500));
  const confirmation = await agent.get(String(res.headers.location));
  const receipt = /href="(\/fr\/receipts\/[0-9a-f-]{36})"/.exec(confirmation.body)?.[1];
  assert.ok(receipt, 'the confirmation page links to the receipt');
  return receipt;
}

export async function liveSignatureId(t: TestApp, orgId: string): Promise<string> {
  const rows = await t.deps.db.select().from(signatures).where(eq(signatures.organisationId, orgId));
  const live = rows.find((r) => r.status === 'pending' || r.status === 'active');
  assert.ok(live, 'a live signature');
  return live.id;
}

export async function approve(admin: Agent, t: TestApp, orgId: string, note = '') {
  const id = await liveSignatureId(t, orgId);
  await admin.get(`/fr/admin/signatures/${id}`);
  const res = await admin.post(`/fr/admin/signatures/${id}/approve`, { note });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  return id;
}

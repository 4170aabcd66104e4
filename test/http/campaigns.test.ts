import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { campaignSupports, campaigns } from '../../src/features/campaigns/schema.ts';
import { organisations } from '../../src/features/organisations/schema.ts';
import { formatDay } from '../../src/platform/i18n/index.ts';
import {
  type Agent,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
let rep: Agent;
let orgId: string;
let pendingRep: Agent;
let pendingOrg: string;
let campaignId: string;

const campaignForm = (over: Record<string, string | string[]> = {}) => ({
  title_fr: 'Semaine anti-hameçonnage',
  title_en: 'Anti-phishing week',
  description_fr: 'Une semaine pour apprendre à reconnaître les faux messages.',
  startsOn: '2026-01-10',
  endsOn: '2026-02-28',
  commitments: ['C6', 'C8'] as string | string[],
  resources: 'https://safeonweb.be Safeonweb\nhttps://example.be/guide.pdf',
  ...over,
});

before(async () => {
  t = await startTestApp();
  t.clock.set('2026-01-20T10:00:00Z');
  admin = await signedInAdmin(t, 'camp-admin@example.be');
  rep = await signedInUser(t, { email: 'camp-rep@example.be' });
  orgId = await createOrganisation(rep, 2200, { legalName: 'Banque Solidaire' });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  pendingRep = await signedInUser(t, { email: 'camp-pending@example.be' });
  pendingOrg = await createOrganisation(pendingRep, 2201, { legalName: 'Pas Encore' });
  await signCharter(pendingRep, pendingOrg);
});
after(() => t.close());

describe('awareness campaigns', () => {
  test('the secretariat creates a campaign; a signatory supports it; the public page lists the supporter', async () => {
    await admin.get('/fr/admin/campaigns/new');
    const res = await admin.post('/fr/admin/campaigns/new', campaignForm());
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    campaignId = /campaigns\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1] ?? '';
    const [row] = await t.deps.db.select().from(campaigns);
    assert.deepEqual(row?.commitments, ['C6', 'C8']);
    assert.deepEqual(row?.resources, [
      { url: 'https://safeonweb.be', label: 'Safeonweb' },
      { url: 'https://example.be/guide.pdf', label: 'https://example.be/guide.pdf' },
    ]);

    const list = await rep.get('/en/campaigns');
    assert.match(list.body, /Anti-phishing week/);
    const page = await rep.get(`/en/campaigns/${campaignId}`);
    assert.match(page.body, onPage('en')('campaign.support'));
    const support = await rep.post(`/en/campaigns/${campaignId}/support`, {
      organisationId: orgId,
      contribution: 'Workshops in our branches',
    });
    assert.equal(support.statusCode, 303);

    const anon = await t.app.inject(`/nl/campaigns/${campaignId}`);
    assert.match(anon.body, /Banque Solidaire/);
    assert.match(anon.body, /Workshops in our branches/);
    assert.match(anon.body, /lang="fr"/, 'no Dutch title: the French one, marked as French');
    assert.match((await t.app.inject('/fr/campaigns')).body, onPage('fr')('campaign.supporters_n', { n: 1 }));
    // The profile lists the campaigns the signatory supports.
    const [o] = await t.deps.db.select().from(organisations).where(eq(organisations.id, orgId));
    const profile = await t.app.inject(`/fr/signatories/${o?.slug}`);
    assert.match(profile.body, onPage('fr')('campaign.supported_title'));
    assert.match(
      profile.body,
      new RegExp(
        `Semaine anti-hameçonnage</a> \\(${
          onPage('fr')('campaign.period', {
            from: formatDay('fr', '2026-01-10'),
            to: formatDay('fr', '2026-02-28'),
          }).source
        }\\)\u00a0: Workshops`, // French: a no-break space before the colon
      ),
    );

    // Declaring again rewrites the same support; withdrawing removes it.
    await rep.get(`/en/campaigns/${campaignId}`);
    await rep.post(`/en/campaigns/${campaignId}/support`, { organisationId: orgId, contribution: 'Posters' });
    const rows = await t.deps.db.select().from(campaignSupports);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.contribution, 'Posters');
    const w = await rep.post(`/en/campaigns/${campaignId}/withdraw`, { organisationId: orgId });
    assert.equal(w.statusCode, 303);
    assert.equal((await t.deps.db.select().from(campaignSupports)).length, 0);
    await rep.post(`/en/campaigns/${campaignId}/support`, { organisationId: orgId, contribution: 'Posters' });
  });

  test('only active signatories support, only their own members, and not after the end', async () => {
    await pendingRep.get(`/fr/campaigns/${campaignId}`);
    const pending = await pendingRep.post(`/fr/campaigns/${campaignId}/support`, {
      organisationId: pendingOrg,
      contribution: 'Nous aussi',
    });
    assert.equal(pending.statusCode, 422);
    assert.match(pending.body, onPage('fr')('err.campaign.signatories_only'));

    const foreign = await pendingRep.post(`/fr/campaigns/${campaignId}/support`, {
      organisationId: orgId,
      contribution: 'Au nom des autres',
    });
    assert.equal(foreign.statusCode, 403);
    const foreignWithdraw = await pendingRep.post(`/fr/campaigns/${campaignId}/withdraw`, {
      organisationId: orgId,
    });
    assert.equal(foreignWithdraw.statusCode, 403);

    await admin.get('/fr/admin/campaigns/new');
    const old = await admin.post(
      '/fr/admin/campaigns/new',
      campaignForm({ title_fr: 'Mois de l’an passé', startsOn: '2025-10-01', endsOn: '2025-10-31' }),
    );
    const oldId = /campaigns\/([0-9a-f-]{36})$/.exec(String(old.headers.location))?.[1] ?? '';
    assert.match((await t.app.inject(`/fr/campaigns/${oldId}`)).body, onPage('fr')('campaign.is_over'));
    const late = await rep.post(`/fr/campaigns/${oldId}/support`, {
      organisationId: orgId,
      contribution: 'x',
    });
    assert.equal(late.statusCode, 422);
    const past = (await t.app.inject('/fr/campaigns?when=past')).body;
    assert.match(past, /Mois de l’an passé/);
    assert.doesNotMatch(past, /Semaine anti-hameçonnage/);
    const rows = await t.deps.db.select().from(campaignSupports);
    assert.deepEqual(
      rows.map((r) => [r.campaignId, r.contribution]),
      [[campaignId, 'Posters']],
    );
  });

  test('bad input: each form field gets its message and nothing is written', async () => {
    const n = async () => (await t.deps.db.select({ n: count() }).from(campaigns))[0]?.n;
    const before = await n();
    await admin.get('/de/admin/campaigns/new');
    const bad = await admin.post('/de/admin/campaigns/new', {
      title_fr: '',
      description_fr: '',
      startsOn: '2026-02-30',
      endsOn: 'demain',
      resources: 'pas un lien',
    });
    assert.equal(bad.statusCode, 422);
    for (const field of ['title_fr', 'description_fr', 'startsOn', 'endsOn', 'commitments', 'resources']) {
      assert.match(bad.body, new RegExp(`href="#f-${field}"`), field);
    }
    assert.match(bad.body, onPage('de')('err.campaign.commitment_required'));
    const reversed = await admin.post(
      '/de/admin/campaigns/new',
      campaignForm({ startsOn: '2026-05-01', endsOn: '2026-04-01' }),
    );
    assert.equal(reversed.statusCode, 422);
    assert.match(reversed.body, onPage('de')('err.campaign.ends_before_start'));
    const unknown = await admin.post('/de/admin/campaigns/new', campaignForm({ commitments: 'C42' }));
    assert.equal(unknown.statusCode, 422);
    assert.equal(await n(), before);

    await rep.get(`/fr/campaigns/${campaignId}`);
    const empty = await rep.post(`/fr/campaigns/${campaignId}/support`, {
      organisationId: orgId,
      contribution: '',
    });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /href="#f-contribution"/);
    const noOrg = await rep.post(`/fr/campaigns/${campaignId}/support`, {
      organisationId: 'x',
      contribution: 'y',
    });
    assert.equal(noOrg.statusCode, 422);
    assert.match(noOrg.body, onPage('fr')('err.campaign.organisation_required'));
    assert.equal((await rep.post(`/fr/campaigns/${campaignId}/withdraw`, {})).statusCode, 400);
    assert.equal((await t.app.inject('/fr/campaigns/not-a-campaign')).statusCode, 404);
    assert.equal((await t.app.inject('/fr/campaigns?when=soon')).statusCode, 400);
  });
});

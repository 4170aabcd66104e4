import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { organisations } from '../../src/features/organisations/schema.ts';
import { referrals } from '../../src/features/referrals/schema.ts';
import { REFERRALS_PER_DAY } from '../../src/features/referrals/service.ts';
import { translator } from '../../src/platform/i18n/index.ts';
import {
  Agent,
  inText,
  lastMailTo,
  linkIn,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { approve, createOrganisation, orgForm, signCharter } from '../helpers/org.ts';

let t: TestApp;
const fr = translator('fr');
let admin: Agent;
let rep: Agent;
let orgId: string;
let slug: string;

before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'ref-admin@example.be');
  rep = await signedInUser(t, { email: 'ref-rep@example.be' });
  orgId = await createOrganisation(rep, 2300, { legalName: 'Ambassadrice' });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  slug = (await t.deps.db.select().from(organisations).where(eq(organisations.id, orgId)))[0]?.slug ?? '';
});
after(() => t.close());

describe('inviting other organisations (C5)', () => {
  test('the email’s link pre-fills registration; the profile counts the organisation once it is active', async () => {
    await rep.get(`/fr/organisations/${orgId}/referrals`);
    const sent = await rep.post(`/fr/organisations/${orgId}/referrals`, {
      email: 'Direction@Voisins.be',
      invitedName: 'Les Voisins asbl',
      message: 'Rejoignez-nous !',
      lang: 'nl',
    });
    assert.equal(sent.statusCode, 303);
    const mail = await lastMailTo(t, 'direction@voisins.be');
    assert.match(
      mail?.subject ?? '',
      inText('nl')('mail.referral.subject', { organisation: 'Ambassadrice' }),
      'in the language chosen for the email',
    );
    assert.match(mail?.bodyText ?? '', /Rejoignez-nous !/);
    const link = linkIn(mail?.bodyText);
    assert.match(link, /^\/nl\/join\/[\w-]+$/);
    const token = link.split('/').pop() ?? '';

    // The landing page (its token moved to a cookie), then registration pre-filled after signing in.
    const visitor = new Agent(t.app);
    assert.equal((await visitor.get(link)).headers.location, '/nl/join');
    const landing = await visitor.get('/nl/join');
    assert.equal(landing.statusCode, 200);
    assert.match(landing.body, onPage('nl')('join.title', { organisation: 'Ambassadrice' }));
    assert.match(landing.body, /Rejoignez-nous !/);
    assert.ok(!landing.body.includes(token), 'the page does not carry the token');
    const newcomer = await signedInUser(t, { email: 'direction@voisins.be', locale: 'nl' });
    await newcomer.follow(link);
    const form = await newcomer.get('/nl/organisations/new');
    assert.match(form.body, /value="Les Voisins asbl"/);
    assert.match(form.body, new RegExp(`name="referral" value="${token}"`));
    assert.match(form.body, onPage('nl')('join.invited_by', { organisation: 'Ambassadrice' }));
    const reg = await newcomer.post('/nl/organisations/new', {
      ...orgForm(2301, { legalName: 'Les Voisins asbl' }),
      referral: token,
    });
    assert.equal(reg.statusCode, 303);
    const newOrg = /organisations\/([0-9a-f-]{36})$/.exec(String(reg.headers.location))?.[1] ?? '';
    const [row] = await t.deps.db.select().from(referrals);
    assert.equal(row?.joinedOrganisationId, newOrg);

    // Registered is not yet active: the profile does not count it.
    assert.doesNotMatch(
      (await t.app.inject(`/fr/signatories/${slug}`)).body,
      onPage('fr')('referral.profile_label'),
    );
    const list = await rep.get(`/fr/organisations/${orgId}/referrals`);
    assert.match(
      list.body,
      onPage('fr')('layout.label_value', {
        label: fr('referral.state.registered'),
        value: 'Les Voisins asbl',
      }),
    );
    // The used link no longer works.
    assert.equal((await t.app.inject(link)).statusCode, 400);

    await signCharter(newcomer, newOrg);
    await approve(admin, t, newOrg);
    const profile = await t.app.inject(`/fr/signatories/${slug}`);
    assert.match(
      profile.body,
      new RegExp(`<dd>${onPage('fr')('referral.profile_value', { n: 1 }).source}</dd>`),
      'one, in the singular',
    );
    assert.match(
      (await rep.get(`/fr/organisations/${orgId}/referrals`)).body,
      onPage('fr')('layout.label_value', { label: fr('referral.state.active'), value: 'Les Voisins asbl' }),
    );
  });

  test('an expired or unknown link does not stop anyone from registering', async () => {
    const someone = await signedInUser(t, { email: 'ref-someone@example.be' });
    const form = await someone.follow('/fr/organisations/new?referral=abcdefghijklmnopqrstuvwxyz');
    assert.equal(form.statusCode, 200);
    assert.doesNotMatch(form.body, /name="referral"/);
    const reg = await someone.post('/fr/organisations/new', { ...orgForm(2302), referral: 'not a token' });
    assert.equal(reg.statusCode, 303);
    assert.equal((await t.app.inject('/fr/join/abcdefghijklmnopqrstuvwxyz')).statusCode, 400);
    assert.equal((await t.app.inject('/fr/join/x')).statusCode, 400);
  });

  test('bad input, a second invitation to the same address, and the daily limit', async () => {
    const n = async () => (await t.deps.db.select({ n: count() }).from(referrals))[0]?.n ?? 0;
    const start = await n();
    await rep.get(`/de/organisations/${orgId}/referrals`);
    const bad = await rep.post(`/de/organisations/${orgId}/referrals`, {
      email: 'pas-une-adresse',
      lang: 'xx',
      message: 'x'.repeat(1001),
    });
    assert.equal(bad.statusCode, 422);
    for (const f of ['email', 'lang', 'message']) assert.match(bad.body, new RegExp(`href="#f-${f}"`));
    assert.equal(await n(), start);

    await rep.post(`/de/organisations/${orgId}/referrals`, { email: 'twice@example.be', lang: 'de' });
    const twice = await rep.post(`/de/organisations/${orgId}/referrals`, {
      email: 'twice@example.be',
      lang: 'de',
    });
    assert.equal(twice.statusCode, 422);
    assert.match(twice.body, onPage('de')('err.referral.already_invited'));

    for (let i = (await n()) - start; i < REFERRALS_PER_DAY; i++) {
      await rep.post(`/de/organisations/${orgId}/referrals`, { email: `many-${i}@example.be`, lang: 'de' });
    }
    const over = await rep.post(`/de/organisations/${orgId}/referrals`, {
      email: 'one-more@example.be',
      lang: 'de',
    });
    assert.equal(over.statusCode, 429);
    assert.match(over.body, onPage('de')('err.referral.too_many'));
    t.clock.advance(25 * 3600 * 1000);
    const tomorrow = await rep.post(`/de/organisations/${orgId}/referrals`, {
      email: 'one-more@example.be',
      lang: 'de',
    });
    assert.equal(tomorrow.statusCode, 303);
  });

  test('another organisation’s members neither see nor send its invitations', async () => {
    const stranger = await signedInUser(t, { email: 'ref-stranger@example.be' });
    assert.equal((await stranger.get(`/fr/organisations/${orgId}/referrals`)).statusCode, 403);
    await stranger.get('/fr/organisations');
    const res = await stranger.post(`/fr/organisations/${orgId}/referrals`, {
      email: 'spam@example.be',
      lang: 'fr',
    });
    assert.equal(res.statusCode, 403);
    assert.equal((await lastMailTo(t, 'spam@example.be')) ?? null, null);
  });
});

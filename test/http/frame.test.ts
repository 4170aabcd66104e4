import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Agent, signedInUser, startTestApp, type TestApp } from '../helpers/app.ts';
import { createOrganisation } from '../helpers/org.ts';

/** The frame of every page: the current page is marked, and a confirmation shows where the redirect lands. */
let t: TestApp;
let rep: Agent;
let orgId: string;
before(async () => {
  t = await startTestApp();
  rep = await signedInUser(t, { email: 'frame-http@example.be' });
  orgId = await createOrganisation(rep, 4200, { legalName: 'Cadre HTTP' });
});
after(() => t.close());

test('the menu marks the current page, and the section a page lies under', async () => {
  const list = await rep.get('/fr/organisations');
  assert.match(list.body, /<a href="\/fr\/organisations" aria-current="page">/);
  assert.match(list.body, /<a href="\/fr\/charter">/);
  const one = await rep.get(`/fr/organisations/${orgId}?tab=x`);
  assert.match(one.body, /<a href="\/fr\/organisations" aria-current="true">/);
  assert.match((await rep.get('/fr')).body, /<a href="\/fr" aria-current="page">/);
  assert.doesNotMatch(one.body, /<a href="\/fr" aria-current/, 'home is current only on itself');
});

test('after saving an objective, the confirmation is inside the objective the page jumps to', async () => {
  await rep.get(`/fr/organisations/${orgId}/plan/objectives/new?commitment=C4`);
  const saved = await rep.post(`/fr/organisations/${orgId}/plan/objectives/new`, {
    commitment: 'C4',
    title: 'Former le personnel',
    deadline: '2026-12-31',
  });
  assert.equal(saved.statusCode, 303);
  const location = String(saved.headers.location);
  const id = /#(objective-[0-9a-f-]{36})$/.exec(location)?.[1] ?? '';
  assert.ok(id, location);
  const plan = await rep.get(location.split('#')[0] ?? '');
  const article = new RegExp(`<article id="${id}"[^>]*><div class="notice notice--success" role="status">`);
  assert.match(plan.body, article, 'the notice opens the objective');
  assert.doesNotMatch(plan.body, /<main[^>]*><div class="notice/, 'and is not at the top of the page');
  // The message is shown once.
  assert.doesNotMatch((await rep.get(location.split('#')[0] ?? '')).body, /notice--success/);
});

test('other confirmations still show at the top of the page', async () => {
  await rep.get(`/fr/organisations/${orgId}/training`);
  const saved = await rep.post(`/fr/organisations/${orgId}/training`, {
    on: '2026-01-15',
    topic: 'Reconnaître le phishing',
    hours: '2',
    staffTrained: '4',
    audience: 'employees',
  });
  assert.equal(saved.statusCode, 303);
  const page = await rep.get(String(saved.headers.location));
  assert.match(page.body, /<main[^>]*><div class="notice notice--success" role="status">/);
});

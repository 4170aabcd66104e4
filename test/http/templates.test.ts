import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { objectives } from '../../src/features/plans/schema.ts';
import { objectiveTemplates } from '../../src/features/templates/schema.ts';
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
let other: Agent;
let otherOrg: string;

before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'tpl-admin@example.be');
  rep = await signedInUser(t, { email: 'tpl-rep@example.be' });
  orgId = await createOrganisation(rep, 2100, { legalName: 'Adopter' });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  other = await signedInUser(t, { email: 'tpl-other@example.be' });
  otherOrg = await createOrganisation(other, 2101, { legalName: 'Someone Else' });
});
after(() => t.close());

async function newTemplate(form: Record<string, string>) {
  await admin.get('/fr/admin/templates/new');
  return admin.post('/fr/admin/templates/new', form);
}
const templateId = async (title: string) =>
  (await t.deps.db.select().from(objectiveTemplates)).find((r) => Object.values(r.title).includes(title))
    ?.id ?? '';

describe('suggested objectives', () => {
  test('the secretariat writes one in several languages; members see it once published and adopt it in a click', async () => {
    const res = await newTemplate({
      commitment: 'C4',
      title_fr: 'Former 30 % du personnel aux compétences numériques de base',
      title_nl: '30 % van het personeel opleiden in digitale basisvaardigheden',
      indicator_fr: 'Part du personnel formé',
      indicator_nl: 'Aandeel opgeleid personeel',
      unit: '%',
      target: '30',
    });
    assert.equal(res.statusCode, 303);
    const id = await templateId('Former 30 % du personnel aux compétences numériques de base');
    assert.ok(id);
    const list = await admin.get('/fr/admin/templates');
    assert.match(list.body, /Former 30 % du personnel/);
    assert.match(list.body, onPage('fr')('templates.draft'));

    // A draft is not offered, and cannot be adopted by a guessed id.
    const draftPlan = await rep.get(`/nl/organisations/${orgId}/plan`);
    assert.doesNotMatch(draftPlan.body, /digitale basisvaardigheden/);
    const guessed = await rep.post(`/nl/organisations/${orgId}/plan/templates/${id}/adopt`, {});
    assert.equal(guessed.statusCode, 404);

    await admin.get(`/fr/admin/templates/${id}/edit`);
    const pub = await admin.post(`/fr/admin/templates/${id}/edit`, {
      commitment: 'C4',
      title_fr: 'Former 30 % du personnel aux compétences numériques de base',
      title_nl: '30 % van het personeel opleiden in digitale basisvaardigheden',
      indicator_fr: 'Part du personnel formé',
      indicator_nl: 'Aandeel opgeleid personeel',
      unit: '%',
      target: '30',
      published: 'yes',
    });
    assert.equal(pub.statusCode, 303);

    const plan = await rep.get(`/nl/organisations/${orgId}/plan`);
    assert.match(plan.body, /digitale basisvaardigheden/, 'offered in the reader’s language');
    const adopt = await rep.post(`/nl/organisations/${orgId}/plan/templates/${id}/adopt`, {});
    assert.equal(adopt.statusCode, 303);
    const edit = String(adopt.headers.location);
    assert.match(edit, new RegExp(`^/nl/organisations/${orgId}/plan/objectives/[0-9a-f-]{36}/edit$`));
    const [objective] = await t.deps.db.select().from(objectives).where(eq(objectives.templateId, id));
    assert.equal(objective?.title, '30 % van het personeel opleiden in digitale basisvaardigheden');
    assert.equal(objective?.indicator, 'Aandeel opgeleid personeel');
    assert.equal(objective?.target, 30);
    assert.equal(objective?.isPublic, false, 'private until the member says otherwise');
    assert.equal(objective?.organisationId, orgId);

    // Then it is edited like any objective, and no longer suggested to this organisation.
    const form = await rep.get(edit);
    assert.match(form.body, /value="30 % van het personeel/);
    const again = await rep.get(`/nl/organisations/${orgId}/plan`);
    assert.doesNotMatch(again.body, /templates\/[0-9a-f-]{36}\/adopt/);
    assert.match((await admin.get('/fr/admin/templates')).body, /<td class="num">1<\/td>/, 'adopted once');
  });

  test('bad input: no title in any language, unknown commitment, bad number, each with its message', async () => {
    const before = (await t.deps.db.select({ n: count() }).from(objectiveTemplates))[0]?.n;
    const none = await newTemplate({ commitment: 'C4', title_fr: '  ', target: 'trente' });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, onPage('fr')('err.localized.required'));
    assert.match(none.body, /href="#f-title_fr"/);
    assert.match(none.body, /href="#f-target"/);
    const bad = await newTemplate({ commitment: 'C10', title_fr: 'x' });
    assert.equal(bad.statusCode, 422);
    const long = await newTemplate({ commitment: 'C1', title_de: 'x'.repeat(201) });
    assert.equal(long.statusCode, 422);
    assert.match(long.body, /f-title_de/);
    const after = (await t.deps.db.select({ n: count() }).from(objectiveTemplates))[0]?.n;
    assert.equal(after, before, 'nothing written');
    assert.equal((await admin.get('/fr/admin/templates/not-a-uuid/edit')).statusCode, 404);
    assert.equal((await admin.get('/fr/admin/templates?page=abc')).statusCode, 400);
  });

  test('members of another organisation cannot adopt into this plan, nor see its suggestions', async () => {
    const id = await templateId('Former 30 % du personnel aux compétences numériques de base');
    await other.get(`/fr/organisations/${otherOrg}/plan`);
    const res = await other.post(`/fr/organisations/${orgId}/plan/templates/${id}/adopt`, {});
    assert.equal(res.statusCode, 403);
    assert.equal((await other.get(`/fr/organisations/${orgId}/plan`)).statusCode, 403);
    const n = await t.deps.db.select({ n: count() }).from(objectives).where(eq(objectives.templateId, id));
    assert.equal(n[0]?.n, 1);
  });
});

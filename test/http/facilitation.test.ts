import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { accompaniments } from '../../src/features/facilitation/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import {
  type Agent,
  lastMailTo,
  linkIn,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { variedSession } from '../helpers/facilitation.ts';
import { helpPointForm } from '../helpers/help-points.ts';
import { createOrganisation } from '../helpers/org.ts';

// The facilitators' part as its people use it, through pages and forms: a manager invites a digital helper,
// who signs the code and logs sessions; the manager countersigns and reads the figures; a coordinator and
// the public see only what they may.
let t: TestApp;
let manager: Agent;
let helper: Agent;
let orgId: string;
const DAY = '2026-05-12';

const session = (over: Record<string, string | string[]> = {}) => ({
  clientKey: randomUUID(),
  kind: 'individual',
  organisationId: orgId,
  happenedOn: DAY,
  duration: '30',
  place: 'structure',
  themes: ['eid', 'email'],
  equipment: 'person_phone',
  autonomy: 'done_together',
  referral: 'none',
  ageBand: '65_74',
  situation: 'retired',
  visit: 'first',
  ...over,
});
const entries = async () =>
  (
    await t.deps.db
      .select({ n: count() })
      .from(accompaniments)
      .where(eq(accompaniments.organisationId, orgId))
  )[0]?.n;

before(async () => {
  t = await startTestApp();
  t.clock.set(`${DAY}T09:00:00Z`);
  manager = await signedInUser(t, { email: 'manager@cpas-test.be', name: 'Marie Manager' });
  orgId = await createOrganisation(manager, 41, { legalName: 'CPAS de Testville', sector: 'public' });
  helper = await signedInUser(t, { email: 'aidant@cpas-test.be', name: 'Ahmed Aidant' });
});
after(() => t.close());

describe('a digital helper joins, signs the code and logs sessions', () => {
  test('the manager invites; the emailed link, followed by the invited person, puts them on the team', async () => {
    await manager.get(`/fr/facilitation/structures/${orgId}/team`);
    const sent = await manager.post(`/fr/facilitation/structures/${orgId}/team`, {
      email: 'aidant@cpas-test.be',
    });
    assert.equal(sent.statusCode, 303);
    const link = linkIn((await lastMailTo(t, 'aidant@cpas-test.be'))?.bodyText);
    assert.match(link, /^\/fr\/facilitation\/invitations\//);
    const page = await helper.follow(link);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /CPAS de Testville/);
    const joined = await helper.post('/fr/facilitation/invitations', {});
    assert.equal(joined.headers.location, '/fr/facilitation');
    const space = await helper.get('/fr/facilitation');
    assert.match(space.body, /Signez la version 1/);
    assert.match((await manager.get(`/fr/facilitation/structures/${orgId}/team`)).body, /Ahmed Aidant/);
  });

  test('signing: the box must be ticked; the manager countersigns; the receipt and the public page say so', async () => {
    await helper.get('/fr/facilitation/sign');
    const unticked = await helper.post('/fr/facilitation/sign', { organisationId: orgId });
    assert.equal(unticked.statusCode, 422);
    assert.match(unticked.body, /Cochez la case/);
    const signed = await helper.post('/fr/facilitation/sign', { organisationId: orgId, read: 'yes' });
    assert.equal(signed.statusCode, 303);
    const receiptUrl = String(signed.headers.location);
    const team = await manager.get(`/fr/facilitation/structures/${orgId}/team`);
    const countersign = /action="(\/fr\/facilitation\/signatures\/[^"]+\/countersign)"/.exec(team.body)?.[1];
    assert.ok(countersign, 'a countersign button on the team page');
    assert.equal((await manager.post(countersign, {})).statusCode, 303);
    const receipt = await helper.get(receiptUrl);
    assert.match(receipt.body, /href="\/fr\/ledger\/\d+"/);
    assert.doesNotMatch(receipt.body, /Ahmed|aidant@cpas-test\.be/, 'the receipt names nobody');
    const pub = await new (manager.constructor as typeof Agent)(t.app).get(
      `/fr/facilitation/structures/${orgId}`,
    );
    assert.match(pub.body, /1 aidant numérique a signé/);
  });

  test('a session is logged once, whatever the repeats; the form then remembers the usual choices', async () => {
    await helper.get('/fr/facilitation/log');
    const one = session({ duration: 'other', durationOther: '25' });
    const first = await helper.post('/fr/facilitation/log', one);
    assert.equal(first.headers.location, '/fr/facilitation/entries');
    assert.equal((await helper.post('/fr/facilitation/log', one)).statusCode, 303, 'a repeat is accepted');
    assert.equal(await entries(), 1, 'and makes no second entry');
    const another = await helper.post('/fr/facilitation/log', session({ next: 'another', duration: '25' }));
    assert.equal(another.headers.location, '/fr/facilitation/log?kind=individual');

    const form = await helper.get('/fr/facilitation/log');
    assert.match(form.body, /name="duration" value="25" checked/, 'the usual duration is chosen');
    const firstChoice = /name="duration" value="(\d+)"/.exec(form.body)?.[1];
    assert.equal(firstChoice, '25', 'and comes first');
    const same = await helper.get('/fr/facilitation/log?kind=individual&same=last');
    assert.match(same.body, /value="email" checked/, 'same as last time ticks the last topics');
    assert.match(same.body, /name="ageBand" value="65_74" checked/);
  });

  test('a note that identifies someone is refused in the person’s language, and nothing is written', async () => {
    const before = await entries();
    for (const [note, message] of [
      ['Rappeler Mme au 0470 12 34 56', /numéro de téléphone/],
      ['Son adresse : jean.dupont@example.be', /adresse e-mail/],
      ['NN 85.07.30-033.28', /registre national/],
    ] as const) {
      const res = await helper.post('/fr/facilitation/log', session({ note }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, message);
    }
    await helper.get('/nl/facilitation/log');
    const nl = await helper.post('/nl/facilitation/log', session({ note: 'mail naar an@voorbeeld.be' }));
    assert.match(nl.body, /e-mailadres/);
    assert.equal(await entries(), before);
  });

  test('a group session counts its people; more counted than came is refused', async () => {
    const group = session({
      kind: 'collective',
      title: 'Atelier itsme',
      level: 'beginner',
      participants: '9',
      count_age_65_74: '6',
      count_age_75_plus: '2',
    });
    await helper.get('/fr/facilitation/log?kind=collective');
    const over = await helper.post('/fr/facilitation/log', {
      ...group,
      clientKey: randomUUID(),
      count_age_75_plus: '5',
    });
    assert.equal(over.statusCode, 422);
    assert.match(over.body, /dépassent le nombre de participants/);
    assert.equal((await helper.post('/fr/facilitation/log', group)).statusCode, 303);
  });

  test('a helper corrects and deletes their own entries; nobody else can', async () => {
    const list = await helper.get('/fr/facilitation/entries');
    const id = /href="\/fr\/facilitation\/entries\/([0-9a-f-]{36})"/.exec(list.body)?.[1] as string;
    const edit = await helper.get(`/fr/facilitation/entries/${id}`);
    assert.equal(edit.statusCode, 200);
    assert.equal((await manager.get(`/fr/facilitation/entries/${id}`)).statusCode, 404);
    assert.equal((await manager.post(`/fr/facilitation/entries/${id}/delete`, {})).statusCode, 404);
    const before = await entries();
    await helper.get('/fr/facilitation/entries');
    assert.equal((await helper.post(`/fr/facilitation/entries/${id}/delete`, {})).statusCode, 303);
    assert.equal(await entries(), (before as number) - 1);
  });
});

describe('the figures', () => {
  before(async () => {
    const [who] = await t.deps.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'aidant@cpas-test.be'));
    for (let i = 0; i < 20; i++)
      await t.services.facilitation.log.log(
        { id: who?.id as string, role: 'user' },
        variedSession(orgId, DAY, i),
      );
  });

  test('a structure’s figures hide small groups, add up to 100, and export with the filters first', async () => {
    const page = await manager.get(`/fr/facilitation/structures/${orgId}/figures`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<svg[^>]*role="img"/);
    assert.match(page.body, /Petits groupes, masqués/);
    const csv = await manager.get(
      `/fr/facilitation/structures/${orgId}/figures.csv?kind=individual&from=2026-05-01`,
    );
    assert.equal(csv.statusCode, 200);
    const lines = csv.body.trim().split('\n');
    assert.equal(lines[0], 'section,value,label,count,percent');
    assert.match(lines[1] ?? '', /^filter,suppressed,/);
    assert.ok(lines.slice(2, 4).some((l) => l.startsWith('filter,kind,individual')));
    const themeShares = lines
      .filter((l) => l.startsWith('theme,') && !l.startsWith('theme,total'))
      .map((l) => Number(l.split(',').at(-1) || 0));
    assert.equal(
      themeShares.reduce((a, b) => a + b, 0),
      100,
    );
    const xlsx = await manager.get(`/fr/facilitation/structures/${orgId}/figures.xlsx`);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK', 'an XLSX file is a zip');
    const rows = await manager.get(`/fr/facilitation/structures/${orgId}/entries.csv`);
    assert.match(rows.body.split('\n')[0] ?? '', /^id,happenedOn,kind,/);
    assert.doesNotMatch(rows.body.split('\n')[0] ?? '', /note|facilitator/);
  });

  test('a share link shows the figures without an account until the manager turns it off', async () => {
    await manager.get(`/fr/facilitation/structures/${orgId}/team`);
    await manager.post(`/fr/facilitation/structures/${orgId}/shares`, {});
    const team = await manager.get(`/fr/facilitation/structures/${orgId}/team`);
    const link = /(\/fr\/facilitation\/shared\/[\w-]+)/.exec(team.body)?.[1];
    assert.ok(link, 'the new link is shown once');
    const visitor = new (manager.constructor as typeof Agent)(t.app);
    assert.equal((await visitor.get(link)).statusCode, 200);
    const revoke = /action="(\/fr\/facilitation\/shares\/[^"]+\/revoke)"/.exec(team.body)?.[1] as string;
    assert.equal((await manager.post(revoke, {})).statusCode, 303);
    assert.equal((await visitor.get(link)).statusCode, 404);
  });

  test('the public API gives national figures, small groups hidden, and refuses bad filters', async () => {
    const res = await t.app.inject('/api/v1/facilitation/stats');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.minGroup, 5);
    assert.ok(body.sessions.total >= 20);
    for (const f of Object.values(body.breakdowns) as { rows: { n: number | null }[] }[])
      for (const r of f.rows) assert.ok(r.n === null || r.n === 0 || r.n >= 5, 'no group under 5 shown');
    for (const q of [
      'from=2026-13-01',
      'area=abc',
      'kind=solo',
      `structure=${orgId}`,
      'from=2026-05-10&to=2026-05-01',
    ]) {
      const bad = await t.app.inject(`/api/v1/facilitation/stats?${q}`);
      assert.equal(bad.statusCode, 400, q);
      assert.match(String(bad.headers['content-type']), /problem\+json/);
    }
  });

  test('a coordinator sees the network’s figures and never an entry; the secretariat runs the network', async () => {
    const admin = await signedInAdmin(t);
    await admin.get('/fr/facilitation/networks');
    const made = await admin.post('/fr/facilitation/networks', { name: 'Réseau EPN Testville' });
    const networkUrl = String(made.headers.location);
    await admin.get(networkUrl);
    assert.equal(
      (await admin.post(networkUrl, { op: 'add_structure', organisationId: orgId })).statusCode,
      303,
    );
    const coordinator = await signedInUser(t, { email: 'coord@reseau.be', name: 'Chloé Coordinatrice' });
    await admin.get(networkUrl);
    assert.equal(
      (await admin.post(networkUrl, { op: 'add_coordinator', email: 'coord@reseau.be' })).statusCode,
      303,
    );
    const figures = await coordinator.get(`${networkUrl.replace(/^\/fr/, '/fr')}/figures`);
    assert.equal(figures.statusCode, 200);
    const [entry] = await t.deps.db.select({ id: accompaniments.id }).from(accompaniments).limit(1);
    assert.equal((await coordinator.get(`/fr/facilitation/entries/${entry?.id}`)).statusCode, 404);
    assert.equal((await coordinator.get(`/fr/facilitation/structures/${orgId}/figures`)).statusCode, 403);
    assert.equal((await coordinator.get(`/fr/facilitation/structures/${orgId}/entries.csv`)).statusCode, 403);
  });
});

describe('a session at one of the structure’s help points', () => {
  let point: string;
  let elsewhere: string;
  const actorOf = async (email: string) => {
    const [u] = await t.deps.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return { id: u?.id as string, role: 'user' as const };
  };
  before(async () => {
    const hp = t.services.helpPoints;
    const made = await hp.points.create(
      await actorOf('manager@cpas-test.be'),
      orgId,
      hp.fields.parse(helpPointForm({ name: 'Antenne du CPAS, rue Haute' })),
    );
    point = made.id;
    const other = await signedInUser(t, { email: 'gestion@bib-autre.be', name: 'Bruno Bib' });
    const otherOrg = await createOrganisation(other, 42, {
      legalName: 'Bibliothèque Autre',
      sector: 'public',
    });
    elsewhere = (
      await hp.points.create(
        await actorOf('gestion@bib-autre.be'),
        otherOrg,
        hp.fields.parse(helpPointForm({ name: 'Bibliothèque Autre, salle 2' })),
      )
    ).id;
  });

  test('the form offers the structure’s points; a point of another structure is refused and nothing is written', async () => {
    const form = await helper.get('/fr/facilitation/log');
    assert.match(form.body, /<select[^>]*name="helpPointId"/);
    assert.match(form.body, /Antenne du CPAS, rue Haute/);
    assert.doesNotMatch(form.body, /Bibliothèque Autre/);
    const before = await entries();
    const refused = await helper.post('/fr/facilitation/log', session({ helpPointId: elsewhere }));
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Choisissez un des points d’aide de cette structure porteuse/);
    const garbled = await helper.post('/fr/facilitation/log', session({ helpPointId: 'salle-2' }));
    assert.equal(garbled.statusCode, 422);
    assert.equal(await entries(), before);

    const key = randomUUID();
    assert.equal(
      (await helper.post('/fr/facilitation/log', session({ clientKey: key, helpPointId: point }))).statusCode,
      303,
    );
    const [row] = await t.deps.db
      .select({ helpPointId: accompaniments.helpPointId })
      .from(accompaniments)
      .where(eq(accompaniments.clientKey, key));
    assert.equal(row?.helpPointId, point);
    assert.match((await helper.get('/fr/facilitation/log')).body, new RegExp(`value="${point}" selected`));

    // A session somewhere else is at no help point, whatever the form sent.
    const home = randomUUID();
    await helper.post(
      '/fr/facilitation/log',
      session({ clientKey: home, place: 'home', helpPointId: point }),
    );
    const [atHome] = await t.deps.db
      .select({ helpPointId: accompaniments.helpPointId })
      .from(accompaniments)
      .where(eq(accompaniments.clientKey, home));
    assert.equal(atHome?.helpPointId, null);
  });

  test('the figures filter by help point within the reader’s scope, and the export names the point', async () => {
    const mine = await manager.get(`/fr/facilitation/structures/${orgId}/figures?helpPoint=${point}`);
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, new RegExp(`value="${point}" selected`));
    assert.match(mine.body, /helpPoint = Antenne du CPAS, rue Haute/);
    const theirs = await manager.get(`/fr/facilitation/structures/${orgId}/figures?helpPoint=${elsewhere}`);
    assert.equal(theirs.statusCode, 400);

    const api = await t.app.inject(`/api/v1/facilitation/stats?helpPoint=${point}`);
    assert.equal(api.statusCode, 200);
    assert.equal(api.json().sessions.total, null, 'one session at that point: too few to show');
    const unknown = await t.app.inject(`/api/v1/facilitation/stats?helpPoint=${randomUUID()}`);
    assert.equal(unknown.statusCode, 400);

    const rows = (await manager.get(`/fr/facilitation/structures/${orgId}/entries.csv`)).body.split('\n');
    const header = (rows[0] ?? '').split(',');
    assert.ok(header.includes('helpPoint'));
    assert.ok(rows.some((r) => r.includes('"Antenne du CPAS, rue Haute"') || r.includes(',Antenne du CPAS')));
  });
});

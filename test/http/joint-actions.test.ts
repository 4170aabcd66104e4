import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import {
  jointActionMembers,
  jointActions,
  jointActionUpdates,
} from '../../src/features/joint-actions/schema.ts';
import { organisations } from '../../src/features/organisations/schema.ts';
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
let repA: Agent;
let orgA: string;
let repB: Agent;
let orgB: string;
let pendingRep: Agent;
let pendingOrg: string;
let obstacle: Record<string, string>;
let actionId: string;

const proposal = (over: Record<string, string | string[]> = {}) => ({
  title: 'Un ordinateur pour chaque famille',
  goal: 'Deux cents familles équipées\navec un ordinateur reconditionné.',
  plan: 'Collecte en janvier, reconditionnement en février, remise en mars.',
  needs: 'Des bénévoles pour la remise.',
  startsOn: '2026-01-01',
  endsOn: '2026-06-30',
  obstacles: [obstacle['no-device'] ?? ''],
  contribution: 'Nous collectons les ordinateurs.',
  ...over,
});

const slugOf = async (id: string) =>
  (await t.deps.db.select().from(organisations).where(eq(organisations.id, id)))[0]?.slug ?? '';
const rows = async () => (await t.deps.db.select({ n: count() }).from(jointActions))[0]?.n;

before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'joint-admin@example.be');
  repA = await signedInUser(t, { email: 'joint-a@example.be' });
  orgA = await createOrganisation(repA, 2600, { legalName: 'Récup Informatique' });
  await signCharter(repA, orgA);
  await approve(admin, t, orgA);
  repB = await signedInUser(t, { email: 'joint-b@example.be' });
  orgB = await createOrganisation(repB, 2601, { legalName: 'Gemeente Voorbeeld' });
  await signCharter(repB, orgB);
  await approve(admin, t, orgB);
  pendingRep = await signedInUser(t, { email: 'joint-pending@example.be' });
  pendingOrg = await createOrganisation(pendingRep, 2602, { legalName: 'Pas Encore Signé' });
  const api = (await t.app.inject('/api/v1/obstacles')).json() as {
    obstacles: { id: string; slug: string }[];
  };
  obstacle = Object.fromEntries(api.obstacles.map((o) => [o.slug, o.id]));
});
after(() => t.close());

describe('joint actions', () => {
  test('proposed, joined, updated, moved to running then completed; public page, obstacle page, profile and API', async () => {
    await repA.get(`/fr/organisations/${orgA}/joint-actions/new`);
    const res = await repA.post(`/fr/organisations/${orgA}/joint-actions/new`, proposal());
    assert.equal(res.statusCode, 303, res.body.slice(0, 400));
    actionId = /joint-actions\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1] ?? '';
    assert.ok(actionId);

    // B joins with what it brings; A posts an update; both are public.
    const page = await repB.get(`/nl/joint-actions/${actionId}`);
    assert.match(page.body, onPage('nl')('joint.join_title'));
    const join = await repB.post(`/nl/joint-actions/${actionId}/join`, {
      organisationId: orgB,
      contribution: 'Wij leveren de lokalen.',
    });
    assert.equal(join.statusCode, 303);
    await repA.get(`/fr/joint-actions/${actionId}`);
    const post = await repA.post(`/fr/joint-actions/${actionId}/updates`, {
      organisationId: orgA,
      body: '80 ordinateurs collectés.',
    });
    assert.equal(post.statusCode, 303);

    const pub = await t.app.inject(`/en/joint-actions/${actionId}`);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, /Récup Informatique<\/a>: Nous collectons les ordinateurs\./);
    assert.match(pub.body, /Gemeente Voorbeeld<\/a>: Wij leveren de lokalen\./);
    assert.match(pub.body, /80 ordinateurs collectés\./);
    assert.match(pub.body, onPage('en')('joint.members_n', { n: 2 }));
    assert.match(pub.body, onPage('en')('joint.status.proposed'));
    assert.match(pub.body, onPage('en')('joint.sign_in_to_join'));

    // The proposer moves it along; a skipped step is refused.
    await repA.get(`/en/joint-actions/${actionId}`);
    const skip = await repA.post(`/en/joint-actions/${actionId}/status`, { status: 'completed' });
    assert.equal(skip.statusCode, 409);
    assert.match(skip.body, onPage('en')('err.joint.bad_transition'));
    assert.equal(
      (await repA.post(`/en/joint-actions/${actionId}/status`, { status: 'running' })).statusCode,
      303,
    );
    // A member that did not propose cannot steer it.
    await repB.get(`/en/joint-actions/${actionId}`);
    assert.equal(
      (await repB.post(`/en/joint-actions/${actionId}/status`, { status: 'completed' })).statusCode,
      403,
    );
    assert.equal(
      (await repA.post(`/en/joint-actions/${actionId}/status`, { status: 'completed' })).statusCode,
      303,
    );
    const [a] = await t.deps.db.select().from(jointActions).where(eq(jointActions.id, actionId));
    assert.equal(a?.status, 'completed');

    // A completed action no longer changes, but its members may still post news.
    const late = await repB.post(`/en/joint-actions/${actionId}/leave`, { organisationId: orgB });
    assert.equal(
      late.statusCode,
      303,
      'leaving a completed action is allowed: it is the member’s own record',
    );
    const edit = await repA.get(`/en/joint-actions/${actionId}/edit`);
    assert.equal(edit.statusCode, 409);

    const obstaclePage = await t.app.inject('/fr/obstacles/no-device');
    assert.match(obstaclePage.body, onPage('fr')('obstacle.joint_actions', { n: 1 }));
    assert.match(
      obstaclePage.body,
      new RegExp(
        `Un ordinateur pour chaque famille</a> \\(Récup Informatique, ${onPage('fr')('joint.status.completed').source}\\)`,
      ),
    );

    const api = (await t.app.inject(`/api/v1/joint-actions?obstacle=${obstacle['no-device']}`)).json() as {
      total: number;
      jointActions: { title: string; status: string; obstacles: string[]; members: { name: string }[] }[];
    };
    assert.equal(api.total, 1);
    assert.equal(api.jointActions[0]?.status, 'completed');
    assert.deepEqual(api.jointActions[0]?.obstacles, ['no-device']);
    assert.deepEqual(
      api.jointActions[0]?.members.map((m) => m.name),
      ['Récup Informatique'],
    );
    const none = (await t.app.inject(`/api/v1/joint-actions?status=proposed`)).json() as { total: number };
    assert.equal(none.total, 0);

    const profile = await t.app.inject(`/fr/signatories/${await slugOf(orgA)}`);
    assert.match(profile.body, /Un ordinateur pour chaque famille/);
  });

  test('the list filters by status and obstacle; bad filters get a 400 in the reader’s language', async () => {
    const list = await t.app.inject(`/de/joint-actions?status=completed&obstacle=${obstacle['no-device']}`);
    assert.equal(list.statusCode, 200);
    assert.match(
      list.body,
      new RegExp(`${onPage('de')('joint.count', { n: 1 }).source}<`),
      'one, in the singular',
    );
    const empty = await t.app.inject('/de/joint-actions?status=running');
    assert.match(empty.body, onPage('de')('joint.none'));
    const bad = await t.app.inject('/nl/joint-actions?status=done');
    assert.equal(bad.statusCode, 400);
    assert.doesNotMatch(bad.body, /at .*\.ts/);
    assert.equal((await t.app.inject('/api/v1/joint-actions?obstacle=nope')).statusCode, 400);
  });

  test('bad input: every message in the user’s language, nothing written', async () => {
    const before = await rows();
    await repA.get(`/fr/organisations/${orgA}/joint-actions/new`);
    const empty = await repA.post(`/fr/organisations/${orgA}/joint-actions/new`, {
      title: '',
      goal: '',
      plan: '',
      startsOn: 'hier',
      endsOn: '',
      contribution: '',
    });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, onPage('fr')('err.joint.obstacle_required'));
    assert.match(empty.body, onPage('fr')('err.required'));
    const backwards = await repA.post(
      `/fr/organisations/${orgA}/joint-actions/new`,
      proposal({ startsOn: '2026-06-01', endsOn: '2026-01-01' }),
    );
    assert.equal(backwards.statusCode, 422);
    assert.match(backwards.body, onPage('fr')('err.joint.ends_before_start'));
    const unknown = await repA.post(
      `/fr/organisations/${orgA}/joint-actions/new`,
      proposal({ obstacles: '00000000-0000-4000-8000-000000000000' }),
    );
    assert.equal(unknown.statusCode, 422);
    const long = await repA.post(
      `/fr/organisations/${orgA}/joint-actions/new`,
      proposal({ title: 'x'.repeat(201) }),
    );
    assert.equal(long.statusCode, 422);
    assert.equal(await rows(), before);

    // An organisation whose signature is not verified cannot propose.
    await pendingRep.get(`/en/organisations/${pendingOrg}/joint-actions/new`);
    const pending = await pendingRep.post(`/en/organisations/${pendingOrg}/joint-actions/new`, proposal());
    assert.equal(pending.statusCode, 422);
    assert.match(pending.body, onPage('en')('err.joint.signatories_only'));
    assert.equal(await rows(), before);
  });

  test('joining, posting and leaving: only for the organisation’s own members, with clear refusals', async () => {
    await repA.get(`/fr/organisations/${orgA}/joint-actions/new`);
    const res = await repA.post(
      `/fr/organisations/${orgA}/joint-actions/new`,
      proposal({ title: 'Wifi dans les salles' }),
    );
    const id = /joint-actions\/([0-9a-f-]{36})$/.exec(String(res.headers.location))?.[1] ?? '';

    // B cannot join in A's name, nor post before joining.
    await repB.get(`/en/joint-actions/${id}`);
    assert.equal(
      (await repB.post(`/en/joint-actions/${id}/join`, { organisationId: orgA, contribution: 'x' }))
        .statusCode,
      403,
    );
    assert.equal(
      (await repB.post(`/en/joint-actions/${id}/updates`, { organisationId: orgB, body: 'Hello' }))
        .statusCode,
      403,
    );
    const noText = await repB.post(`/en/joint-actions/${id}/join`, {
      organisationId: orgB,
      contribution: '',
    });
    assert.equal(noText.statusCode, 422);
    assert.match(noText.body, onPage('en')('err.required'));
    await pendingRep.get(`/en/joint-actions/${id}`);
    const pending = await pendingRep.post(`/en/joint-actions/${id}/join`, {
      organisationId: pendingOrg,
      contribution: 'Nous aussi',
    });
    assert.equal(pending.statusCode, 422);
    const members = () =>
      t.deps.db
        .select({ n: count() })
        .from(jointActionMembers)
        .where(eq(jointActionMembers.jointActionId, id));
    assert.equal((await members())[0]?.n, 1);

    // The proposer cannot leave (it abandons instead); abandoning closes the action to joiners.
    await repA.get(`/fr/joint-actions/${id}`);
    const stay = await repA.post(`/fr/joint-actions/${id}/leave`, { organisationId: orgA });
    assert.equal(stay.statusCode, 409);
    assert.match(stay.body, onPage('fr')('err.joint.proposer_stays'));
    assert.equal(
      (await repA.post(`/fr/joint-actions/${id}/status`, { status: 'abandoned' })).statusCode,
      303,
    );
    await repB.get(`/en/joint-actions/${id}`);
    const closed = await repB.post(`/en/joint-actions/${id}/join`, {
      organisationId: orgB,
      contribution: 'Late',
    });
    assert.equal(closed.statusCode, 409);
    assert.match(closed.body, onPage('en')('err.joint.closed'));
    const updates = await t.deps.db
      .select({ n: count() })
      .from(jointActionUpdates)
      .where(eq(jointActionUpdates.jointActionId, id));
    assert.equal(updates[0]?.n, 0);
    assert.equal(
      (await t.app.inject('/en/joint-actions/00000000-0000-4000-8000-000000000000')).statusCode,
      404,
    );
  });
});

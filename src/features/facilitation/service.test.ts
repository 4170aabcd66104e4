import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { addHelper, sessionInput } from '../../../test/helpers/facilitation.ts';
import {
  addMember,
  audited,
  IP,
  makeOrg,
  makeUser,
  type Person,
  refusedWith,
} from '../../../test/helpers/services.ts';
import { ledgerEntries } from '../ledger/schema.ts';
import { accompaniments } from './schema.ts';
import { createSigningService } from './signing.ts';

// The facilitators' rules, called on the services as a route would: a structure's team, signing the code of
// ethics, the support-session log and who sees which figures.
let t: TestApp;
let admin: Person;
let n = 300;
const DAY = '2026-03-10';

before(async () => {
  t = await startTestApp();
  t.clock.set(`${DAY}T10:00:00Z`);
  admin = await makeUser(t, 'secretariat@example.be', { admin: true });
});
after(() => t.close());

const f = () => t.services.facilitation;

/** A structure with a manager, an editor who manages too, two helpers and an outsider. */
async function structure() {
  const i = ++n;
  const manager = await makeUser(t, `manager${i}@example.be`);
  const orgId = await makeOrg(t, manager, i, { legalName: `CPAS de Test ${i}`, sector: 'public' });
  const editor = await makeUser(t, `editor${i}@example.be`);
  await addMember(t, manager, orgId, editor, 'editor');
  const helper = await makeUser(t, `helper${i}@example.be`, { name: `Aidant ${i}` });
  const other = await makeUser(t, `other${i}@example.be`);
  await addHelper(t, manager, orgId, helper);
  await addHelper(t, editor, orgId, other);
  const outsider = await makeUser(t, `outsider${i}@example.be`);
  return { i, manager, editor, helper, other, outsider, orgId };
}

describe('a structure and its team', () => {
  test('a manager invites a digital helper, who joins with the mailed link; a forwarded link does not work', async () => {
    const s = await structure();
    const roles = await f().structures.roles(s.helper);
    assert.deepEqual(
      roles.helpsAt.map((h) => h.id),
      [s.orgId],
    );
    assert.equal(await audited(t, 'facilitation.helper_joined', s.orgId), 2);
    await f().structures.invite(s.manager, s.orgId, 'someone@example.be', 'fr', IP);
    const { team, invitations } = await f().structures.team(s.manager, s.orgId, 1);
    assert.deepEqual(team.map((m) => m.email).sort(), [s.helper.email, s.other.email].sort());
    assert.deepEqual(
      invitations.map((x) => x.email),
      ['someone@example.be'],
    );
    await assert.rejects(
      f().structures.invite(s.helper, s.orgId, 'x@example.be', 'fr', IP),
      refusedWith('forbidden', 403),
      'a helper does not invite',
    );
    await assert.rejects(f().structures.team(s.outsider, s.orgId, 1), refusedWith('forbidden', 403));
  });
});

describe('signing the code of ethics', () => {
  test('a helper signs, a manager countersigns, and the ledger entry holds no personal data', async () => {
    const s = await structure();
    await assert.rejects(
      f().signing.sign(s.outsider, s.orgId, IP),
      refusedWith('facilitation.not_facilitator', 403),
    );
    const sig = await f().signing.sign(s.helper, s.orgId, IP);
    await assert.rejects(f().signing.sign(s.helper, s.orgId, IP), refusedWith('ethics.already_signed', 409));
    await assert.rejects(f().signing.countersign(s.other, sig.id, IP), refusedWith('forbidden', 403));
    assert.equal(
      (await f().structures.publicStructure(s.orgId)).signed.length,
      0,
      'not before countersigning',
    );

    await f().signing.countersign(s.manager, sig.id, IP);
    await assert.rejects(
      f().signing.countersign(s.editor, sig.id, IP),
      refusedWith('ethics.already_countersigned', 409),
    );
    const receipt = await f().signing.receipt(s.helper, sig.id);
    assert.ok(receipt.signature.ledgerSeq, 'the receipt points at the ledger entry');
    const [entry] = await t.deps.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.seq, receipt.signature.ledgerSeq as number));
    const text = JSON.stringify(entry?.payload);
    assert.match(text, /"event":"ethics_signed"/);
    assert.match(text, /"version":1/);
    assert.ok(text.includes(receipt.facilitator) && /^[0-9a-f]{64}$/.test(receipt.facilitator));
    for (const personal of [s.helper.id, s.helper.email, `Aidant ${s.i}`, s.manager.id])
      assert.ok(!text.includes(personal), `the entry does not hold ${personal}`);
    assert.equal((await t.services.ledger.verify()).valid, true);

    assert.deepEqual((await f().structures.publicStructure(s.orgId)).signed, [{ version: 1, n: 1 }]);
    await assert.rejects(f().signing.receipt(s.outsider, sig.id), refusedWith('forbidden', 403));
    await f().signing.receipt(s.editor, sig.id);
  });

  test('nobody countersigns their own signature', async () => {
    const s = await structure();
    await addHelper(t, s.editor, s.orgId, s.manager);
    const sig = await f().signing.sign(s.manager, s.orgId, IP);
    await assert.rejects(
      f().signing.countersign(s.manager, sig.id, IP),
      refusedWith('ethics.own_signature', 403),
    );
    await f().signing.countersign(s.editor, sig.id, IP);
  });

  test('a new version of the code asks everyone to sign again', async () => {
    const s = await structure();
    const v1 = f().ethics();
    await f().signing.countersign(s.manager, (await f().signing.sign(s.helper, s.orgId, IP)).id, IP);
    const v2 = createSigningService(t.deps, f().structures, t.services.ledger, {
      ...v1,
      version: 2,
      hash: 'f'.repeat(64),
    });
    const team = await f().structures.team(s.manager, s.orgId, 2);
    assert.ok(
      team.team.every((m) => m.signatureId === null),
      'no one has signed version 2',
    );
    const again = await v2.sign(s.helper, s.orgId, IP);
    assert.equal(again.version, 2);
  });
});

describe('the support-session log', () => {
  test('one send makes one entry, whatever the repeats; personal data in the note is refused', async () => {
    const s = await structure();
    const input = sessionInput(s.orgId, DAY, { note: 'Première carte eID activée' });
    const first = await f().log.log(s.helper, input);
    const again = await f().log.log(s.helper, input);
    assert.deepEqual(again, { id: first.id, duplicate: true });
    const rows = async () =>
      (
        await t.deps.db
          .select({ n: count() })
          .from(accompaniments)
          .where(eq(accompaniments.organisationId, s.orgId))
      )[0]?.n;
    assert.equal(await rows(), 1);
    for (const [note, code] of [
      ['Écrire à jean.dupont@mail.be', 'log.note_email'],
      ['Rappeler au 0470 12 34 56', 'log.note_phone'],
      ['RRN 85.07.30-033.28', 'log.note_national_number'],
    ] as const)
      await assert.rejects(
        f().log.log(s.helper, sessionInput(s.orgId, DAY, { note })),
        refusedWith(code, 422),
      );
    await assert.rejects(
      f().log.log(s.helper, sessionInput(s.orgId, '2026-03-11')),
      refusedWith('log.date_future', 422),
    );
    await assert.rejects(
      f().log.log(s.helper, sessionInput(s.orgId, '2026-01-01')),
      refusedWith('log.date_too_old', 422),
    );
    await assert.rejects(
      f().log.log(s.helper, sessionInput(s.orgId, DAY, { themes: ['nope'] })),
      refusedWith('invalid', 422),
    );
    await assert.rejects(
      f().log.log(s.outsider, sessionInput(s.orgId, DAY)),
      refusedWith('facilitation.not_facilitator', 403),
    );
    assert.equal(await rows(), 1, 'nothing refused was written');
  });

  test('a group session counts its people per attribute, the rest as unknown', async () => {
    const s = await structure();
    const group = sessionInput(s.orgId, DAY, {
      kind: 'collective',
      title: 'Atelier smartphone',
      level: 'beginner',
      participants: 12,
      counts: { age: { '65_74': 7, '75_plus': 3 } },
    });
    await assert.rejects(
      f().log.log(s.helper, { ...group, counts: { age: { '65_74': 13 } } }),
      refusedWith('log.counts_exceed', 422),
    );
    const { id } = await f().log.log(s.helper, group);
    const { counts } = await f().log.editable(s.helper, id);
    const age = Object.fromEntries(counts.filter((c) => c.dimension === 'age').map((c) => [c.value, c.n]));
    assert.deepEqual(age, { '65_74': 7, '75_plus': 3, unknown: 2 });
    assert.equal(counts.find((c) => c.dimension === 'visit')?.n, 12, 'visits unknown for all twelve');
  });

  test('a helper corrects or deletes their own entries for 30 days; nobody else ever', async () => {
    const s = await structure();
    const { id } = await f().log.log(s.helper, sessionInput(s.orgId, DAY));
    await assert.rejects(f().log.editable(s.other, id), refusedWith('not_found', 404));
    await assert.rejects(f().log.remove(s.manager, id), refusedWith('not_found', 404));
    await f().log.update(s.helper, id, sessionInput(s.orgId, DAY, { durationMin: 45 }));
    assert.equal((await f().log.editable(s.helper, id)).entry.durationMin, 45);
    const { id: second } = await f().log.log(s.helper, sessionInput(s.orgId, DAY));
    t.clock.set('2026-04-10T10:00:00Z');
    try {
      await assert.rejects(f().log.editable(s.helper, id), refusedWith('log.frozen', 409));
      await assert.rejects(f().log.remove(s.helper, second), refusedWith('log.frozen', 409));
      assert.equal(
        (await f().log.entries(s.helper, 1)).rows.every((r) => !r.editable),
        true,
      );
    } finally {
      t.clock.set(`${DAY}T10:00:00Z`);
    }
    await f().log.remove(s.helper, second);
  });

  test('the form offers the helper’s usual durations first and their last entry', async () => {
    const s = await structure();
    for (const durationMin of [20, 20, 45])
      await f().log.log(s.helper, sessionInput(s.orgId, DAY, { durationMin }));
    const form = await f().log.form(s.helper, 'individual');
    assert.deepEqual(form.durations.slice(0, 3), [20, 45, 15]);
    assert.equal(form.last?.durationMin, 45);
    await assert.rejects(
      f().log.form(s.outsider, 'individual'),
      refusedWith('facilitation.not_facilitator', 403),
    );
  });
});

describe('who sees which figures', () => {
  test('a helper sees their own, unhidden; a structure’s figures hide groups under five', async () => {
    const s = await structure();
    for (let k = 0; k < 3; k++) await f().log.log(s.helper, sessionInput(s.orgId, DAY));
    for (let k = 0; k < 6; k++)
      await f().log.log(s.other, sessionInput(s.orgId, DAY, { themes: ['email', 'eid'] }));
    const own = await f().statistics.view(s.helper, { kind: 'own' }, {});
    assert.equal(own.suppressed, false);
    assert.equal(own.sessions.total, 3);
    const mine = await f().statistics.view(s.manager, { kind: 'structure', id: s.orgId }, {});
    assert.equal(mine.sessions.total, 9);
    const theme = Object.fromEntries(
      mine.breakdowns.theme.rows.filter((r) => r.n !== 0).map((r) => [r.value, r.n]),
    );
    assert.deepEqual(theme, { eid: 9, email: 6 });
    const pct = mine.breakdowns.theme.rows.reduce((sum, r) => sum + (r.percent ?? 0), 0);
    assert.equal(pct + (mine.breakdowns.theme.hidden?.percent ?? 0), 100);
    await assert.rejects(
      f().statistics.view(s.helper, { kind: 'structure', id: s.orgId }, {}),
      refusedWith('forbidden', 403),
      'a helper sees only their own',
    );

    // Under five in all: everything is hidden.
    const few = await structure();
    await f().log.log(few.helper, sessionInput(few.orgId, DAY));
    const hidden = await f().statistics.view(few.manager, { kind: 'structure', id: few.orgId }, {});
    assert.equal(hidden.sessions.total, null);
    assert.deepEqual(hidden.breakdowns.age.rows, []);
  });

  test('a coordinator sees the network’s figures, and never one helper’s entries', async () => {
    const a = await structure();
    const b = await structure();
    const coordinator = await makeUser(t, `coordinator${a.i}@example.be`);
    const net = await f().structures.createNetwork(admin, `Réseau ${a.i}`, IP);
    for (const orgId of [a.orgId, b.orgId])
      await f().structures.changeNetwork(admin, net.id, { op: 'add_structure', organisationId: orgId }, IP);
    await f().structures.changeNetwork(
      admin,
      net.id,
      { op: 'add_coordinator', email: coordinator.email },
      IP,
    );
    await assert.rejects(
      f().structures.changeNetwork(coordinator, net.id, { op: 'add_structure', organisationId: a.orgId }, IP),
      refusedWith('forbidden', 403),
    );
    const { id } = await f().log.log(a.helper, sessionInput(a.orgId, DAY));
    for (let k = 0; k < 5; k++) await f().log.log(b.helper, sessionInput(b.orgId, DAY));
    const stats = await f().statistics.view(coordinator, { kind: 'network', id: net.id }, {});
    assert.equal(stats.sessions.total, 6);
    assert.deepEqual(stats.structures.map((x) => x.id).sort(), [a.orgId, b.orgId].sort());
    const one = await f().statistics.view(
      coordinator,
      { kind: 'network', id: net.id },
      { structure: a.orgId },
    );
    assert.equal(one.sessions.total, null, 'one structure with one session: hidden');
    await assert.rejects(f().log.editable(coordinator, id), refusedWith('not_found', 404));
    await assert.rejects(
      f().statistics.view(coordinator, { kind: 'structure', id: a.orgId }, {}),
      refusedWith('forbidden', 403),
    );
    await assert.rejects(
      f().statistics.view(a.outsider, { kind: 'network', id: net.id }, {}),
      refusedWith('forbidden', 403),
    );
    await assert.rejects(
      f().statistics.view(coordinator, { kind: 'network', id: net.id }, { structure: a.outsider.id }),
      refusedWith('invalid', 400),
    );
  });

  test('a share link shows a structure’s figures, hidden groups and all, until it is revoked', async () => {
    const s = await structure();
    for (let k = 0; k < 7; k++) await f().log.log(s.helper, sessionInput(s.orgId, DAY));
    const token = await f().statistics.share(s.manager, 'structure', s.orgId);
    const shared = await f().statistics.shared(token, {});
    assert.equal(shared.stats.sessions.total, 7);
    assert.equal(shared.stats.suppressed, true);
    await assert.rejects(f().statistics.share(s.helper, 'structure', s.orgId), refusedWith('forbidden', 403));
    const [link] = await f().statistics.shareLinks(s.manager, 'structure', s.orgId);
    await f().statistics.revokeShare(s.manager, link?.id as string);
    await assert.rejects(f().statistics.shared(token, {}), refusedWith('token.invalid', 404));
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/client.ts';

/** The demo and the ledger check, through the command line a newcomer uses. */
const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-demo-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const { DATABASE_URL: _a, TEST_DATABASE_URL: _b, ...env } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    env: { ...env, DATA_DIR: dir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
}

test('seed:demo loads fictional signatories once; ledger:verify checks them and catches a forged entry', async () => {
  const seeded = cli('seed:demo');
  assert.equal(seeded.status, 0, seeded.stderr);
  assert.match(seeded.stdout, /28 demo organisations loaded/);
  assert.match(seeded.stdout, /60 fictional help points/);
  assert.match(seeded.stdout, /coordination@demo\.inclusio\.invalid/);
  const again = cli('seed:demo');
  assert.equal(again.status, 2);
  assert.match(again.stderr, /already holds organisations/);

  const ok = cli('ledger:verify');
  assert.equal(ok.status, 0, ok.stderr);
  const result = JSON.parse(ok.stdout.split('\n')[0] ?? '{}');
  assert.equal(result.valid, true);
  assert.ok(result.entries > 40, `entries: ${result.entries}`);

  const database = await openDatabase({ engine: 'pglite', dataDir: dir });
  const counted = (await database.db.execute(
    sql`select count(*)::int as n from organisations`,
  )) as unknown as {
    rows: { n: number }[];
  };
  const [org] = counted.rows;
  assert.equal(org?.n, 28);
  // The action plans come with the rest of the feature working: suggestions, training, safety, campaigns, invitations.
  const one = async (q: ReturnType<typeof sql>) =>
    ((await database.db.execute(q)) as unknown as { rows: Record<string, number>[] }).rows[0] ?? {};
  const figures = await one(sql`select
    (select count(*) from objective_templates where published)::int as templates,
    (select count(*) from objectives where template_id is not null)::int as adopted,
    (select count(distinct organisation_id) from training_sessions)::int as training,
    (select count(distinct organisation_id) from safety_measures where status = 'in_place')::int as safety,
    (select count(*) from campaigns)::int as campaigns,
    (select count(distinct organisation_id) from campaign_supports)::int as supporters,
    (select count(*) from referrals where joined_organisation_id is not null)::int as referred,
    (select count(*) from objectives where is_public)::int as public_objectives,
    (select count(distinct lang) from practices where status = 'published')::int as practice_languages,
    (select count(*) from obstacles)::int as obstacles,
    (select count(*) from joint_actions)::int as joint_actions,
    (select count(distinct status) from joint_actions)::int as joint_statuses,
    (select count(*) from joint_action_members)::int as joint_members,
    (select count(*) from joint_action_updates)::int as joint_updates,
    (select count(*) from assessments where status = 'submitted')::int as assessments,
    (select count(*) from (select organisation_id from assessments group by 1 having count(*) > 1) m)::int as reassessed,
    (select count(distinct date_trunc('month', submitted_at)) from assessments)::int as assessment_months,
    (select count(*) from reports where status = 'submitted')::int as reports,
    (select count(distinct year) from reports)::int as report_years,
    (select count(*) from signatures where status = 'non_reporting')::int as non_reporting,
    (select count(*) from signatures where signed_at > now() or decided_at > now())::int as future`);
  assert.equal(figures.templates, 8);
  for (const k of ['adopted', 'training', 'safety', 'supporters', 'public_objectives'] as const) {
    assert.ok((figures[k] ?? 0) >= 5, `${k}: ${figures[k]}`);
  }
  assert.equal(figures.campaigns, 3);
  assert.equal(figures.referred, 5);
  assert.equal(figures.practice_languages, 4, 'published practices in the four languages');
  assert.equal(figures.obstacles, 9);
  assert.deepEqual(
    [figures.joint_actions, figures.joint_statuses, figures.joint_members, figures.joint_updates],
    [3, 3, 7, 4],
    'three joint actions (running, proposed, completed) with their members and updates',
  );
  assert.ok((figures.assessments ?? 0) >= 25, `assessments: ${figures.assessments}`);
  assert.ok(
    (figures.reassessed ?? 0) >= 8 && (figures.assessment_months ?? 0) >= 6,
    'assessed at several dates',
  );
  assert.ok((figures.reports ?? 0) >= 20 && (figures.report_years ?? 0) >= 3, `reports: ${figures.reports}`);
  assert.equal(figures.non_reporting, 1, 'one signatory is late with its report');
  assert.equal(figures.future, 0, 'nothing happens after today');
  // Sector medians: private and public signatories show one (five or more), associations stay hidden (three).
  const bySector = (await database.db.execute(sql`select o.sector, count(distinct a.organisation_id)::int as n
    from assessments a join organisations o on o.id = a.organisation_id
    join signatures s on s.id = o.current_signature_id
    where a.status = 'submitted' and s.status in ('active', 'non_reporting') group by 1 order by 1`)) as unknown as {
    rows: { sector: string; n: number }[];
  };
  const n = Object.fromEntries(bySector.rows.map((r) => [r.sector, r.n]));
  assert.equal(n.associative, 3);
  assert.ok((n.private ?? 0) >= 5 && (n.public ?? 0) >= 5, JSON.stringify(n));
  // The facilitators' part: a network of host structures and its coordinator, helpers who joined by invitation and
  // signed the code of ethics (most countersigned), thousands of sessions over eighteen months.
  const helping = await one(sql`select
    (select count(*) from networks)::int as networks,
    (select count(*) from network_structures)::int as structures,
    (select count(*) from network_coordinators)::int as coordinators,
    (select count(distinct user_id) from facilitators)::int as helpers,
    (select count(*) from facilitator_invitations where accepted_at is not null)::int as accepted,
    (select count(*) from ethics_signatures where countersigned_at is not null)::int as countersigned,
    (select count(*) from ethics_signatures where countersigned_at is null)::int as waiting,
    (select count(*) from accompaniments)::int as sessions,
    (select count(*) from accompaniments where kind = 'collective')::int as collective,
    (select count(distinct to_char(happened_on, 'YYYY-MM')) from accompaniments)::int as months,
    (select count(*) from accompaniments where happened_on > current_date or created_at > now())::int as future,
    (select count(*) from (select at, lag(at) over (order by seq) as before from ledger_entries) l
      where at < before)::int as unordered`);
  assert.equal(helping.networks, 1);
  assert.ok((helping.structures ?? 0) >= 4 && helping.coordinators === 1, JSON.stringify(helping));
  assert.ok(
    (helping.helpers ?? 0) >= 8 && (helping.accepted ?? 0) > (helping.helpers ?? 0),
    'one helps at two',
  );
  assert.ok((helping.countersigned ?? 0) >= 8 && (helping.waiting ?? 0) >= 1, JSON.stringify(helping));
  assert.ok(
    (helping.sessions ?? 0) >= 3000 && (helping.sessions ?? 0) <= 5000,
    `sessions: ${helping.sessions}`,
  );
  assert.ok((helping.collective ?? 0) > 100 && (helping.months ?? 0) >= 18, JSON.stringify(helping));
  assert.equal(helping.future, 0, 'no session after today');
  assert.equal(helping.unordered, 0, 'the ledger stays in date order');
  // About sixty fictional help points in the three regions, with exceptions, of several kinds and languages.
  const points = await one(sql`select count(*)::int as n,
    count(distinct kind)::int as kinds,
    count(*) filter (where postcode < '1300')::int as brussels,
    count(*) filter (where name like '%(démo)')::int as fictional,
    count(*) filter (where jsonb_array_length(hours_form->'exceptions') > 0)::int as exceptions,
    (select count(distinct l) from help_points, unnest(languages) l)::int as languages
    from help_points`);
  assert.ok((points.n ?? 0) >= 55 && (points.n ?? 0) <= 65, JSON.stringify(points));
  assert.equal(points.fictional, points.n, 'each one says it is a demo');
  assert.ok(
    (points.kinds ?? 0) >= 6 && (points.languages ?? 0) >= 5 && (points.exceptions ?? 0) >= 30,
    JSON.stringify(points),
  );
  assert.ok(
    (points.brussels ?? 0) >= 10 && (points.n ?? 0) - (points.brussels ?? 0) >= 40,
    JSON.stringify(points),
  );
  // The public figures show the common groups and hide the rare ones (fewer than five).
  const built = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dir }), database });
  const stats = await built.services.facilitation.statistics.view(null, { kind: 'public' }, {});
  await built.app.close();
  const rows = Object.values(stats.breakdowns).flatMap((b) => b.rows);
  assert.ok(
    rows.some((r) => r.n === null),
    'some group is hidden',
  );
  assert.ok(
    rows.some((r) => (r.n ?? 0) >= 5),
    'some group is shown',
  );
  assert.ok(
    (stats.breakdowns.theme.rows.find((r) => r.value === 'eid')?.n ?? 0) >= 100,
    'eID help is common',
  );
  assert.equal(stats.breakdowns.referral.rows.find((r) => r.value === 'other')?.n, null, 'a rare referral');
  await database.db.execute(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
  await database.db.execute(
    sql`update ledger_entries set payload = jsonb_set(payload, '{organisation,name}', '"Forged"') where seq = 2`,
  );
  await database.close();

  const broken = cli('ledger:verify');
  assert.equal(broken.status, 1);
  assert.equal(JSON.parse(broken.stdout.split('\n')[0] ?? '{}').firstInvalid, 2);
  assert.match(broken.stdout, /broken at entry 2/);
});

test('npm run demo starts on its own folder with the demo loaded, whatever DATABASE_URL says', async () => {
  const { spawn } = await import('node:child_process');
  const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inclusio-demo-run-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'demo'], {
    cwd: root,
    env: {
      ...process.env,
      DEMO_DATA_DIR: demoDir,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/never',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  assert.match(out, /secretariat@demo\.inclusio\.invalid/);
  const page = await (await fetch(`${url}/fr/signatories`)).text();
  assert.match(page, /Banque Démo du Quartier/);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
  assert.ok(fs.existsSync(path.join(demoDir, 'pglite')));
  fs.rmSync(demoDir, { recursive: true, force: true });
});

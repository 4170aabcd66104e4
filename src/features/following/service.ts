import { type Actor, requireUser } from '../../platform/auth/authorize.ts';
import { todayIn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { type Locale, translator } from '../../platform/i18n/index.ts';
import { COMMITMENT_CODES, type CommitmentCode } from '../charter/commitments.ts';
import type { ObstaclesService } from '../obstacles/service.ts';
import * as q from './queries.ts';
import type { FollowKind } from './schema.ts';

const WEEK_MS = 7 * 24 * 3600_000;

/** The Monday (Brussels date) of the week that holds `now`, as YYYY-MM-DD. */
export function weekOf(now: Date): string {
  const d = new Date(`${todayIn(now)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Following (issue 5): a person follows obstacles and commitments, and once a week gets an email listing the
 * practices published and joint actions proposed about them. Commitment C2 covers every joint action.
 */
export function createFollowingService(deps: Deps, obstacles: ObstaclesService) {
  const { db, clock, mail, config } = deps;

  async function checkRef(kind: FollowKind, ref: string) {
    const known =
      kind === 'commitment'
        ? (COMMITMENT_CODES as readonly string[]).includes(ref)
        : (await obstacles.list()).some((o) => o.id === ref);
    return known;
  }

  return {
    async mine(actor: Actor) {
      if (!actor) return null;
      const rows = await q.ofUser(db, actor.id);
      return {
        obstacles: rows.filter((r) => r.kind === 'obstacle').map((r) => r.ref),
        commitments: rows.filter((r) => r.kind === 'commitment').map((r) => r.ref as CommitmentCode),
      };
    },

    /** Whether the person follows this obstacle or commitment; null when nobody is signed in. */
    async follows(actor: Actor, kind: FollowKind, ref: string) {
      if (!actor) return null;
      return (await q.ofUser(db, actor.id)).some((r) => r.kind === kind && r.ref === ref);
    },

    /** Replaces everything the person follows with the boxes ticked on the page. */
    async save(actor: Actor, obstacleIds: string[], commitments: CommitmentCode[]) {
      requireUser(actor);
      const known = new Set((await obstacles.list()).map((o) => o.id));
      const now = clock.now();
      await db.transaction(async (tx) => {
        await q.clear(tx, actor.id);
        for (const id of obstacleIds.filter((i) => known.has(i)))
          await q.add(tx, actor.id, 'obstacle', id, now);
        for (const code of commitments) await q.add(tx, actor.id, 'commitment', code, now);
      });
    },

    /** One obstacle or commitment, from its own page; returns false when it does not exist. */
    async set(actor: Actor, kind: FollowKind, ref: string, on: boolean) {
      requireUser(actor);
      if (!(await checkRef(kind, ref))) return false;
      if (on) await q.add(db, actor.id, kind, ref, clock.now());
      else await q.remove(db, actor.id, kind, ref);
      return true;
    },

    /**
     * Sends this week's digest once, whichever instance gets here first: the week's row and the messages go in
     * one transaction. Covers what appeared since the previous digest (at most a week back).
     */
    async sendWeeklyDigest() {
      const now = clock.now();
      const week = weekOf(now);
      return db.transaction(async (tx) => {
        const previous = await q.lastRunBefore(tx, week);
        if (!(await q.claimWeek(tx, week, now))) return null;
        const since = new Date(Math.max(previous?.getTime() ?? 0, now.getTime() - WEEK_MS));
        const [practices, actions, follows] = await Promise.all([
          q.newPractices(tx, since, now),
          q.newJointActions(tx, since, now),
          q.followers(tx),
        ]);
        const people = new Map<
          string,
          { email: string; locale: Locale; obstacles: Set<string>; commitments: Set<string> }
        >();
        for (const f of follows) {
          const p = people.get(f.userId) ?? {
            email: f.email,
            locale: f.locale,
            obstacles: new Set(),
            commitments: new Set(),
          };
          (f.kind === 'obstacle' ? p.obstacles : p.commitments).add(f.ref);
          people.set(f.userId, p);
        }
        let sent = 0;
        for (const p of people.values()) {
          const ps = practices.filter(
            (x) =>
              x.obstacleIds.some((o) => p.obstacles.has(o)) ||
              x.commitments.some((c) => p.commitments.has(c)),
          );
          const as = actions.filter(
            (x) => p.commitments.has('C2') || x.obstacleIds.some((o) => p.obstacles.has(o)),
          );
          if (!ps.length && !as.length) continue;
          const t = translator(p.locale);
          const base = `${config.baseUrl}/${p.locale}`;
          const section = (
            title: string,
            items: { id: string; title: string; organisationName: string }[],
            path: string,
          ) =>
            items.length
              ? `${title}\n\n${items.map((i) => `- ${i.title} (${i.organisationName})\n  ${base}/${path}/${i.id}`).join('\n')}\n\n`
              : '';
          await mail.enqueue(tx, {
            to: p.email,
            lang: p.locale,
            subject: t('mail.digest.subject'),
            text: [
              `${t('mail.digest.intro')}\n\n`,
              section(t('mail.digest.practices'), ps, 'practices'),
              section(t('mail.digest.joint_actions'), as, 'joint-actions'),
              t('mail.digest.manage', { link: `${base}/following` }),
            ].join(''),
          });
          sent++;
        }
        return { week, sent };
      });
    },
  };
}
export type FollowingService = ReturnType<typeof createFollowingService>;

import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import { admins } from '../../platform/auth/queries.ts';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { optionalText } from '../../platform/http/fields.ts';
import { type Locale, type MessageKey, translator } from '../../platform/i18n/index.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { HelpPointsService } from './points.ts';
import * as pq from './queries/points.ts';
import * as q from './queries/reports.ts';
import { REPORT_KINDS } from './schema.ts';

export const REPORTS_PAGE_SIZE = 20;

/**
 * What a visitor sends: what is wrong and, if they like, in their words. `nickname` is a trap for robots: it is
 * hidden from people (and from screen readers), so a form that fills it in was not sent by a person.
 */
export const reportFields = z.object({
  kind: z.enum(REPORT_KINDS, 'helppoint.report_kind'),
  message: optionalText(2000),
  nickname: optionalText(200),
});
export type ReportInput = z.infer<typeof reportFields>;

type Recipient = { email: string; name: string; locale: Locale };

/**
 * Keeping points true: visitors' reports that a point's information is wrong or that it has closed (sent
 * without an account, mailed to the point's managers and the secretariat, kept in a queue until someone closes
 * them), and telling managers when a point has gone a year without a check.
 */
export function createUpkeepService(
  deps: Deps,
  organisations: OrganisationsService,
  points: HelpPointsService,
) {
  const { db, clock, mail, config } = deps;

  /** The structure's members and the secretariat, each once, in their own language. */
  async function tell(
    tx: Db,
    organisationId: string,
    key: 'report' | 'stale',
    params: Record<string, string>,
    path: string,
  ) {
    const people = new Map<string, Recipient>();
    for (const r of [
      ...(await organisations.members(organisationId, tx)),
      ...(key === 'report' ? await admins(tx) : []),
    ])
      people.set(r.email, r);
    for (const r of people.values()) {
      const t = translator(r.locale);
      const vars = { ...params, name: r.name, link: `${config.baseUrl}/${r.locale}${path}` };
      await mail.enqueue(tx, {
        to: r.email,
        lang: r.locale,
        subject: t(`mail.helppoint.${key}.subject` as MessageKey, vars),
        text: t(`mail.helppoint.${key}.body` as MessageKey, vars),
      });
    }
  }

  return {
    /** A visitor's report; a robot's (the trap filled in) is dropped without a word, so it learns nothing. */
    async send(pointId: string, input: ReportInput) {
      const found = await pq.byId(db, pointId);
      if (!found) throw notFound();
      if (input.nickname) return;
      const { point } = found;
      await db.transaction(async (tx) => {
        await q.insert(tx, {
          helpPointId: point.id,
          kind: input.kind,
          message: input.message ?? '',
          createdAt: clock.now(),
        });
        await tell(
          tx,
          point.organisationId,
          'report',
          { point: point.name },
          `/help-points/${point.id}/reports`,
        );
      });
    },

    /** One point's reports, for its managers and the secretariat. */
    async ofPoint(actor: Actor, pointId: string, page: number) {
      const found = await pq.byId(db, pointId);
      if (!found) throw notFound();
      await points.requireManager(actor, found.point.organisationId);
      const [reports, total] = await Promise.all([
        q.ofPoint(db, pointId, REPORTS_PAGE_SIZE, (page - 1) * REPORTS_PAGE_SIZE),
        q.countOfPoint(db, pointId),
      ]);
      return { point: found.point, reports, total };
    },

    /** The secretariat's queue of open reports, oldest first. */
    async queue(actor: Actor, page: number) {
      requireAdmin(actor);
      const [items, total] = await Promise.all([
        q.openQueue(db, REPORTS_PAGE_SIZE, (page - 1) * REPORTS_PAGE_SIZE),
        q.countOpen(db),
      ]);
      return { items, total };
    },

    /** Closing a report: its point's managers or the secretariat, once it has been dealt with. */
    async resolve(actor: Actor, reportId: string) {
      const found = await q.byId(db, reportId);
      if (!found) throw notFound();
      const a = await points.requireManager(actor, found.organisationId);
      await q.resolve(db, reportId, a.id, clock.now());
      return found.report;
    },

    /**
     * Tells the managers of each point unchecked for a year that it is out of date, once per check. Returns
     * how many points it told about.
     */
    async notifyStale(batch = 100) {
      const now = clock.now();
      const before = new Date(now.getTime() - points.staleAfterMs);
      let told = 0;
      for (;;) {
        const due = await pq.staleUntold(db, before, batch);
        for (const p of due)
          await db.transaction(async (tx) => {
            await tell(tx, p.organisationId, 'stale', { point: p.name }, `/help-points/${p.id}/edit`);
            await pq.update(tx, p.id, { staleNotifiedAt: now });
          });
        told += due.length;
        if (due.length < batch) return told;
      }
    },
  };
}
export type UpkeepService = ReturnType<typeof createUpkeepService>;

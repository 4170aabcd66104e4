import {
  formatDateTime,
  formatDay,
  formatNumber,
  formatPercent,
  type Locale,
  translator,
} from '../../platform/i18n/index.ts';
import { renderPdf } from '../../platform/pdf.ts';
import { PILLARS, type Questionnaire } from '../assessments/content.ts';
import { BANDS } from '../assessments/scoring.ts';
import { REGIONS, SECTORS } from '../organisations/schema.ts';
import type { CoalitionEvaluation } from './coalition.ts';

/** The coalition's evaluation as a tagged PDF in the reader's language: the page's charts and tables. */
export function coalitionPdf(e: CoalitionEvaluation, qn: Questionnaire, locale: Locale, now: Date) {
  const t = translator(locale);
  const n = (v: number | null | undefined) =>
    v === null || v === undefined ? t('eval.suppressed') : formatNumber(locale, v);
  const s = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(locale, v));
  const title = t('eval.coalition_title');
  return renderPdf({ title, lang: locale, now }, (w) => {
    w.h1(title);
    w.p(
      `${t('eval.coalition_period', { from: formatDay(locale, e.from), to: formatDay(locale, e.to) })} ${t('eval.anonymous')}`,
    );
    w.p(formatDateTime(locale, now), 9);

    w.h2(t('eval.signatories'));
    w.bars(
      e.signatories.map((x) => ({ label: String(x.year), value: x.total, text: n(x.total) })),
      Math.max(1, ...e.signatories.map((x) => x.total ?? 0)),
    );
    w.table(
      [
        t('eval.year_end'),
        t('eval.total'),
        ...SECTORS.map((x) => t(`sector.${x}`)),
        ...REGIONS.map((x) => t(`region.${x}`)),
      ],
      e.signatories.map((x) => [
        formatDay(locale, x.at),
        n(x.total),
        ...SECTORS.map((k) => n(x.bySector[k])),
        ...REGIONS.map((k) => n(x.byRegion[k])),
      ]),
    );

    w.h2(t('eval.index'));
    w.p(
      e.index.current.median === null
        ? t('eval.index_suppressed')
        : t('eval.index_spread', {
            n: n(e.index.current.organisations),
            median: s(e.index.current.median),
            q1: s(e.index.current.q1),
            q3: s(e.index.current.q3),
          }),
    );
    w.bars(
      BANDS.map((b) => ({ label: t(`index.band.${b}`), value: e.index.bands[b], text: n(e.index.bands[b]) })),
      Math.max(1, ...BANDS.map((b) => e.index.bands[b] ?? 0)),
    );
    w.table(
      [t('eval.year'), t('eval.organisations'), t('eval.median'), t('eval.q1'), t('eval.q3')],
      e.index.byYear.map((r) => [String(r.year), n(r.organisations), s(r.median), s(r.q1), s(r.q3)]),
    );
    w.p(
      e.index.movement.organisations === null
        ? t('eval.movement_suppressed')
        : t('eval.movement_line', {
            n: n(e.index.movement.organisations),
            improved: n(e.index.movement.improved),
            same: n(e.index.movement.same),
            declined: n(e.index.movement.declined),
            change: e.index.movement.medianChange ?? 0,
          }),
    );
    w.table(
      [t('index.pillar'), t('eval.median')],
      PILLARS.map((p) => [qn.texts[locale].pillars[p].name, s(e.index.pillars[p])]),
    );

    w.h2(t('eval.commitments'));
    w.bars(
      e.commitments.map((c) => ({
        label: `${c.code} ${t(`commitment.${c.code}.short`)}`,
        value: c.median,
        text: c.median === null ? '—' : formatPercent(locale, c.median / 100),
      })),
      100,
    );
    w.table(
      [t('report.commitment'), t('eval.organisations'), t('eval.median_progress')],
      e.commitments.map((c) => [
        c.code,
        n(c.organisations),
        c.median === null ? '—' : formatPercent(locale, c.median / 100),
      ]),
    );

    w.h2(t('eval.training'));
    w.table(
      [t('eval.year'), t('eval.organisations'), t('eval.sessions'), t('eval.staff'), t('eval.person_hours')],
      e.training.map((r) => [
        String(r.year),
        n(r.organisations),
        n(r.sessions),
        n(r.staff),
        n(r.personHours === null ? null : Math.round(r.personHours)),
      ]),
    );
    w.h2(t('eval.practices'));
    w.table(
      [t('eval.year'), t('eval.sharing'), t('eval.published'), t('eval.adoptions')],
      e.practices.map((r) => [String(r.year), n(r.organisations), n(r.published), n(r.adoptions)]),
    );
    w.h2(t('eval.joint_and_campaigns'));
    w.table(
      [t('eval.status'), t('eval.actions'), t('eval.organisations')],
      e.jointActions.map((r) => [
        t(`joint.status.${r.status as 'running'}`),
        s(r.actions),
        n(r.organisations),
      ]),
    );
    w.table(
      [t('eval.year'), t('eval.campaigns'), t('eval.organisations'), t('eval.supports')],
      e.campaigns.map((r) => [String(r.year), s(r.campaigns), n(r.organisations), n(r.supports)]),
    );
  });
}

import type { Localized } from '../../platform/i18n/index.ts';
import type { Pillar } from '../assessments/content.ts';
import type { Band } from '../assessments/scoring.ts';
import { bandOf } from '../assessments/scoring.ts';
import type { AssessmentsService } from '../assessments/service.ts';
import type { CampaignsService } from '../campaigns/service.ts';
import type { CommitmentCode } from '../charter/commitments.ts';
import type { JointActionsService } from '../joint-actions/service.ts';
import type { PlansService } from '../plans/service.ts';
import type { PracticesService } from '../practices/service.ts';

/**
 * What a yearly report says, besides the representative's statement: the platform's own figures for the
 * period, so that nobody types again what is already recorded. Frozen at submission.
 */
export interface ReportContent {
  period: { from: string; to: string };
  plan: {
    commitments: { code: CommitmentCode; objectives: number; progress: number | null; late: number }[];
    objectives: number;
    actions: number;
    actionsDone: number;
  };
  training: { sessions: number; hours: number; staff: number };
  engagement: {
    campaigns: { id: string; title: Localized; contribution: string }[];
    jointActions: { id: string; title: string; status: string }[];
  };
  practices: {
    shared: { id: string; title: string; lang: string; adoptions: number }[];
    adopted: { id: string; title: string; lang: string; authorName: string }[];
  };
  index: {
    assessmentId: string;
    submittedAt: string;
    overall: number | null;
    band: Band | null;
    pillars: Record<Pillar, number | null>;
  } | null;
}

export interface Sources {
  plans: PlansService;
  campaigns: CampaignsService;
  jointActions: JointActionsService;
  practices: PracticesService;
  assessments: AssessmentsService;
}

/** Gathers a report's figures for one organisation and period from the features that hold them. */
export async function gatherContent(
  s: Sources,
  organisationId: string,
  from: string,
  to: string,
): Promise<ReportContent> {
  const [plan, training, campaigns, jointActions, shared, adopted, index] = await Promise.all([
    s.plans.summary(organisationId),
    s.plans.trainingBetween(organisationId, from, to),
    s.campaigns.supportedBy(organisationId),
    s.jointActions.ofOrganisation(organisationId),
    s.practices.sharedBy(organisationId),
    s.practices.adoptedBy(organisationId),
    s.assessments.latest(organisationId),
  ]);
  return {
    period: { from, to },
    plan,
    training,
    engagement: {
      // Campaigns that ran during the period.
      campaigns: campaigns
        .filter((c) => c.endsOn >= from && c.startsOn <= to)
        .map((c) => ({ id: c.id, title: c.title, contribution: c.contribution })),
      jointActions: jointActions.map((j) => ({ id: j.id, title: j.title, status: j.status })),
    },
    practices: {
      shared: shared.map((p) => ({ id: p.id, title: p.title, lang: p.lang, adoptions: p.adoptions })),
      adopted: adopted.map((p) => ({ id: p.id, title: p.title, lang: p.lang, authorName: p.authorName })),
    },
    index:
      index?.scores && index.submittedAt
        ? {
            assessmentId: index.id,
            submittedAt: index.submittedAt.toISOString(),
            overall: index.overall,
            band: index.overall === null ? null : bandOf(index.overall),
            pillars: index.scores.pillars,
          }
        : null,
  };
}

/**
 * How old the report's index is when it predates the report's period: whole years at the period's end, so that
 * an index from several years back never reads as this year's. Null when it was sent within the period.
 */
export function indexAge(c: Pick<ReportContent, 'period' | 'index'>): { years: number } | null {
  if (!c.index || c.index.submittedAt.slice(0, 10) >= c.period.from) return null;
  const [y1, m1, d1] = c.index.submittedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = c.period.to.split('-').map(Number) as [number, number, number];
  return { years: y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0) };
}

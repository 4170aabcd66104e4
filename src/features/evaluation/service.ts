import { type Actor, requireAdmin } from '../../platform/auth/authorize.ts';
import { todayIn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import type { AssessmentsService } from '../assessments/service.ts';
import type { CampaignsService } from '../campaigns/service.ts';
import { COMMITMENT_CODES } from '../charter/commitments.ts';
import type { JointActionsService } from '../joint-actions/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import type { PlansService } from '../plans/service.ts';
import type { PracticesService } from '../practices/service.ts';
import type { ReportsService } from '../reports/service.ts';
import type { SignaturesService } from '../signatures/service.ts';
import { coalitionEvaluation } from './coalition.ts';

interface Sources {
  organisations: OrganisationsService;
  signatures: SignaturesService;
  assessments: AssessmentsService;
  reports: ReportsService;
  plans: PlansService;
  practices: PracticesService;
  jointActions: JointActionsService;
  campaigns: CampaignsService;
}

/**
 * The three-year evaluation (commitment C9): for each signatory, where it started (its first index and first
 * report) against where it is now; for the coalition, an anonymous report for the secretariat.
 */
export function createEvaluationService(deps: Deps, s: Sources) {
  const { clock } = deps;
  return {
    /** One signatory, per commitment and per pillar: baseline against now. Members and the secretariat. */
    async signatory(actor: Actor, organisationId: string) {
      const access = await s.organisations.requireAccess(actor, organisationId);
      const [org, reports, history, now] = await Promise.all([
        s.organisations.byId(organisationId),
        s.reports.submittedOf(organisationId),
        s.assessments.history(organisationId),
        s.plans.summary(organisationId),
      ]);
      const firstReport = reports.at(-1) ?? null;
      const baseline = firstReport?.content?.plan ?? null;
      const firstIndex = history[0] ?? null;
      const latestIndex = history.at(-1) ?? null;
      return {
        access,
        organisationName: org?.legalName ?? '',
        firstReport: firstReport && { year: firstReport.year, submittedAt: firstReport.submittedAt },
        reports: reports.length,
        firstIndex,
        latestIndex: history.length > 1 ? latestIndex : null,
        assessments: history.length,
        commitments: COMMITMENT_CODES.map((code) => {
          const b = baseline?.commitments.find((c) => c.code === code);
          const n = now.commitments.find((c) => c.code === code);
          return {
            code,
            baseline: b ? { objectives: b.objectives, progress: b.progress } : null,
            now: { objectives: n?.objectives ?? 0, progress: n?.progress ?? null },
          };
        }),
        totals: { baseline, now },
      };
    },

    /** The coalition's evaluation: every figure anonymous, groups under five suppressed. The secretariat only. */
    async coalition(actor: Actor) {
      requireAdmin(actor);
      const [signatures, assessments, reports, training, practices, jointActions, campaigns] =
        await Promise.all([
          s.signatures.verifiedHistory(),
          s.assessments.allSubmitted(),
          s.reports.allSubmitted(),
          s.plans.trainingByYear(),
          s.practices.byYear(),
          s.jointActions.byStatus(),
          s.campaigns.byYear(),
        ]);
      return coalitionEvaluation({
        today: todayIn(clock.now()),
        signatures,
        assessments,
        reports,
        training,
        practices,
        jointActions,
        campaigns,
      });
    },
  };
}
export type EvaluationService = ReturnType<typeof createEvaluationService>;

import type { Deps } from '../../platform/deps.ts';
import { count, defineFeature } from '../../platform/feature.ts';
import type { AssessmentsService } from '../assessments/service.ts';
import type { RegisterService } from '../register/service.ts';
import { messages } from './messages.ts';
import { reportApi, reportingCsv, reportPages, reportsOnProfile } from './routes.tsx';
import { createReportsService } from './service.ts';

export const auditActions = ['report.submitted'] as const;

/** The reporting job is idempotent (each reminder once, each status change once): hourly keeps it on time. */
const REPORTS_EVERY_MS = 3600_000;

/** Yearly progress reports: the form, the public report, reminders and the lapsing of late signatories. */
export function reportsFeature(
  deps: Deps,
  needs: Parameters<typeof createReportsService>[1] & {
    assessments: AssessmentsService;
    register: RegisterService;
  },
) {
  const service = createReportsService(deps, needs);
  return defineFeature({
    name: 'reports',
    service,
    messages,
    auditActions,
    pages: (scope) =>
      reportPages(
        scope,
        service,
        needs.organisations,
        needs.assessments.current,
        needs.register.profile,
        deps.clock,
      ),
    routes: (app) => {
      reportApi(app, service, needs.register.isListed);
      reportingCsv(app, service);
    },
    menu: [{ path: '/admin/reports', label: 'nav.admin_reports', audience: 'admin', order: 30 }],
    profile: reportsOnProfile(service),
    jobs: [
      {
        name: 'reporting',
        help: 'send due reminders for yearly reports and move late signatories to non-reporting, then lapsed (one instance at a time)',
        everyMs: REPORTS_EVERY_MS,
        async run() {
          const r = await service.runLifecycle();
          return r
            ? `${count(r.checked, 'signatory', 'signatories')} checked: ${count(r.reminders, 'reminder')}, ${r.nonReporting} now non-reporting, ${r.lapsed} lapsed.`
            : 'Another instance is running the reporting job.';
        },
      },
    ],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    reports: typeof messages;
  }
}
declare module '../../platform/audit/index.ts' {
  interface AuditRegister {
    reports: (typeof auditActions)[number];
  }
}

import type { Deps } from '../../platform/deps.ts';
import { defineFeature } from '../../platform/feature.ts';
import { messages } from './messages.ts';
import { evaluationPages } from './routes.tsx';
import { createEvaluationService } from './service.ts';

/** The three-year evaluation of the Charter, for the secretariat and for each signatory. */
export function evaluationFeature(deps: Deps, needs: Parameters<typeof createEvaluationService>[1]) {
  const service = createEvaluationService(deps, needs);
  return defineFeature({
    name: 'evaluation',
    service,
    messages,
    pages: (scope) => evaluationPages(scope, service, needs.assessments.current, deps.clock),
    menu: [{ path: '/admin/evaluation', label: 'nav.admin_evaluation', audience: 'admin', order: 40 }],
  });
}

declare module '../../platform/i18n/index.ts' {
  interface Register {
    evaluation: typeof messages;
  }
}

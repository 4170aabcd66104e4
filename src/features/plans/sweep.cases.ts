import type { SweepCases } from '../../../test/helpers/sweep.ts';

/** A's objective with a measured step and a training session; the plan's forms sent empty. */
export const sweep: SweepCases = {
  async setup(c, t) {
    const plans = t.services.plans;
    await plans.addProgress(c.founderA, c.orgA, c.objective, {
      on: '2026-01-05',
      note: 'Première session',
      value: 10,
    });
    await plans.addTraining(c.founderA, c.orgA, {
      on: '2026-01-15',
      topic: 'Reconnaître le phishing',
      hours: 2.5,
      staffTrained: 14,
      audience: 'employees',
    });
  },
  errors: [
    { as: 'representative', url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/new` },
    {
      as: 'representative',
      url: (c) => `/fr/organisations/${c.orgA}/plan/objectives/${c.objective}/actions/new`,
    },
    { as: 'representative', url: (c) => `/fr/organisations/${c.orgA}/training` },
  ],
};

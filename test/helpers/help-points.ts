import type { TestApp } from './app.ts';
import type { Person } from './services.ts';

export interface HelpPointsCtx {
  /** A's help point in Schaerbeek, open on weekdays, with every field filled in. */
  helpPoint: string;
}

const none = { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] };
const day = [
  { from: '09:00', to: '12:00' },
  { from: '13:00', to: '16:30' },
];

/** What a manager's form sends for a full point; `values` changes some of it. */
export const helpPointForm = (values: Record<string, unknown> = {}) => ({
  name: 'Espace public numérique Colignon',
  kind: 'epn',
  summary: 'Ordinateurs, wifi et une personne pour vous aider dans vos démarches.',
  description: 'Sans rendez-vous le matin, sur rendez-vous l’après-midi.',
  street: 'Place Colignon 1',
  postcode: '1030',
  commune: 'Schaerbeek',
  phone: '02 244 75 00',
  email: 'epn@example.be',
  website: 'https://www.example.be/epn',
  services: ['online_procedures', 'eid_itsme', 'wifi', 'print_scan'],
  access: 'both',
  bookingUrl: 'https://www.example.be/epn/rendez-vous',
  free: 'yes',
  languages: ['fr', 'nl', 'ar'],
  accessibility: ['step_free', 'adapted_toilet'],
  audiences: ['everyone'],
  hours: {
    week: { ...none, Mo: day, Tu: day, We: [day[0]], Th: day, Fr: day },
    holidaysClosed: true,
    exceptions: [{ date: '2026-12-24', slots: [] }],
  },
  ...values,
});

/** The help points' part of the world: one point of A, made through the service as its manager would. */
export async function helpPointsWorld(t: TestApp, p: { founder: Person; orgA: string }) {
  const hp = t.services.helpPoints;
  const input = hp.fields.parse(helpPointForm());
  const point = await hp.points.create(p.founder, p.orgA, input);
  const ctx: HelpPointsCtx = { helpPoint: point.id };
  return { ctx };
}

import type { TestApp } from './app.ts';
import type { Person } from './services.ts';

export interface HelpPointsCtx {
  /** A's help point in Schaerbeek, open on weekdays, with every field filled in. */
  helpPoint: string;
  /** A new visitor's report on that point, open, each time it is called. */
  newHelpPointReport: () => Promise<string>;
  /** A new CSV import of one row for A, uploaded by the secretariat and not applied yet. */
  newHelpPointImport: () => Promise<string>;
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

/** What the managers' page form sends for a point, field by field (the hours as boxes): `values` changes some. */
export const helpPointPageForm = (values: Record<string, string> = {}): Record<string, string> => ({
  name: 'Bibliothèque de Laeken',
  kind: 'library',
  summary: 'Ordinateurs et aide le mardi et le samedi.',
  street: 'Boulevard Émile Bockstael 246',
  postcode: '1020',
  commune: 'Laeken',
  phone: '02 279 37 90',
  access: 'walk_in',
  free: 'yes',
  services: 'computer_access',
  languages: 'fr',
  Tu_1_from: '17:00',
  Tu_1_to: '19:00',
  Sa_1_from: '10:00',
  Sa_1_to: '12:30',
  holidaysClosed: 'yes',
  ex0_date: '2026-12-26',
  ...values,
});

/** The help points' part of the world: one point of A, made through the service as its manager would. */
export async function helpPointsWorld(
  t: TestApp,
  p: { founder: Person; orgA: string; orgAKbo: string; admin: Person },
) {
  const hp = t.services.helpPoints;
  const input = hp.fields.parse(helpPointForm());
  const point = await hp.points.create(p.founder, p.orgA, input);
  const newHelpPointReport = async () => {
    await hp.upkeep.send(point.id, {
      kind: 'wrong',
      message: 'Le mercredi, c’est fermé.',
      nickname: undefined,
    });
    const { reports } = await hp.upkeep.ofPoint(p.founder, point.id, 1);
    return (reports.find((r) => !r.resolvedAt) as { id: string }).id;
  };
  let imports = 0;
  const newHelpPointImport = async () => {
    const csv = `source_id,structure_kbo,name,kind,street,postcode,commune\nimp-${++imports},${p.orgAKbo},Digipunt Bib Test,digipunt,Kerkstraat 1,9000,Gent\n`;
    const file = { filename: 'digipunten.csv', bytes: Buffer.from(csv) };
    return (await hp.imports.upload(p.admin, { source: `world-${imports}`, file })).id;
  };
  const ctx: HelpPointsCtx = { helpPoint: point.id, newHelpPointReport, newHelpPointImport };
  return { ctx };
}

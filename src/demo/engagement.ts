import type { buildApp } from '../app.ts';
import type { CommitmentCode } from '../features/charter/commitments.ts';
import { SAFETY_MEASURES, SAFETY_STATUSES } from '../features/plans/schema.ts';
import type { ManualClock } from '../platform/clock.ts';
import { systemClock, todayIn } from '../platform/clock.ts';

type Services = Awaited<ReturnType<typeof buildApp>>['services'];
type Actor = { id: string; role: 'user' | 'admin' };

/** Suggested objectives, one or two per commitment, in the four languages. The last one stays a draft. */
const TEMPLATES: [CommitmentCode, string, string, string, string, string | null, number | null][] = [
  [
    'C1',
    'Partager deux bonnes pratiques par an',
    'Twee goede praktijken per jaar delen',
    'Zwei gute Praktiken pro Jahr teilen',
    'Share two good practices a year',
    'pratiques',
    2,
  ],
  [
    'C2',
    'Rejoindre une action commune contre un obstacle',
    'Deelnemen aan een gezamenlijke actie tegen een drempel',
    'Sich einer gemeinsamen Aktion gegen ein Hindernis anschließen',
    'Join a joint action against an obstacle',
    null,
    null,
  ],
  [
    'C3',
    'Nommer une personne responsable de l’inclusion numérique à la direction',
    'Een verantwoordelijke voor digitale inclusie in de directie aanstellen',
    'Eine verantwortliche Person für digitale Inklusion in der Leitung benennen',
    'Name a person in management responsible for digital inclusion',
    null,
    null,
  ],
  [
    'C4',
    'Former 30 % du personnel aux compétences numériques de base',
    '30 % van het personeel opleiden in digitale basisvaardigheden',
    '30 % des Personals in digitalen Grundkompetenzen schulen',
    'Train 30% of staff in basic digital skills',
    '%',
    30,
  ],
  [
    'C5',
    'Inviter trois organisations partenaires à signer la Charte',
    'Drie partnerorganisaties uitnodigen om het Charter te ondertekenen',
    'Drei Partnerorganisationen zur Unterzeichnung der Charta einladen',
    'Invite three partner organisations to sign the charter',
    'organisations',
    3,
  ],
  [
    'C6',
    'Soutenir chaque année au moins une campagne de sensibilisation',
    'Elk jaar minstens één sensibiliseringscampagne steunen',
    'Jedes Jahr mindestens eine Sensibilisierungskampagne unterstützen',
    'Support at least one awareness campaign every year',
    'campagnes',
    1,
  ],
  [
    'C7',
    'Mesurer notre Indice d’inclusion numérique chaque année',
    'Onze Index voor digitale inclusie elk jaar meten',
    'Unseren Index für digitale Inklusion jedes Jahr messen',
    'Measure our Digital Inclusion Index every year',
    null,
    null,
  ],
  [
    'C8',
    'Garder un canal de contact sans internet pour tous nos services',
    'Een contactkanaal zonder internet behouden voor al onze diensten',
    'Einen Kontaktweg ohne Internet für alle unsere Dienste beibehalten',
    'Keep a contact channel without the internet for all our services',
    '%',
    100,
  ],
  [
    'C9',
    'Publier un rapport d’avancement chaque année',
    'Elk jaar een voortgangsrapport publiceren',
    'Jedes Jahr einen Fortschrittsbericht veröffentlichen',
    'Publish a progress report every year',
    null,
    null,
  ],
];

export async function seedTemplates(s: Services, admin: Actor) {
  const made = [];
  for (const [i, [commitment, fr, nl, de, en, unit, target]] of TEMPLATES.entries()) {
    made.push(
      await s.templates.create(admin, {
        commitment,
        title: { fr, nl, de, en },
        description: {},
        indicator: {},
        unit: unit ?? undefined,
        target: target ?? undefined,
        published: i < TEMPLATES.length - 1,
      }),
    );
  }
  return made.filter((t) => t.published);
}

const day = (d: Date, offsetDays: number) => todayIn(new Date(d.getTime() + offsetDays * 86_400_000));

/** Two past campaigns and one running now (whenever the demo is loaded). */
export async function seedCampaigns(s: Services, admin: Actor) {
  const now = systemClock.now();
  const specs = [
    {
      title: {
        fr: 'Semaine contre le phishing (démo)',
        nl: 'Week tegen phishing (demo)',
        de: 'Woche gegen Phishing (Demo)',
        en: 'Anti-phishing week (demo)',
      },
      description: {
        fr: 'Une semaine pour apprendre au public à reconnaître les faux messages et à les signaler.',
        nl: 'Een week om het publiek te leren valse berichten te herkennen en te melden.',
        en: 'A week to help the public recognise fake messages and report them.',
      },
      startsOn: day(now, -780),
      endsOn: day(now, -774),
      commitments: ['C6', 'C8'] as CommitmentCode[],
      resources: [{ url: 'https://safeonweb.be', label: 'Safeonweb' }],
    },
    {
      title: { fr: 'Mois de l’inclusion numérique (démo)', nl: 'Maand van de digitale inclusie (demo)' },
      description: {
        fr: 'Portes ouvertes, ateliers et permanences pour aider chacun avec les démarches en ligne.',
        nl: 'Opendeurdagen, workshops en spreekuren om iedereen te helpen met online stappen.',
      },
      startsOn: day(now, -640),
      endsOn: day(now, -610),
      commitments: ['C6'] as CommitmentCode[],
      resources: [],
    },
    {
      title: {
        fr: 'Une seconde vie pour les ordinateurs (démo)',
        nl: 'Een tweede leven voor computers (demo)',
        de: 'Ein zweites Leben für Computer (Demo)',
        en: 'A second life for computers (demo)',
      },
      description: {
        fr: 'Les signataires donnent leurs ordinateurs remis à neuf à des associations.',
        nl: 'Ondertekenaars schenken hun opgeknapte computers aan verenigingen.',
        de: 'Die Unterzeichner spenden ihre aufbereiteten Computer an Vereine.',
        en: 'Signatories give their refurbished computers to associations.',
      },
      startsOn: day(now, -20),
      endsOn: day(now, 70),
      commitments: ['C6'] as CommitmentCode[],
      resources: [],
    },
  ];
  const made = [];
  for (const c of specs) made.push(await s.campaigns.create(admin, c));
  return made;
}

const CONTRIBUTIONS = [
  'Affiches dans nos agences et un message à nos clients (démo).',
  'Workshops voor onze klanten in drie steden (demo).',
  'Une permanence d’aide chaque mercredi (démo).',
  'Information sessions for our staff and volunteers (demo).',
];
const TOPICS = [
  'Reconnaître le phishing (démo)',
  'Digitale basisvaardigheden (demo)',
  'Accompagner un client sans smartphone (démo)',
  'Barrierefreie Dokumente (Demo)',
];

/** What an active demo signatory does beyond its objectives: training, safety measures, campaigns, a suggestion adopted. */
export async function seedEngagement(
  s: Services,
  actor: Actor,
  organisationId: string,
  i: number,
  clock: ManualClock,
  campaigns: Awaited<ReturnType<typeof seedCampaigns>>,
  templates: Awaited<ReturnType<typeof seedTemplates>>,
) {
  const now = clock.now();
  for (let k = 0; k < 1 + (i % 4); k++) {
    await s.plans.addTraining(actor, organisationId, {
      on: day(now, -15 - k * 40),
      topic: TOPICS[(i + k) % TOPICS.length] ?? 'Formation',
      hours: 2 + (k % 3),
      staffTrained: 5 + ((i * 3 + k * 7) % 25),
      audience: (['employees', 'managers', 'volunteers'] as const)[(i + k) % 3] ?? 'employees',
    });
  }
  await s.plans.saveSafety(
    actor,
    organisationId,
    Object.fromEntries(
      SAFETY_MEASURES.map((m, k) => [m, { status: SAFETY_STATUSES[(i + k) % SAFETY_STATUSES.length] }]),
    ) as Parameters<Services['plans']['saveSafety']>[2],
  );
  const today = todayIn(now);
  for (const c of campaigns.filter((c) => c.endsOn >= today).slice(0, 2)) {
    if (i % 4 === 3) continue;
    await s.campaigns.support(actor, c.id, organisationId, CONTRIBUTIONS[i % CONTRIBUTIONS.length] ?? '');
  }
  const suggestion = templates[i % templates.length];
  if (suggestion && i % 3 === 0) await s.templates.adopt(actor, organisationId, suggestion.id, 'fr');
}

/** Published practices in the four languages, tagged with the catalogue's obstacles. */
const PRACTICES: {
  lang: 'fr' | 'nl' | 'de' | 'en';
  title: string;
  summary: string;
  body: string;
  obstacles: string[];
  targetGroups: ('seniors' | 'job_seekers' | 'low_literacy' | 'newcomers' | 'low_income')[];
}[] = [
  {
    lang: 'fr',
    title: 'Des ateliers pour repérer les arnaques (démo)',
    summary: 'Chaque mercredi, des bénévoles aident les seniors à reconnaître les faux messages.',
    body: '## Comment faire\n\n- réserver une salle près des transports\n- montrer de vrais exemples de faux SMS\n- laisser chacun essayer sur son propre téléphone',
    obstacles: ['fraud-phishing', 'digital-skills'],
    targetGroups: ['seniors'],
  },
  {
    lang: 'nl',
    title: 'Digitale hulp in de bibliotheek (demo)',
    summary: 'Vrijwilligers helpen bezoekers met formulieren en computers.',
    body: 'Elke week helpen **vrijwilligers** bezoekers met online formulieren, zonder afspraak.',
    obstacles: ['digital-skills', 'digital-stress'],
    targetGroups: ['job_seekers', 'low_literacy'],
  },
  {
    lang: 'de',
    title: 'Leihgeräte für Familien (Demo)',
    summary: 'Aufbereitete Laptops werden für drei Monate an Familien verliehen.',
    body: 'Familien leihen einen Laptop mit einem Internetzugang für drei Monate.',
    obstacles: ['no-device', 'no-connection', 'cost'],
    targetGroups: ['low_income'],
  },
  {
    lang: 'en',
    title: 'Plain-language letters (demo)',
    summary: 'We rewrote our ten most used letters in plain language and tested them with readers.',
    body: '## Steps\n\n1. pick the letters people call about most\n2. rewrite them with short sentences\n3. test them with five readers',
    obstacles: ['language'],
    targetGroups: ['low_literacy', 'newcomers'],
  },
  {
    lang: 'fr',
    title: 'Un guichet sans rendez-vous en ligne (démo)',
    summary: 'Les clients peuvent toujours venir au guichet ou téléphoner, sans passer par l’application.',
    body: 'Nous gardons un **guichet** et une ligne téléphonique pour toutes les démarches.',
    obstacles: ['digital-stress', 'accessibility-disability'],
    targetGroups: ['seniors'],
  },
];

export async function seedPractices(s: Services, admin: Actor, authors: { actor: Actor; orgId: string }[]) {
  const catalogue = await s.obstacles.list();
  const idOf = (slug: string) => catalogue.find((o) => o.slug === slug)?.id ?? '';
  for (const [i, p] of PRACTICES.entries()) {
    const author = authors[i % authors.length];
    if (!author) return;
    const made = await s.practices.submit(author.actor, author.orgId, {
      ...p,
      obstacles: p.obstacles.map(idOf),
      commitments: ['C1', 'C2'],
      results: undefined,
      contact: undefined,
      links: [],
    });
    await s.practices.publish(admin, made.id);
  }
}

const JOINT_ACTIONS = [
  {
    title: 'Un ordinateur reconditionné pour 200 familles (démo)',
    goal: 'Équiper 200 familles à faibles revenus d’un ordinateur reconditionné et d’une première prise en main.',
    plan: 'Collecte des ordinateurs usagés auprès des entreprises signataires.\nReconditionnement par une entreprise d’économie sociale.\nRemise dans les bibliothèques, avec une heure d’accompagnement.',
    needs: 'Des lieux de remise à Liège et Charleroi.',
    obstacles: ['no-device', 'cost'],
    status: 'running' as const,
    contributions: [
      'Nous collectons et stockons les ordinateurs.',
      'Wij stellen onze bibliotheken open voor de uitreiking.',
      'Nous finançons le reconditionnement de 50 machines.',
    ],
    updates: [
      '120 ordinateurs collectés en deux mois.',
      'De eerste 40 gezinnen kregen hun computer in Gent.',
    ],
  },
  {
    title: 'Samen tegen phishing bij senioren (demo)',
    goal: 'Elke senior in de deelnemende gemeenten herkent een phishingbericht en weet waar hij het meldt.',
    plan: 'Gemeenschappelijke affiches en een korte workshop, in het Nederlands en het Frans.\nOefenberichten in een veilige omgeving.',
    needs: 'Vrijwilligers die de workshop willen geven.',
    obstacles: ['fraud-phishing', 'security-privacy'],
    status: 'proposed' as const,
    contributions: ['Wij schrijven de workshop en de affiches.', 'Nous traduisons et diffusons en Wallonie.'],
    updates: [],
  },
  {
    title: 'Barrierefreie Formulare in Ostbelgien (Demo)',
    goal: 'Die zehn meistgenutzten Online-Formulare der Gemeinden erfüllen EN 301 549.',
    plan: 'Prüfung mit Menschen mit Behinderung, Korrekturen, zweite Prüfung.',
    needs: undefined,
    obstacles: ['accessibility-disability'],
    status: 'completed' as const,
    contributions: ['Wir prüfen die Formulare.', 'We correct the forms in our software.'],
    updates: [
      'Zehn Formulare geprüft, 63 Probleme gefunden.',
      'All ten forms now pass; the report is public.',
    ],
  },
];

/** A few joint actions (C2) between the active demo signatories, with members and updates. */
export async function seedJointActions(s: Services, authors: { actor: Actor; orgId: string }[]) {
  const catalogue = await s.obstacles.list();
  const idOf = (slug: string) => catalogue.find((o) => o.slug === slug)?.id ?? '';
  for (const [i, a] of JOINT_ACTIONS.entries()) {
    const members = a.contributions.map((_, k) => authors[(i * 3 + k) % authors.length]);
    const [proposer, ...others] = members;
    if (!proposer) return;
    const made = await s.jointActions.propose(
      proposer.actor,
      proposer.orgId,
      {
        title: a.title,
        goal: a.goal,
        plan: a.plan,
        needs: a.needs,
        startsOn: day(systemClock.now(), -450),
        endsOn: day(systemClock.now(), 60),
        obstacles: a.obstacles.map(idOf),
      },
      a.contributions[0] ?? '',
    );
    for (const [k, m] of others.entries()) {
      if (m) await s.jointActions.join(m.actor, made.id, m.orgId, a.contributions[k + 1] ?? '');
    }
    for (const [k, u] of a.updates.entries()) {
      const m = members[k % members.length];
      if (m) await s.jointActions.post(m.actor, made.id, m.orgId, u);
    }
    if (a.status !== 'proposed') await s.jointActions.setStatus(proposer.actor, made.id, 'running');
    if (a.status === 'completed') await s.jointActions.setStatus(proposer.actor, made.id, 'completed');
  }
}

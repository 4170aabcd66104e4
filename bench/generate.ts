/**
 * National-scale data for the benchmark: signatories with their signatures, written in bulk.
 * Names and descriptions are generated from word lists in the four languages, so that search has work to do.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';
import { organisations, REGIONS, SECTORS, SIZE_BANDS } from '../src/features/organisations/schema.ts';
import { signatures } from '../src/features/signatures/schema.ts';

const WORDS = {
  fr: [
    'numérique',
    'seniors',
    'formation',
    'banque',
    'démarches',
    'quartier',
    'école',
    'solidarité',
    'accès',
    'confiance',
  ],
  nl: [
    'digitaal',
    'ouderen',
    'opleiding',
    'bank',
    'buurt',
    'school',
    'toegang',
    'vertrouwen',
    'helpdesk',
    'vaardigheden',
  ],
  de: [
    'digital',
    'Senioren',
    'Schulung',
    'Bank',
    'Viertel',
    'Schule',
    'Zugang',
    'Vertrauen',
    'Hilfe',
    'Kompetenzen',
  ],
  en: [
    'digital',
    'seniors',
    'training',
    'banking',
    'neighbourhood',
    'school',
    'access',
    'trust',
    'helpdesk',
    'skills',
  ],
} as const;
const PLACES: [string, string, 'brussels' | 'flanders' | 'wallonia'][] = [
  ['1000', 'Bruxelles', 'brussels'],
  ['2000', 'Antwerpen', 'flanders'],
  ['9000', 'Gent', 'flanders'],
  ['4000', 'Liège', 'wallonia'],
  ['5000', 'Namur', 'wallonia'],
  ['3000', 'Leuven', 'flanders'],
  ['6000', 'Charleroi', 'wallonia'],
  ['4700', 'Eupen', 'wallonia'],
];

function kbo(i: number) {
  const first8 = `07${String(i).padStart(6, '0')}`;
  return first8 + String(97 - (Number(first8) % 97)).padStart(2, '0');
}

export async function generateSignatories(db: Db, n: number, charterHash: string): Promise<void> {
  const start = new Date('2022-01-01T00:00:00Z').getTime();
  const span = new Date('2026-10-01T00:00:00Z').getTime() - start;
  for (let from = 0; from < n; from += 500) {
    const orgRows: (typeof organisations.$inferInsert)[] = [];
    const sigRows: (typeof signatures.$inferInsert)[] = [];
    for (let i = from; i < Math.min(n, from + 500); i++) {
      const lang = (['fr', 'nl', 'de', 'en'] as const)[i % 4] ?? 'fr';
      const words = WORDS[lang];
      const pick = (k: number) => words[(i * 7 + k * 3) % words.length];
      const [postcode, commune, region] = PLACES[i % PLACES.length] ?? PLACES[0]!;
      const id = randomUUID();
      const sigId = randomUUID();
      const at = new Date(start + ((i * 7919) % 1000) * (span / 1000));
      orgRows.push({
        id,
        slug: `bench-${i}`,
        legalName: `${pick(1)} ${pick(2)} ${i}`,
        kbo: kbo(i),
        sector: SECTORS[i % 3] ?? 'private',
        sizeBand: SIZE_BANDS[i % 4] ?? 'small',
        region: region ?? REGIONS[0],
        postcode,
        commune,
        description: { [lang]: `${pick(3)} ${pick(4)} ${pick(5)} ${pick(6)} ${pick(7)}.` },
        currentSignatureId: sigId,
        createdAt: at,
        updatedAt: at,
      });
      sigRows.push({
        id: sigId,
        organisationId: id,
        charterVersion: 1,
        charterHash,
        signerName: `Signer ${i}`,
        signerTitle: 'CEO',
        status: i % 10 === 9 ? 'withdrawn' : 'active',
        signedAt: at,
      });
    }
    await db.insert(organisations).values(orgRows);
    await db.insert(signatures).values(sigRows);
  }
  await db.execute(sql`
    update organisations set sort_name = lower(unaccent(legal_name)), search =
      setweight(to_tsvector('simple', unaccent(legal_name)), 'A') ||
      setweight(to_tsvector('french', unaccent(coalesce(description->>'fr', ''))), 'B') ||
      setweight(to_tsvector('dutch', unaccent(coalesce(description->>'nl', ''))), 'B') ||
      setweight(to_tsvector('german', unaccent(coalesce(description->>'de', ''))), 'B') ||
      setweight(to_tsvector('english', unaccent(coalesce(description->>'en', ''))), 'B')`);
  await db.execute(sql`analyze`);
}

/** A public plan of `items` objectives and actions (one objective for every four actions) for one organisation. */
export async function generatePlan(db: Db, slug: string, items: number): Promise<string> {
  const { objectives, actions, progressUpdates } = await import('../src/features/plans/schema.ts');
  const [org] = await db.select({ id: organisations.id }).from(organisations).where(sql`slug = ${slug}`);
  if (!org) throw new Error(`no organisation ${slug}`);
  const now = new Date('2026-06-01T00:00:00Z');
  const objectiveCount = Math.ceil(items / 5);
  const objs = Array.from({ length: objectiveCount }, (_, i) => ({
    id: randomUUID(),
    organisationId: org.id,
    commitment: (['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'] as const)[i % 9] ?? 'C1',
    title: `Objective ${i}`,
    indicator: i % 2 ? 'Share of staff trained' : null,
    unit: i % 2 ? '%' : null,
    baseline: i % 2 ? 0 : null,
    target: i % 2 ? 50 : null,
    deadline: '2027-12-31',
    isPublic: true,
    createdAt: now,
    updatedAt: now,
  }));
  await db.insert(objectives).values(objs);
  const acts = objs
    .flatMap((o, i) =>
      Array.from({ length: 4 }, (_, j) => ({
        organisationId: org.id,
        objectiveId: o.id,
        title: `Action ${i}.${j}`,
        status: (['planned', 'in_progress', 'done', 'dropped'] as const)[(i + j) % 4] ?? 'planned',
        dueDate: '2027-06-30',
        isPublic: true,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .slice(0, items - objectiveCount);
  await db.insert(actions).values(acts);
  await db
    .insert(progressUpdates)
    .values(
      objs
        .filter((o) => o.indicator)
        .map((o) => ({ objectiveId: o.id, on: '2026-05-01', note: 'Progress', value: 20, createdAt: now })),
    );
  return org.id;
}

/**
 * Text for generated practices, per language: titles are format + topic + audience; bodies draw a few general
 * sentences, plus `group` in most practices of a group format and `safety` mostly in those about online safety,
 * so that a content word is common without being everywhere (about a third of French practices mention an
 * "atelier", a quarter of those in French, German and English mention phishing).
 */
const PRACTICE_TEXT = {
  fr: {
    formats: [
      'Atelier',
      'Permanence',
      'Formation',
      'Café numérique',
      'Accompagnement',
      'Guide pratique',
      'Parcours',
      'Mentorat',
    ],
    topics: [
      'smartphone',
      'démarches en ligne',
      'banque en ligne',
      'phishing et arnaques',
      'itsme',
      'courrier électronique',
      'tablette',
      'cybersécurité',
      'Tax-on-web',
      'visioconférence',
      'mots de passe',
      'recherche d’emploi en ligne',
    ],
    audiences: [
      'pour les seniors',
      'pour les demandeurs d’emploi',
      'pour les primo-arrivants',
      'pour les jeunes',
      'pour les familles à petit budget',
      'pour les personnes en situation de handicap',
      'en langage clair',
    ],
    places: ['Bruxelles', 'Liège', 'Namur', 'Charleroi', 'Mons', 'Tournai', 'Arlon', 'Wavre'],
    partners: [
      'le CPAS',
      'la bibliothèque communale',
      'une maison de quartier',
      'une école de devoirs',
      'une association de seniors',
      'le Forem',
    ],
    summaries: [
      (t: string, a: string, p: string, n: number) => `À ${p}, ${n} séances sur le thème « ${t} » ${a}.`,
      (t: string, a: string, p: string, n: number) =>
        `Depuis deux ans, nous accompagnons ${n} personnes par mois à ${p} : ${t}, pas à pas, ${a}.`,
      (t: string, a: string, p: string) =>
        `Une initiative à ${p} qui rend le thème « ${t} » accessible ${a}.`,
    ],
    sentences: [
      'Les participants viennent avec leur propre appareil ; nous prêtons des tablettes à ceux qui n’en ont pas.',
      'Les bénévoles ont suivi une formation à l’accueil et au langage clair.',
      'Nous travaillons avec {partner} pour toucher les personnes les plus éloignées du numérique.',
      'Les supports sont disponibles en version imprimée, en gros caractères.',
      'L’inscription se fait par téléphone ou au guichet, sans formulaire en ligne.',
      'Un café est offert : le moment convivial compte autant que le contenu.',
      'Nous évaluons chaque séance avec un questionnaire court, posé oralement.',
      'Les enfants peuvent accompagner leurs grands-parents, ce qui crée des échanges entre générations.',
      'Le matériel a été financé par un appel à projets régional.',
      'Une permanence hebdomadaire permet de revenir avec ses questions sur {topic}.',
      'Les horaires ont été choisis avec les participants, en dehors des heures de bureau.',
      'Un guide de poche reprend les étapes principales, avec des captures d’écran.',
    ],
    group: 'Chaque atelier dure deux heures et réunit au maximum huit personnes.',
    safety: 'Un module est consacré à la reconnaissance des messages de phishing et des arnaques en ligne.',
    results: (n: number, pct: number) =>
      `${n} participants cette année, dont ${pct} % se disent plus autonomes.`,
  },
  nl: {
    formats: [
      'Workshop',
      'Spreekuur',
      'Opleiding',
      'Digicafé',
      'Begeleiding',
      'Gids',
      'Traject',
      'Mentorproject',
    ],
    topics: [
      'smartphone',
      'online loketten',
      'veilig bankieren',
      'phishing en oplichting',
      'itsme',
      'e-mail',
      'tablet',
      'cyberveiligheid',
      'Tax-on-web',
      'videobellen',
      'wachtwoorden',
      'online solliciteren',
    ],
    audiences: [
      'voor senioren',
      'voor werkzoekenden',
      'voor nieuwkomers',
      'voor jongeren',
      'voor gezinnen met een laag inkomen',
      'voor mensen met een beperking',
      'in klare taal',
    ],
    places: ['Antwerpen', 'Gent', 'Brugge', 'Leuven', 'Hasselt', 'Mechelen', 'Kortrijk', 'Brussel'],
    partners: [
      'het OCMW',
      'de openbare bibliotheek',
      'een buurthuis',
      'een huiswerkklas',
      'een seniorenvereniging',
      'de VDAB',
    ],
    summaries: [
      (t: string, a: string, p: string, n: number) => `In ${p}: ${n} sessies over ${t}, ${a}.`,
      (t: string, a: string, p: string, n: number) =>
        `Sinds twee jaar begeleiden we in ${p} elke maand ${n} mensen stap voor stap met ${t}, ${a}.`,
      (t: string, a: string, p: string) => `Een initiatief in ${p} dat ${t} toegankelijk maakt ${a}.`,
    ],
    sentences: [
      'Deelnemers brengen hun eigen toestel mee; wie er geen heeft, leent een tablet.',
      'De vrijwilligers kregen een opleiding in onthaal en klare taal.',
      'We werken samen met {partner} om mensen te bereiken die het verst van digitaal staan.',
      'Het lesmateriaal bestaat ook op papier, in grote letters.',
      'Inschrijven kan telefonisch of aan het loket, zonder online formulier.',
      'Er is altijd koffie: het gezellige moment telt evenveel als de inhoud.',
      'We evalueren elke sessie met een korte mondelinge vragenlijst.',
      'Kleinkinderen mogen meekomen, wat tot mooie gesprekken tussen generaties leidt.',
      'Het materiaal werd gefinancierd door een regionale projectoproep.',
      'Op het wekelijkse spreekuur kan je terugkomen met je vragen over {topic}.',
      'De uren werden samen met de deelnemers gekozen, buiten de kantooruren.',
      'Een zakgids vat de belangrijkste stappen samen, met schermafbeeldingen.',
    ],
    group: 'Elke workshop duurt twee uur, met hoogstens acht deelnemers.',
    safety: 'Een module gaat over het herkennen van phishingberichten en online oplichting.',
    results: (n: number, pct: number) =>
      `${n} deelnemers dit jaar, van wie ${pct} % zich zelfstandiger voelt.`,
  },
  de: {
    formats: [
      'Workshop',
      'Sprechstunde',
      'Schulung',
      'Digitalcafé',
      'Begleitung',
      'Leitfaden',
      'Lernweg',
      'Mentoring',
    ],
    topics: [
      'Smartphone',
      'Online-Behördengänge',
      'Online-Banking',
      'Phishing und Betrug',
      'itsme',
      'E-Mail',
      'Tablet',
      'Cybersicherheit',
      'Tax-on-web',
      'Videotelefonie',
      'Passwörter',
      'Online-Bewerbung',
    ],
    audiences: [
      'für Senioren',
      'für Arbeitsuchende',
      'für Neuankömmlinge',
      'für Jugendliche',
      'für Familien mit geringem Einkommen',
      'für Menschen mit Behinderung',
      'in einfacher Sprache',
    ],
    places: ['Eupen', 'Sankt Vith', 'Kelmis', 'Bütgenbach', 'Raeren', 'Lontzen', 'Büllingen', 'Amel'],
    partners: [
      'dem ÖSHZ',
      'der Gemeindebibliothek',
      'einem Jugendtreff',
      'einer Hausaufgabenschule',
      'einem Seniorenverein',
      'dem Arbeitsamt',
    ],
    summaries: [
      (t: string, a: string, p: string, n: number) => `In ${p}: ${n} Termine zum Thema ${t}, ${a}.`,
      (t: string, a: string, p: string, n: number) =>
        `Seit zwei Jahren begleiten wir in ${p} jeden Monat ${n} Menschen Schritt für Schritt beim Thema ${t}, ${a}.`,
      (t: string, a: string, p: string) =>
        `Eine Initiative in ${p}, die das Thema ${t} zugänglich macht, ${a}.`,
    ],
    sentences: [
      'Die Teilnehmenden bringen ihr eigenes Gerät mit; wer keines hat, leiht ein Tablet.',
      'Die Ehrenamtlichen wurden in Empfang und einfacher Sprache geschult.',
      'Wir arbeiten mit {partner} zusammen, um Menschen zu erreichen, die dem Digitalen am fernsten sind.',
      'Die Unterlagen gibt es auch gedruckt, in großer Schrift.',
      'Die Anmeldung erfolgt telefonisch oder am Schalter, ohne Online-Formular.',
      'Es gibt immer Kaffee: Das Miteinander zählt so viel wie der Inhalt.',
      'Wir bewerten jeden Termin mit einem kurzen mündlichen Fragebogen.',
      'Enkelkinder dürfen mitkommen, was Gespräche zwischen den Generationen schafft.',
      'Die Geräte wurden über einen regionalen Projektaufruf finanziert.',
      'In der wöchentlichen Sprechstunde kann man mit Fragen zum Thema {topic} wiederkommen.',
      'Die Zeiten wurden mit den Teilnehmenden gewählt, außerhalb der Bürozeiten.',
      'Ein Taschenleitfaden fasst die wichtigsten Schritte mit Bildschirmfotos zusammen.',
    ],
    group: 'Jeder Workshop dauert zwei Stunden, mit höchstens acht Personen.',
    safety: 'Ein Modul behandelt das Erkennen von Phishing-Nachrichten und Betrug im Internet.',
    results: (n: number, pct: number) =>
      `${n} Teilnehmende in diesem Jahr, ${pct} % fühlen sich selbstständiger.`,
  },
  en: {
    formats: [
      'Workshop',
      'Drop-in help desk',
      'Training',
      'Digital café',
      'Coaching',
      'Practical guide',
      'Learning path',
      'Mentoring',
    ],
    topics: [
      'smartphones',
      'online public services',
      'online banking',
      'phishing and scams',
      'itsme',
      'email',
      'tablets',
      'cybersecurity',
      'Tax-on-web',
      'video calls',
      'passwords',
      'applying for jobs online',
    ],
    audiences: [
      'for seniors',
      'for job seekers',
      'for newcomers',
      'for young people',
      'for low-income families',
      'for people with disabilities',
      'in plain language',
    ],
    places: ['Brussels', 'Ghent', 'Antwerp', 'Liège', 'Leuven', 'Namur', 'Mechelen', 'Mons'],
    partners: [
      'the local social welfare centre',
      'the public library',
      'a community centre',
      'a homework club',
      'a seniors’ association',
      'the regional employment service',
    ],
    summaries: [
      (t: string, a: string, p: string, n: number) => `In ${p}: ${n} sessions on ${t}, ${a}.`,
      (t: string, a: string, p: string, n: number) =>
        `For two years we have helped ${n} people a month in ${p} with ${t}, step by step, ${a}.`,
      (t: string, a: string, p: string) => `An initiative in ${p} that makes ${t} accessible ${a}.`,
    ],
    sentences: [
      'Participants bring their own device; those without one borrow a tablet.',
      'Our volunteers were trained in welcoming people and in plain language.',
      'We work with {partner} to reach the people furthest from digital services.',
      'The handouts also exist on paper, in large print.',
      'People sign up by phone or at the desk, without an online form.',
      'There is always coffee: the social moment matters as much as the content.',
      'We evaluate every session with a short spoken questionnaire.',
      'Grandchildren may come along, which starts conversations between generations.',
      'The equipment was funded by a regional call for projects.',
      'A weekly drop-in lets people come back with their questions about {topic}.',
      'The times were chosen with the participants, outside office hours.',
      'A pocket guide sums up the main steps, with screenshots.',
    ],
    group: 'Each workshop lasts two hours, with at most eight people.',
    safety: 'One module is about recognising phishing messages and online scams.',
    results: (n: number, pct: number) =>
      `${n} participants this year; ${pct}% say they feel more independent.`,
  },
} as const;

/** A small seeded generator, so that every run writes the same practices. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` practices spread over the generated signatories, in the four languages (more French and Dutch), mostly
 * published, each with commitments, target groups, up to three of `obstacleIds`, and its organisation's sector and
 * region. Written in multi-row inserts; the search vectors are then computed in one statement.
 */
export async function generatePractices(db: Db, n: number, obstacleIds: string[]): Promise<void> {
  const { practices, practiceObstacles, TARGET_GROUPS } = await import('../src/features/practices/schema.ts');
  const { COMMITMENT_CODES } = await import('../src/features/charter/commitments.ts');
  const { refreshAllSearch } = await import('../src/features/practices/queries.ts');
  const orgs = await db
    .select({ id: organisations.id, sector: organisations.sector, region: organisations.region })
    .from(organisations)
    .where(sql`slug like 'bench-%'`);
  if (!orgs.length) throw new Error('generate signatories first');
  const random = mulberry32(20_000);
  const int = (k: number) => Math.floor(random() * k);
  const one = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  /** `min` to `max` distinct items, in their catalogue order. */
  const some = <T>(xs: readonly T[], max: number, min = 1): T[] => {
    const k = min + int(max - min + 1);
    const picked = new Set<number>();
    while (picked.size < Math.min(k, xs.length)) picked.add(int(xs.length));
    return [...picked].sort((a, b) => a - b).map((i) => xs[i] as T);
  };
  const langs = ['fr', 'fr', 'fr', 'nl', 'nl', 'nl', 'de', 'en'] as const;
  const start = new Date('2023-01-01T00:00:00Z').getTime();
  const span = new Date('2026-09-01T00:00:00Z').getTime() - start;
  const day = 86_400_000;
  // The lists are in the same order in every language: formats 0, 2, 3 and 6 gather a group (atelier, formation,
  // café numérique, parcours); topic 3 is phishing, and 2, 5, 7 and 10 (online banking, email, cybersecurity,
  // passwords) are about online safety too.
  const groupFormats = new Set([0, 2, 3, 6]);
  const safetyTopics = new Set([2, 5, 7, 10]);

  for (let from = 0; from < n; from += 1000) {
    const rows: (typeof practices.$inferInsert)[] = [];
    const links: (typeof practiceObstacles.$inferInsert)[] = [];
    for (let i = from; i < Math.min(n, from + 1000); i++) {
      const lang = one(langs);
      const text = PRACTICE_TEXT[lang];
      const org = one(orgs);
      const format = int(text.formats.length);
      const topicIndex = int(text.topics.length);
      const topic = text.topics[topicIndex] as string;
      const audience = one(text.audiences);
      const place = one(text.places);
      const fill = (s: string) => s.replace('{partner}', one(text.partners)).replace('{topic}', topic);
      const sentences = some(text.sentences, 6, 3).map(fill);
      if (groupFormats.has(format) && random() < 0.6) sentences.push(text.group);
      if (topicIndex === 3 || random() < (safetyTopics.has(topicIndex) ? 0.5 : 0.05))
        sentences.push(text.safety);
      sentences.sort(() => random() - 0.5);
      const half = Math.ceil(sentences.length / 2);
      const r = random();
      const status = r < 0.9 ? 'published' : r < 0.97 ? 'submitted' : 'returned';
      const createdAt = new Date(start + Math.floor(random() * span));
      const publishedAt = status === 'published' ? new Date(createdAt.getTime() + (1 + int(10)) * day) : null;
      const id = randomUUID();
      rows.push({
        id,
        organisationId: org.id,
        title: `${text.formats[format]} ${topic} ${audience}`,
        summary: one(text.summaries)(topic, audience, place, 4 + int(40)),
        body: `${sentences.slice(0, half).join(' ')}\n\n${sentences.slice(half).join(' ')}`,
        lang,
        commitments: some(COMMITMENT_CODES, 3),
        targetGroups: some(TARGET_GROUPS, 3),
        sector: org.sector,
        region: org.region,
        results: random() < 0.6 ? text.results(10 + int(300), 50 + int(45)) : null,
        contact: random() < 0.5 ? `practice-${i}@example.org` : null,
        status,
        moderationComment: status === 'returned' ? 'Please add the results.' : null,
        createdAt,
        updatedAt: publishedAt ?? createdAt,
        publishedAt,
      });
      if (obstacleIds.length && random() < 0.85)
        for (const obstacleId of some(obstacleIds, 3)) links.push({ practiceId: id, obstacleId });
    }
    await db.insert(practices).values(rows);
    if (links.length) await db.insert(practiceObstacles).values(links);
  }
  await refreshAllSearch(db);
  // That update leaves a dead copy of every row and of its index entries, which would double the pages every scan
  // reads. A library written over years is compact and vacuumed (on a server, autovacuum would do it in time;
  // PGlite has none): rewrite the table as if each row had been written once, then vacuum it, which also marks its
  // pages all-visible for index-only scans, and gather its statistics.
  await db.execute(sql`vacuum full practices`);
  await db.execute(sql`vacuum analyze practices`);
  await db.execute(sql`analyze practice_obstacles`);
}

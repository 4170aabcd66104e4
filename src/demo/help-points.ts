import { asc } from 'drizzle-orm';
import type { HoursForm, Slot } from '../features/help-points/hours.ts';
import { organisations } from '../features/organisations/schema.ts';
import { todayIn } from '../platform/clock.ts';
import { localitiesOf, regionOf } from '../platform/geo.ts';
import { generator } from './facilitation/sessions.ts';
import { type Actor, type Built, DAY } from './facilitation/shared.ts';

/**
 * About sixty clearly fictional help points (issue 17) across the three regions, kept by the demo's
 * organisations: realistic, irregular hours, dated exceptions in the coming weeks, several services, languages
 * and kinds. No openly licensed list of real EPN or digipunten is known, so none is shipped: a region loads
 * its real list with the CSV import.
 */

const BRUSSELS = [
  '1000',
  '1020',
  '1030',
  '1040',
  '1050',
  '1060',
  '1070',
  '1080',
  '1090',
  '1140',
  '1150',
  '1160',
  '1180',
  '1190',
  '1200',
  '1210',
];
const FLANDERS = [
  '9000',
  '2000',
  '3000',
  '8000',
  '3500',
  '2800',
  '8500',
  '9300',
  '1800',
  '2300',
  '8400',
  '3600',
  '9100',
  '2500',
  '1500',
  '3300',
  '8800',
  '9200',
  '2440',
  '1700',
];
const WALLONIA = [
  '4000',
  '5000',
  '6000',
  '7000',
  '1300',
  '6700',
  '4700',
  '4800',
  '7500',
  '1400',
  '6900',
  '5500',
  '4500',
  '7100',
  '6200',
  '1348',
  '4780',
  '5100',
  '6600',
  '7700',
  '4900',
  '6800',
  '1340',
  '4100',
];

const KINDS = ['epn', 'library', 'town_hall', 'cpas', 'association', 'digipunt', 'mobile_unit'] as const;
const NAMES: Record<'fr' | 'nl' | 'de', Record<(typeof KINDS)[number], string>> = {
  fr: {
    epn: 'Espace public numérique',
    library: 'Bibliothèque',
    town_hall: 'Guichet numérique de la commune',
    cpas: 'Permanence numérique du CPAS',
    association: 'Atelier numérique de quartier',
    digipunt: 'Point d’aide numérique',
    mobile_unit: 'Bus numérique',
  },
  nl: {
    epn: 'Openbare computerruimte',
    library: 'Bibliotheek',
    town_hall: 'Digitaal loket gemeentehuis',
    cpas: 'Digitaal spreekuur OCMW',
    association: 'Digitaal buurtatelier',
    digipunt: 'Digipunt',
    mobile_unit: 'Digibus',
  },
  de: {
    epn: 'Öffentlicher Computerraum',
    library: 'Bibliothek',
    town_hall: 'Digitaler Schalter der Gemeinde',
    cpas: 'Digitale Sprechstunde des ÖSHZ',
    association: 'Digitales Nachbarschaftsatelier',
    digipunt: 'Anlaufstelle für digitale Hilfe',
    mobile_unit: 'Digitalbus',
  },
};

const s = (from: string, to: string): Slot => ({ from, to });
const none = { Mo: [], Tu: [], We: [], Th: [], Fr: [], Sa: [], Su: [] };
/** Weeks as help points keep them: an evening, an afternoon, a market-day morning, office hours. */
const WEEKS: HoursForm['week'][] = [
  { ...none, Tu: [s('17:00', '19:00')], We: [s('14:00', '16:00')] },
  {
    ...none,
    Mo: [s('09:00', '12:00'), s('13:00', '16:30')],
    Tu: [s('09:00', '12:00'), s('13:00', '16:30')],
    Th: [s('09:00', '12:00'), s('13:00', '16:30')],
    Fr: [s('09:00', '12:00')],
  },
  { ...none, We: [s('13:30', '17:00')], Sa: [s('10:00', '12:30')] },
  { ...none, Mo: [s('09:30', '12:00')], Th: [s('09:30', '12:00'), s('14:00', '18:00')] },
  { ...none, Tu: [s('10:00', '12:00')], Fr: [s('14:00', '16:00')] },
  {
    ...none,
    Mo: [s('08:30', '12:30')],
    Tu: [s('08:30', '12:30')],
    We: [s('08:30', '12:30')],
    Th: [s('08:30', '12:30')],
    Fr: [s('08:30', '12:30')],
  },
  { ...none, Sa: [s('09:00', '13:00')] },
];
const ACCESS = ['walk_in', 'both', 'appointment'] as const;

export async function seedHelpPoints(built: Built, admin: Actor, now: Date) {
  const hp = built.services.helpPoints;
  // The lists' codes from content, in their order: a new code is drawn too.
  const codes = (list: { code: string }[]) => list.map((x) => x.code);
  const SERVICES = codes(hp.lists.services);
  const ACCESSIBILITY = codes(hp.lists.accessibility);
  const AUDIENCES = codes(hp.lists.audiences);
  // Besides the national languages, which each point speaks by region.
  const MORE_LANGUAGES = codes(hp.lists.languages).filter((l) => !['fr', 'nl', 'de'].includes(l));
  const r = generator(17);
  const some = <T>(list: readonly T[], min: number, max: number) =>
    list
      .filter(() => r.next() < 0.5)
      .slice(0, max)
      .concat(list.slice(0, min))
      .filter((x, i, a) => a.indexOf(x) === i);
  const hosts = await built.deps.db
    .select({ id: organisations.id })
    .from(organisations)
    .orderBy(asc(organisations.legalName));
  const postcodes = [...BRUSSELS, ...FLANDERS, ...WALLONIA];
  let made = 0;
  for (const [i, postcode] of postcodes.entries()) {
    const locality = localitiesOf(postcode)[0];
    const host = hosts[i % hosts.length];
    if (!locality || !host) continue;
    const region = regionOf(postcode);
    const lang = region === 'flanders' ? 'nl' : postcode >= '4700' && postcode < '4800' ? 'de' : 'fr';
    const kind = KINDS[i % KINDS.length] as (typeof KINDS)[number];
    const languages = region === 'brussels' ? ['fr', 'nl'] : [lang];
    const day = (ahead: number) => todayIn(new Date(now.getTime() + ahead * DAY));
    const exceptions =
      i % 3 === 0
        ? [{ date: day(7 + (i % 10)), slots: [] }]
        : i % 3 === 1
          ? [{ date: day(12 + (i % 9)), slots: [s('10:00', '12:00')] }]
          : [];
    const input = hp.fields.parse({
      name: `${NAMES[lang][kind]} ${locality.name} (démo)`,
      kind,
      summary:
        lang === 'nl'
          ? 'Fictieve demoplek: hier helpt iemand u met uw toestel en onlinezaken.'
          : lang === 'de'
            ? 'Fiktiver Demo-Ort: Hier hilft Ihnen jemand mit Ihrem Gerät und Online-Diensten.'
            : 'Lieu fictif de démonstration : quelqu’un vous aide avec votre appareil et vos démarches en ligne.',
      street: `${lang === 'nl' ? 'Demostraat' : lang === 'de' ? 'Demostraße' : 'Rue de la Démo'} ${1 + (i % 40)}`,
      postcode,
      commune: locality.name,
      phone: `+32 ${postcode.slice(0, 1)} 000 ${String(10 + i).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`,
      email: `point${i + 1}@demo.inclusio.invalid`,
      services: some(SERVICES, 2, 6),
      access: ACCESS[i % ACCESS.length],
      bookingUrl: i % ACCESS.length === 0 ? undefined : `https://demo.inclusio.invalid/rendez-vous/${i + 1}`,
      free: i % 11 === 5 ? undefined : 'yes',
      languages: [...languages, ...some(MORE_LANGUAGES, 0, 2)],
      accessibility: some(ACCESSIBILITY, 0, 3),
      audiences: some(AUDIENCES, 1, 3),
      hours: { week: WEEKS[i % WEEKS.length], holidaysClosed: i % 5 !== 4, exceptions },
    });
    await hp.points.create(admin, host.id, input);
    made++;
  }
  return made;
}

import { defineMessages } from '../../../platform/i18n/define.ts';

/**
 * The labels of the support-session log: one per code of each closed list in ../taxonomy.ts (themes are
 * content, in content/facilitation/themes.json). Neutral labels: none names or describes the person helped.
 */
export const logMessages = defineMessages({
  // Individual or group: who the session was for.
  'log.kind.individual': {
    fr: 'Une personne',
    nl: 'Eén persoon',
    de: 'Eine Person',
    en: 'One person',
  },
  'log.kind.collective': {
    fr: 'Un groupe (atelier)',
    nl: 'Een groep (workshop)',
    de: 'Eine Gruppe (Workshop)',
    en: 'A group (workshop)',
  },
  // Where the session took place.
  'log.place.structure': {
    fr: 'À notre point d’aide',
    nl: 'In ons digipunt',
    de: 'In unserer Anlaufstelle',
    en: 'At our help point',
  },
  'log.place.home': {
    fr: 'Chez la personne',
    nl: 'Bij de persoon thuis',
    de: 'Bei der Person zu Hause',
    en: 'At the person’s home',
  },
  'log.place.remote': {
    fr: 'À distance (téléphone ou vidéo)',
    nl: 'Op afstand (telefoon of video)',
    de: 'Aus der Ferne (Telefon oder Video)',
    en: 'Remotely (phone or video)',
  },
  'log.place.mobile_unit': {
    fr: 'Point d’aide mobile (bus, stand)',
    nl: 'Mobiel digipunt (bus, stand)',
    de: 'Mobile Anlaufstelle (Bus, Stand)',
    en: 'Mobile help point (bus, stand)',
  },
  'log.place.elsewhere': {
    fr: 'Ailleurs',
    nl: 'Elders',
    de: 'Anderswo',
    en: 'Somewhere else',
  },
  // The device the session used: the person’s own, or the help point’s.
  'log.equipment.person_phone': {
    fr: 'Téléphone de la personne',
    nl: 'Gsm of smartphone van de persoon',
    de: 'Handy der Person',
    en: 'The person’s phone',
  },
  'log.equipment.person_computer': {
    fr: 'Ordinateur de la personne',
    nl: 'Computer van de persoon',
    de: 'Computer der Person',
    en: 'The person’s computer',
  },
  'log.equipment.person_tablet': {
    fr: 'Tablette de la personne',
    nl: 'Tablet van de persoon',
    de: 'Tablet der Person',
    en: 'The person’s tablet',
  },
  'log.equipment.structure_computer': {
    fr: 'Ordinateur du point d’aide',
    nl: 'Computer van het digipunt',
    de: 'Computer der Anlaufstelle',
    en: 'A help point computer',
  },
  'log.equipment.structure_tablet': {
    fr: 'Tablette du point d’aide',
    nl: 'Tablet van het digipunt',
    de: 'Tablet der Anlaufstelle',
    en: 'A help point tablet',
  },
  'log.equipment.none': {
    fr: 'Aucun appareil',
    nl: 'Geen toestel',
    de: 'Kein Gerät',
    en: 'No device',
  },
  // Who did the task: how far the person did it themselves.
  'log.autonomy.done_for': {
    fr: 'Nous l’avons fait pour la personne',
    nl: 'We hebben het voor de persoon gedaan',
    de: 'Wir haben es für die Person erledigt',
    en: 'We did it for the person',
  },
  'log.autonomy.done_together': {
    fr: 'Nous l’avons fait ensemble',
    nl: 'We hebben het samen gedaan',
    de: 'Wir haben es gemeinsam gemacht',
    en: 'We did it together',
  },
  'log.autonomy.done_alone': {
    fr: 'La personne l’a fait seule, avec nos conseils',
    nl: 'De persoon deed het zelf, met onze uitleg',
    de: 'Die Person hat es selbst gemacht, mit Anleitung',
    en: 'The person did it alone, with guidance',
  },
  // Where the person was sent on to, if anywhere.
  'log.referral.none': {
    fr: 'Pas d’orientation',
    nl: 'Niet doorverwezen',
    de: 'Keine Weitervermittlung',
    en: 'Not referred',
  },
  'log.referral.cpas': {
    fr: 'Vers le CPAS',
    nl: 'Naar het OCMW (Sociaal Huis)',
    de: 'Zum ÖSHZ',
    en: 'To the CPAS/OCMW (public social welfare centre)',
  },
  'log.referral.public_service': {
    fr: 'Vers un service public (commune, SPF…)',
    nl: 'Naar een openbare dienst (gemeente, FOD…)',
    de: 'Zu einem öffentlichen Dienst (Gemeinde, FÖD…)',
    en: 'To a public service (municipality, FPS…)',
  },
  'log.referral.other_structure': {
    fr: 'Vers un autre point d’aide',
    nl: 'Naar een ander digipunt',
    de: 'Zu einer anderen Anlaufstelle',
    en: 'To another help point',
  },
  'log.referral.social_service': {
    fr: 'Vers un service social',
    nl: 'Naar een sociale dienst',
    de: 'Zu einem Sozialdienst',
    en: 'To a social service',
  },
  'log.referral.other': {
    fr: 'Vers un autre endroit',
    nl: 'Naar een andere plek',
    de: 'Anderswohin',
    en: 'Somewhere else',
  },
  // Age bands: a band, never a birth date.
  'log.age.under_18': {
    fr: 'Moins de 18 ans',
    nl: 'Jonger dan 18 jaar',
    de: 'Unter 18 Jahren',
    en: 'Under 18',
  },
  'log.age.18_24': {
    fr: '18–24 ans',
    nl: '18–24 jaar',
    de: '18–24 Jahre',
    en: '18–24',
  },
  'log.age.25_39': {
    fr: '25–39 ans',
    nl: '25–39 jaar',
    de: '25–39 Jahre',
    en: '25–39',
  },
  'log.age.40_54': {
    fr: '40–54 ans',
    nl: '40–54 jaar',
    de: '40–54 Jahre',
    en: '40–54',
  },
  'log.age.55_64': {
    fr: '55–64 ans',
    nl: '55–64 jaar',
    de: '55–64 Jahre',
    en: '55–64',
  },
  'log.age.65_74': {
    fr: '65–74 ans',
    nl: '65–74 jaar',
    de: '65–74 Jahre',
    en: '65–74',
  },
  'log.age.75_plus': {
    fr: '75 ans et plus',
    nl: '75 jaar en ouder',
    de: '75 Jahre und älter',
    en: '75 and over',
  },
  'log.age.unknown': {
    fr: 'Non précisé',
    nl: 'Niet opgegeven',
    de: 'Keine Angabe',
    en: 'Not given',
  },
  'log.gender.woman': {
    fr: 'Femme',
    nl: 'Vrouw',
    de: 'Frau',
    en: 'Woman',
  },
  'log.gender.man': {
    fr: 'Homme',
    nl: 'Man',
    de: 'Mann',
    en: 'Man',
  },
  'log.gender.other': {
    fr: 'Autre',
    nl: 'Andere',
    de: 'Andere',
    en: 'Other',
  },
  'log.gender.unknown': {
    fr: 'Non précisé',
    nl: 'Niet opgegeven',
    de: 'Keine Angabe',
    en: 'Not given',
  },
  // What the person does: work, job search, studies, retirement.
  'log.situation.working': {
    fr: 'Travaille',
    nl: 'Werkt',
    de: 'Berufstätig',
    en: 'Working',
  },
  'log.situation.job_seeker': {
    fr: 'Cherche un emploi',
    nl: 'Zoekt werk',
    de: 'Arbeitsuchend',
    en: 'Looking for work',
  },
  'log.situation.retired': {
    fr: 'À la pension',
    nl: 'Met pensioen',
    de: 'Im Ruhestand',
    en: 'Retired',
  },
  'log.situation.student': {
    fr: 'Aux études',
    nl: 'Studeert',
    de: 'In Ausbildung oder Studium',
    en: 'In education',
  },
  'log.situation.other': {
    fr: 'Autre situation',
    nl: 'Andere situatie',
    de: 'Andere Situation',
    en: 'Other situation',
  },
  'log.situation.unknown': {
    fr: 'Non précisé',
    nl: 'Niet opgegeven',
    de: 'Keine Angabe',
    en: 'Not given',
  },
  // Whether the person had come before.
  'log.visit.first': {
    fr: 'Première fois',
    nl: 'Eerste keer',
    de: 'Zum ersten Mal',
    en: 'First time',
  },
  'log.visit.returning': {
    fr: 'Pas la première fois',
    nl: 'Kwam al eerder',
    de: 'War schon einmal da',
    en: 'Has been before',
  },
  'log.visit.unknown': {
    fr: 'Non précisé',
    nl: 'Niet opgegeven',
    de: 'Keine Angabe',
    en: 'Not given',
  },
  // The level of a group session.
  'log.level.beginner': {
    fr: 'Débutant',
    nl: 'Beginner',
    de: 'Einstieg',
    en: 'Beginner',
  },
  'log.level.intermediate': {
    fr: 'Intermédiaire',
    nl: 'Gemiddeld',
    de: 'Mittelstufe',
    en: 'Intermediate',
  },
  'log.level.advanced': {
    fr: 'Avancé',
    nl: 'Gevorderd',
    de: 'Fortgeschritten',
    en: 'Advanced',
  },
  // Duration bands of the statistics, in minutes from the first to before the second.
  'log.band.lt30': {
    fr: 'Moins de 30 min',
    nl: 'Minder dan 30 minuten',
    de: 'Unter 30 Minuten',
    en: 'Under 30 minutes',
  },
  'log.band.30_60': {
    fr: '30 à 59 min',
    nl: '30 tot 59 minuten',
    de: '30 bis 59 Minuten',
    en: '30 to 59 minutes',
  },
  'log.band.60_120': {
    fr: '1 h à 1 h 59',
    nl: '1 uur tot 1 uur 59',
    de: '1 bis unter 2 Stunden',
    en: '1 hour to 1 hour 59',
  },
  'log.band.ge120': {
    fr: '2 h ou plus',
    nl: '2 uur of meer',
    de: '2 Stunden oder mehr',
    en: '2 hours or more',
  },
});

import { defineMessages } from '../../../platform/i18n/define.ts';

/** Internal training (commitment C4). */
export const trainingMessages = defineMessages({
  'training.title': {
    fr: 'Formations internes',
    nl: 'Interne opleidingen',
    de: 'Interne Schulungen',
    en: 'Internal training',
  },
  'training.intro': {
    fr: 'Les formations au numérique données à votre personnel, vos cadres ou vos bénévoles (engagement C4).',
    nl: 'De digitale opleidingen voor uw personeel, leidinggevenden of vrijwilligers (engagement C4).',
    de: 'Die digitalen Schulungen für Ihr Personal, Ihre Führungskräfte oder Ehrenamtlichen (Verpflichtung C4).',
    en: 'The digital skills training given to your staff, managers or volunteers (commitment C4).',
  },
  'training.link': {
    fr: 'Formations internes : enregistrer une session, voir les totaux',
    nl: 'Interne opleidingen: een sessie registreren, de totalen bekijken',
    de: 'Interne Schulungen: eine Schulung erfassen, die Summen ansehen',
    en: 'Internal training: record a session, see the totals',
  },
  'training.totals': {
    fr: 'Totaux par année',
    nl: 'Totalen per jaar',
    de: 'Summen pro Jahr',
    en: 'Totals per year',
  },
  'training.year': {
    fr: 'Année',
    nl: 'Jaar',
    de: 'Jahr',
    en: 'Year',
  },
  'training.sessions': {
    fr: 'Sessions',
    nl: 'Sessies',
    de: 'Schulungen',
    en: 'Sessions',
  },
  'training.hours': {
    fr: 'Heures',
    nl: 'Uren',
    de: 'Stunden',
    en: 'Hours',
  },
  'training.hours_hint': {
    fr: 'Durée de la session, par exemple 2 ou 1,5.',
    nl: 'Duur van de sessie, bijvoorbeeld 2 of 1,5.',
    de: 'Dauer der Schulung, zum Beispiel 2 oder 1,5.',
    en: 'How long the session lasted, for example 2 or 1.5.',
  },
  'training.staff': {
    fr: 'Personnes formées',
    nl: 'Opgeleide personen',
    de: 'Geschulte Personen',
    en: 'People trained',
  },
  'training.none': {
    fr: 'Aucune formation enregistrée.',
    nl: 'Nog geen opleiding geregistreerd.',
    de: 'Noch keine Schulung erfasst.',
    en: 'No training recorded yet.',
  },
  'training.add': {
    fr: 'Enregistrer une session',
    nl: 'Een sessie registreren',
    de: 'Eine Schulung erfassen',
    en: 'Record a session',
  },
  'training.date': {
    fr: 'Date',
    nl: 'Datum',
    de: 'Datum',
    en: 'Date',
  },
  'training.topic': {
    fr: 'Sujet',
    nl: 'Onderwerp',
    de: 'Thema',
    en: 'Topic',
  },
  'training.topic_hint': {
    fr: 'Par exemple « Reconnaître le phishing ».',
    nl: 'Bijvoorbeeld ‘Phishing herkennen’.',
    de: 'Zum Beispiel „Phishing erkennen“.',
    en: 'For example ‘Spotting phishing’.',
  },
  'training.audience': {
    fr: 'Public',
    nl: 'Doelgroep',
    de: 'Zielgruppe',
    en: 'Audience',
  },
  'training.audience.employees': {
    fr: 'Employés',
    nl: 'Werknemers',
    de: 'Beschäftigte',
    en: 'Employees',
  },
  'training.audience.managers': {
    fr: 'Cadres',
    nl: 'Leidinggevenden',
    de: 'Führungskräfte',
    en: 'Managers',
  },
  'training.audience.volunteers': {
    fr: 'Bénévoles',
    nl: 'Vrijwilligers',
    de: 'Ehrenamtliche',
    en: 'Volunteers',
  },
  'training.save': {
    fr: 'Enregistrer la session',
    nl: 'Sessie registreren',
    de: 'Schulung speichern',
    en: 'Record the session',
  },
  'training.list': {
    fr: 'Sessions, de la plus récente à la plus ancienne',
    nl: 'Sessies, van de nieuwste tot de oudste',
    de: 'Schulungen, die neueste zuerst',
    en: 'Sessions, newest first',
  },
});

import { defineMessages } from '../../../platform/i18n/define.ts';

/** The secretariat’s view of who has reported, and the report errors. */
export const reportingMessages = defineMessages({
  'err.report.not_signatory': {
    fr: 'Seuls les signataires actifs remettent un rapport annuel.',
    nl: 'Alleen actieve ondertekenaars dienen een jaarverslag in.',
    de: 'Nur aktive Unterzeichner reichen einen Jahresbericht ein.',
    en: 'Only active signatories send a yearly report.',
  },
  'err.report.not_owed': {
    fr: 'Ce n’est pas le rapport que votre organisation doit remettre maintenant.',
    nl: 'Dit is niet het verslag dat uw organisatie nu moet indienen.',
    de: 'Das ist nicht der Bericht, den Ihre Organisation jetzt einreichen muss.',
    en: 'This is not the report your organisation owes now.',
  },
  'err.report.already_submitted': {
    fr: 'Ce rapport est déjà envoyé : il ne change plus.',
    nl: 'Dit verslag is al verstuurd en verandert niet meer.',
    de: 'Dieser Bericht ist schon gesendet und ändert sich nicht mehr.',
    en: 'This report is already sent and no longer changes.',
  },
  'err.report.statement_required': {
    fr: 'Écrivez le mot de la direction.',
    nl: 'Schrijf de verklaring van de directie.',
    de: 'Schreiben Sie die Erklärung der Leitung.',
    en: 'Write the statement from senior management.',
  },
  'err.report.confirm_required': {
    fr: 'Cochez la case pour confirmer.',
    nl: 'Vink het vakje aan om te bevestigen.',
    de: 'Kreuzen Sie das Kästchen an, um zu bestätigen.',
    en: 'Tick the box to confirm.',
  },
  'reporting.title': {
    fr: 'Suivi des rapports annuels',
    nl: 'Opvolging van de jaarverslagen',
    de: 'Stand der Jahresberichte',
    en: 'Yearly reporting',
  },
  'reporting.intro': {
    fr: 'Ce que chaque signataire doit remettre, pour quand, et où il en est. Les rappels partent 30 jours et 7 jours avant l’échéance, puis le jour même.',
    nl: 'Wat elke ondertekenaar moet indienen, tegen wanneer, en hoe ver hij staat. We sturen een herinnering 30 dagen en 7 dagen voor de uiterste datum, en op de dag zelf.',
    de: 'Was jeder Unterzeichner einreichen muss, bis wann und wie weit er ist. Wir senden Erinnerungen 30 Tage und 7 Tage vor der Frist und noch einmal am Tag selbst.',
    en: 'What each signatory owes, by when, and how far it is. Reminders go out 30 days and 7 days before the due date, and on the day.',
  },
  'reporting.csv': {
    fr: 'Télécharger en CSV',
    nl: 'Downloaden als csv',
    de: 'Als CSV herunterladen',
    en: 'Download as CSV',
  },
  'reporting.caption': {
    fr: 'Les signataires et leur rapport annuel',
    nl: 'De ondertekenaars en hun jaarverslag',
    de: 'Die Unterzeichner und ihr Jahresbericht',
    en: 'Signatories and their yearly report',
  },
  'reporting.empty': {
    fr: 'Aucun signataire ne correspond à ces filtres.',
    nl: 'Geen enkele ondertekenaar komt overeen met deze filters.',
    de: 'Kein Unterzeichner entspricht diesen Filtern.',
    en: 'No signatory matches these filters.',
  },
  'reporting.owed': {
    fr: 'Rapport attendu',
    nl: 'Verwacht verslag',
    de: 'Erwarteter Bericht',
    en: 'Report owed',
  },
  'reporting.state': {
    fr: 'État du rapport attendu',
    nl: 'Status van het verwachte verslag',
    de: 'Stand des erwarteten Berichts',
    en: 'State of the report owed',
  },
  'reporting.last': {
    fr: 'Dernier rapport envoyé',
    nl: 'Laatst verstuurde verslag',
    de: 'Zuletzt gesendeter Bericht',
    en: 'Last report sent',
  },
});

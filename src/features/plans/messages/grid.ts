import { defineMessages } from '../../../platform/i18n/define.ts';

/** The secretariat’s grid of every action plan. */
export const gridMessages = defineMessages({
  'grid.title': {
    fr: 'Plans d’action des signataires',
    nl: 'Actieplannen van de ondertekenaars',
    de: 'Aktionspläne der Unterzeichner',
    en: 'Signatories’ action plans',
  },
  'grid.intro': {
    fr: 'Chaque signataire face aux neuf engagements : nombre d’objectifs, avancement et éléments en retard.',
    nl: 'Elke ondertekenaar tegenover de negen engagementen: aantal doelen, voortgang en wat te laat is.',
    de: 'Jeder Unterzeichner im Vergleich zu den neun Verpflichtungen: Anzahl der Ziele, Fortschritt und überfällige Punkte.',
    en: 'Every signatory against the 9 commitments: number of goals, progress and what is overdue.',
  },
  'grid.caption': {
    fr: 'Signataires et engagements',
    nl: 'Ondertekenaars en engagementen',
    de: 'Unterzeichner und Verpflichtungen',
    en: 'Signatories and commitments',
  },
  'grid.organisation': {
    fr: 'Organisation',
    nl: 'Organisatie',
    de: 'Organisation',
    en: 'Organisation',
  },
  'grid.csv': {
    fr: 'Télécharger en CSV',
    nl: 'Downloaden als csv',
    de: 'Als CSV herunterladen',
    en: 'Download as CSV',
  },
  'grid.empty': {
    fr: 'Aucun signataire ne correspond.',
    nl: 'Geen enkele ondertekenaar komt overeen.',
    de: 'Kein Unterzeichner entspricht der Suche.',
    en: 'No signatory matches.',
  },
  'grid.cell': {
    fr: '{n} obj. · {p}',
    nl: '{n, plural, one {# doel} other {# doelen}} · {p}',
    de: '{n, plural, one {# Ziel} other {# Ziele}} · {p}',
    en: '{n, plural, one {# goal} other {# goals}} · {p}',
  },
  'grid.late': {
    fr: '{n} en retard',
    nl: '{n} te laat',
    de: '{n} überfällig',
    en: '{n} overdue',
  },
});

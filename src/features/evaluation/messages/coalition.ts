import { defineMessages } from '../../../platform/i18n/define.ts';

/** The coalition’s anonymous report: commitments, the Index and its movement. */
export const coalitionMessages = defineMessages({
  'eval.coalition_title': {
    fr: 'Évaluation de la Charte à trois ans',
    nl: 'Evaluatie van het Charter na drie jaar',
    de: 'Evaluierung der Charta nach drei Jahren',
    en: 'Three-year evaluation of the Charter',
  },
  'eval.coalition_intro': {
    fr: 'Le bilan commun des signataires, pour le secrétariat. Il ne nomme personne. Tout groupe de moins de 5 organisations est masqué.',
    nl: 'De gezamenlijke balans van de ondertekenaars, voor het secretariaat. Er worden geen namen genoemd. Elke groep van minder dan 5 organisaties is verborgen.',
    de: 'Die gemeinsame Bilanz der Unterzeichner, für das Sekretariat. Sie nennt keine Namen. Jede Gruppe mit weniger als 5 Organisationen ist ausgeblendet.',
    en: 'The signatories’ joint review, for the secretariat. It names nobody. Any group of fewer than 5 organisations is hidden.',
  },
  'eval.coalition_period': {
    fr: 'Du {from} au {to}.',
    nl: 'Van {from} tot {to}.',
    de: 'Vom {from} bis {to}.',
    en: 'From {from} to {to}.',
  },
  'eval.index': {
    fr: 'L’indice d’inclusion numérique',
    nl: 'De Index digitale inclusie',
    de: 'Der Index für digitale Inklusion',
    en: 'The Digital Inclusion Index',
  },
  'eval.index_spread': {
    fr: 'Dernier indice de {n} signataires. La moitié a un score de {median} ou moins. Un quart a {q1} ou moins. Un quart a {q3} ou plus.',
    nl: 'Laatste index van {n} ondertekenaars. De helft heeft een score van {median} of minder. Een kwart heeft {q1} of minder. Een kwart heeft {q3} of meer.',
    de: 'Letzter Index von {n} Unterzeichnern. Die Hälfte hat {median} Punkte oder weniger. Ein Viertel hat {q1} oder weniger. Ein Viertel hat {q3} oder mehr.',
    en: 'Latest index of {n} signatories. Half of them score {median} or less. A quarter score {q1} or less. A quarter score {q3} or more.',
  },
  'eval.index_suppressed': {
    fr: 'Moins de 5 signataires ont envoyé un indice : les scores sont masqués.',
    nl: 'Minder dan 5 ondertekenaars hebben een index verstuurd: de scores zijn verborgen.',
    de: 'Weniger als 5 Unterzeichner haben einen Index gesendet: Die Punktzahlen sind ausgeblendet.',
    en: 'Fewer than 5 signatories have sent an index: the scores are hidden.',
  },
  'eval.index_years_caption': {
    fr: 'Score global médian à la fin de chaque année',
    nl: 'Mediane totaalscore aan het einde van elk jaar',
    de: 'Mediane Gesamtpunktzahl am Ende jedes Jahres',
    en: 'Median overall score at the end of each year',
  },
  'eval.movement': {
    fr: 'Comment les scores ont bougé',
    nl: 'Hoe de scores veranderden',
    de: 'Wie sich die Punktzahlen verändert haben',
    en: 'How the scores moved',
  },
  'eval.movement_line': {
    fr: '{n} signataires ont envoyé au moins deux indices : {improved} ont progressé, {same} sont restés au même score, {declined} ont reculé. Variation médiane : {change, plural, one {# point} other {# points}}.',
    nl: '{n} ondertekenaars verstuurden minstens twee indexen: {improved} gingen vooruit, {same} bleven gelijk, {declined} gingen achteruit. Mediane verandering: {change, plural, one {# punt} other {# punten}}.',
    de: '{n} Unterzeichner haben mindestens zwei Indizes gesendet: {improved} haben sich verbessert, {same} sind gleich geblieben, {declined} haben sich verschlechtert. Mediane Veränderung: {change, plural, one {# Punkt} other {# Punkte}}.',
    en: '{n} signatories sent at least two indexes: {improved} improved, {same} stayed the same, {declined} went down. Median change: {change, plural, one {# point} other {# points}}.',
  },
  'eval.movement_suppressed': {
    fr: 'Moins de 5 signataires ont envoyé deux indices : l’évolution est masquée.',
    nl: 'Minder dan 5 ondertekenaars hebben twee indexen verstuurd: de verandering is verborgen.',
    de: 'Weniger als 5 Unterzeichner haben zwei Indizes gesendet: Die Veränderung ist ausgeblendet.',
    en: 'Fewer than 5 signatories have sent two indexes: the change is hidden.',
  },
  'eval.commitments': {
    fr: 'Les engagements les plus et les moins avancés',
    nl: 'De engagementen die het verst en het minst ver staan',
    de: 'Die Verpflichtungen mit dem meisten und dem wenigsten Fortschritt',
    en: 'The commitments most and least advanced',
  },
  'eval.commitments_line': {
    fr: 'D’après le dernier rapport de {n} signataires. Les plus avancés : {most}. Les moins avancés : {least}.',
    nl: 'Op basis van het laatste verslag van {n} ondertekenaars. Het verst: {most}. Het minst ver: {least}.',
    de: 'Nach dem letzten Bericht von {n} Unterzeichnern. Am weitesten: {most}. Am wenigsten weit: {least}.',
    en: 'From the latest report of {n} signatories. Most advanced: {most}. Least advanced: {least}.',
  },
  'eval.commitments_suppressed': {
    fr: 'Trop peu d’engagements peuvent être classés pour dire lesquels sont les plus et les moins avancés : il en faut au moins deux, chacun décrit dans cinq rapports au moins, et d’avancements différents.',
    nl: 'Te weinig engagementen kunnen gerangschikt worden om te zeggen welke het verst en het minst ver staan: er zijn er minstens twee nodig, elk beschreven in minstens vijf verslagen, en met een verschillende voortgang.',
    de: 'Zu wenige Verpflichtungen lassen sich vergleichen, um die am weitesten und am wenigsten weit fortgeschrittenen zu nennen: Es braucht mindestens zwei, jede in mindestens fünf Berichten beschrieben und mit unterschiedlichem Fortschritt.',
    en: 'Too few commitments can be ranked to say which are the most and the least advanced: it takes at least two, each described in at least five reports, with different progress.',
  },
  'eval.commitments_chart': {
    fr: 'Avancement médian de chaque engagement, en pour cent. Le tableau qui suit donne les mêmes chiffres.',
    nl: 'Mediane voortgang van elk engagement, in procent. De tabel hierna geeft dezelfde cijfers.',
    de: 'Medianer Fortschritt jeder Verpflichtung, in Prozent. Die folgende Tabelle enthält dieselben Zahlen.',
    en: 'Median progress of each commitment, in per cent. The table that follows gives the same figures.',
  },
  'eval.commitments_caption': {
    fr: 'Avancement médian par engagement, parmi les signataires qui y ont des objectifs',
    nl: 'Mediane voortgang per engagement, bij de ondertekenaars met doelen voor dat engagement',
    de: 'Medianer Fortschritt je Verpflichtung, bei den Unterzeichnern mit Zielen dafür',
    en: 'Median progress by commitment, among signatories with goals under it',
  },
});

import { defineMessages } from '../../../platform/i18n/define.ts';

/** Adopting a practice, and the targets it serves. */
export const adoptionMessages = defineMessages({
  'target.seniors': {
    fr: 'Personnes âgées',
    nl: 'Ouderen',
    de: 'Ältere Menschen',
    en: 'Older people',
  },
  'target.job_seekers': {
    fr: 'Demandeurs d’emploi',
    nl: 'Werkzoekenden',
    de: 'Arbeitsuchende',
    en: 'Job seekers',
  },
  'target.low_literacy': {
    fr: 'Personnes peu alphabétisées',
    nl: 'Laaggeletterden',
    de: 'Menschen mit geringer Lesekompetenz',
    en: 'People with low literacy',
  },
  'target.disabilities': {
    fr: 'Personnes en situation de handicap',
    nl: 'Personen met een handicap',
    de: 'Menschen mit Behinderung',
    en: 'People with disabilities',
  },
  'target.newcomers': {
    fr: 'Primo-arrivants et allophones',
    nl: 'Nieuwkomers en anderstaligen',
    de: 'Neuankömmlinge und Anderssprachige',
    en: 'Newcomers and non-native speakers',
  },
  'target.young_people': {
    fr: 'Jeunes',
    nl: 'Jongeren',
    de: 'Junge Menschen',
    en: 'Young people',
  },
  'target.low_income': {
    fr: 'Ménages à faibles revenus',
    nl: 'Gezinnen met een laag inkomen',
    de: 'Haushalte mit geringem Einkommen',
    en: 'Low-income households',
  },
  'adoption.count': {
    fr: 'Organisations qui l’ont adoptée : {n}',
    nl: 'Organisaties die deze praktijk hebben overgenomen: {n}',
    de: 'Organisationen, die dieses Praxisbeispiel übernommen haben: {n}',
    en: 'Organisations that adopted it: {n}',
  },
  'adoption.none': {
    fr: 'Aucune organisation ne l’a encore adoptée.',
    nl: 'Nog geen enkele organisatie heeft deze praktijk overgenomen.',
    de: 'Noch keine Organisation hat dieses Praxisbeispiel übernommen.',
    en: 'No organisation has adopted it yet.',
  },
  'adoption.more': {
    fr: '{n, plural, one {Et une autre organisation.} other {Et # autres organisations.}}',
    nl: '{n, plural, one {En nog een andere organisatie.} other {En nog # andere organisaties.}}',
    de: '{n, plural, one {Und eine weitere Organisation.} other {Und # weitere Organisationen.}}',
    en: '{n, plural, one {And one other organisation.} other {And # other organisations.}}',
  },
  'adoption.sign_in': {
    fr: 'Connectez-vous pour dire que votre organisation a adopté cette pratique',
    nl: 'Meld u aan om te laten weten dat uw organisatie deze praktijk heeft overgenomen',
    de: 'Melden Sie sich an, um anzugeben, dass Ihre Organisation dieses Praxisbeispiel übernommen hat',
    en: 'Sign in to say that your organisation adopted this practice',
  },
  'adoption.form_title': {
    fr: 'Votre organisation l’a adoptée ?',
    nl: 'Heeft uw organisatie deze praktijk overgenomen?',
    de: 'Hat Ihre Organisation dieses Praxisbeispiel übernommen?',
    en: 'Did your organisation adopt it?',
  },
  'adoption.form_intro': {
    fr: 'Dites-le, avec une note. Elle sera publique, ici et sur le profil des deux organisations.',
    nl: 'Laat het weten, met een toelichting. Die is openbaar, hier en op het profiel van beide organisaties.',
    de: 'Sagen Sie es, mit einer Notiz. Sie ist öffentlich, hier und im Profil beider Organisationen.',
    en: 'Say so, with a note. It will be public, here and on both organisations’ profiles.',
  },
  'adoption.organisation': {
    fr: 'Organisation',
    nl: 'Organisatie',
    de: 'Organisation',
    en: 'Organisation',
  },
  'adoption.note': {
    fr: 'Votre note',
    nl: 'Uw toelichting',
    de: 'Ihre Notiz',
    en: 'Your note',
  },
  'adoption.note_hint': {
    fr: 'Ce que vous avez repris, adapté ou appris. 1 000 caractères au plus.',
    nl: 'Wat u hebt overgenomen, aangepast of geleerd. Hoogstens 1000 tekens.',
    de: 'Was Sie übernommen, angepasst oder gelernt haben. Höchstens 1000 Zeichen.',
    en: 'What you took up, adapted or learned. 1,000 characters at most.',
  },
  'adoption.save': {
    fr: 'Nous l’avons adoptée',
    nl: 'Wij hebben ze overgenomen',
    de: 'Wir haben es übernommen',
    en: 'We adopted it',
  },
  'adoption.you_adopted': {
    fr: '{name} a adopté cette pratique.',
    nl: '{name} heeft deze praktijk overgenomen.',
    de: '{name} hat dieses Praxisbeispiel übernommen.',
    en: '{name} adopted this practice.',
  },
  'adoption.withdraw_for': {
    fr: 'Retirer l’adoption de {name}',
    nl: 'Overname door {name} intrekken',
    de: 'Übernahme durch {name} zurückziehen',
    en: 'Withdraw the adoption by {name}',
  },
  'adoption.members_only': {
    fr: 'Seuls les membres d’un autre signataire actif peuvent dire qu’ils l’ont adoptée.',
    nl: 'Alleen leden van een andere actieve ondertekenaar kunnen laten weten dat ze deze praktijk hebben overgenomen.',
    de: 'Nur Mitglieder eines anderen aktiven Unterzeichners können angeben, dass sie dieses Praxisbeispiel übernommen haben.',
    en: 'Only members of another active signatory can say they adopted it.',
  },
  'adoption.saved': {
    fr: 'Merci. L’adoption est enregistrée.',
    nl: 'Bedankt. De overname is geregistreerd.',
    de: 'Danke. Die Übernahme ist gespeichert.',
    en: 'Thank you. The adoption is recorded.',
  },
  'adoption.withdrawn': {
    fr: 'L’adoption est retirée.',
    nl: 'De overname is ingetrokken.',
    de: 'Die Übernahme ist zurückgezogen.',
    en: 'The adoption is withdrawn.',
  },
});

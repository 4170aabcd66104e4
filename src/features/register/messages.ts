import { defineMessages } from '../../platform/i18n/define.ts';

/** Every text of this feature, in the four languages side by side. */
export const messages = defineMessages({
  'nav.signatories': {
    fr: 'Signataires',
    nl: 'Ondertekenaars',
    de: 'Unterzeichner',
    en: 'Signatories',
  },
  'register.suspension_reason': {
    fr: '(raison du secrétariat : {reason})',
    nl: '(reden van het secretariaat: {reason})',
    de: '(Grund des Sekretariats: {reason})',
    en: '(the secretariat’s reason: {reason})',
  },
  'register.title': {
    fr: 'Les signataires',
    nl: 'De ondertekenaars',
    de: 'Die Unterzeichner',
    en: 'Signatories',
  },
  'register.intro': {
    fr: 'Les organisations qui ont signé la Charte, et ce qu’elles ont signé.',
    nl: 'De organisaties die het Charter hebben ondertekend, en wat ze hebben ondertekend.',
    de: 'Die Organisationen, die die Charta unterzeichnet haben, und was sie unterzeichnet haben.',
    en: 'The organisations that have signed the Charter, and what they signed.',
  },
  'register.search_label': {
    fr: 'Chercher des signataires',
    nl: 'Ondertekenaars zoeken',
    de: 'Unterzeichner suchen',
    en: 'Search signatories',
  },
  'register.q': {
    fr: 'Nom ou mot-clé',
    nl: 'Naam of trefwoord',
    de: 'Name oder Stichwort',
    en: 'Name or keyword',
  },
  'register.region': {
    fr: 'Région',
    nl: 'Gewest',
    de: 'Region',
    en: 'Region',
  },
  'register.year': {
    fr: 'Année de signature',
    nl: 'Jaar van ondertekening',
    de: 'Jahr der Unterzeichnung',
    en: 'Year signed',
  },
  'register.status': {
    fr: 'Statut',
    nl: 'Status',
    de: 'Status',
    en: 'Status',
  },
  'register.sort': {
    fr: 'Trier par',
    nl: 'Sorteren op',
    de: 'Sortieren nach',
    en: 'Sort by',
  },
  'register.sort_relevance': {
    fr: 'Pertinence',
    nl: 'Relevantie',
    de: 'Relevanz',
    en: 'Relevance',
  },
  'register.sort_name': {
    fr: 'Nom',
    nl: 'Naam',
    de: 'Name',
    en: 'Name',
  },
  'register.sort_newest': {
    fr: 'Signature la plus récente',
    nl: 'Recentste ondertekening',
    de: 'Neueste Unterzeichnung',
    en: 'Most recent signature',
  },
  'register.all': {
    fr: 'Tous',
    nl: 'Alle',
    de: 'Alle',
    en: 'All',
  },
  'register.search': {
    fr: 'Chercher',
    nl: 'Zoeken',
    de: 'Suchen',
    en: 'Search',
  },
  'register.count': {
    fr: '{n, plural, one {# organisation} other {# organisations}}',
    nl: '{n, plural, one {# organisatie} other {# organisaties}}',
    de: '{n, plural, one {# Organisation} other {# Organisationen}}',
    en: '{n, plural, one {# organisation} other {# organisations}}',
  },
  'register.empty': {
    fr: 'Aucune organisation ne correspond. Essayez moins de filtres.',
    nl: 'Geen organisaties gevonden. Probeer het met minder filters.',
    de: 'Keine passenden Organisationen gefunden. Versuchen Sie es mit weniger Filtern.',
    en: 'No organisations match. Try fewer filters.',
  },
  'register.signed_on': {
    fr: 'signée le {date}',
    nl: 'ondertekend op {date}',
    de: 'unterzeichnet am {date}',
    en: 'signed on {date}',
  },
  'register.open_data': {
    fr: 'Données ouvertes :',
    nl: 'Open data:',
    de: 'Offene Daten:',
    en: 'Open data:',
  },
  'register.logo_of': {
    fr: 'Logo de {name}',
    nl: 'Logo van {name}',
    de: 'Logo von {name}',
    en: 'Logo of {name}',
  },
  'register.date_signed': {
    fr: 'Date de signature',
    nl: 'Datum van ondertekening',
    de: 'Datum der Unterzeichnung',
    en: 'Date signed',
  },
  'referral.profile_label': {
    fr: 'Organisations amenées à la Charte',
    nl: 'Organisaties naar het Charter gebracht',
    de: 'Zur Charta gebrachte Organisationen',
    en: 'Organisations brought to the Charter',
  },
  'referral.profile_value': {
    fr: '{n, plural, one {# devenue signataire active} other {# devenues signataires actives}}',
    nl: '{n, plural, one {# werd actieve ondertekenaar} other {# werden actieve ondertekenaars}}',
    de: '{n, plural, one {# wurde aktiver Unterzeichner} other {# wurden aktive Unterzeichner}}',
    en: '{n, plural, one {# became an active signatory} other {# became active signatories}}',
  },
});

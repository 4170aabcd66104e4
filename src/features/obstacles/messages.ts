import { defineMessages } from '../../platform/i18n/define.ts';

/** Every text of this feature, in the four languages side by side. */
export const messages = defineMessages({
  'nav.obstacles': {
    fr: 'Obstacles',
    nl: 'Drempels',
    de: 'Hindernisse',
    en: 'Obstacles',
  },
  'obstacle.title': {
    fr: 'Les obstacles à l’inclusion numérique',
    nl: 'Drempels voor digitale inclusie',
    de: 'Hindernisse für die digitale Inklusion',
    en: 'Obstacles to digital inclusion',
  },
  'obstacle.intro': {
    fr: 'Ce qui empêche des personnes de participer à une société numérique. Les signataires les identifient ensemble et agissent pour les lever.',
    nl: 'Wat mensen belet deel te nemen aan een digitale samenleving. Ondertekenaars brengen ze samen in kaart en werken eraan om ze weg te nemen.',
    de: 'Was Menschen daran hindert, an einer digitalen Gesellschaft teilzuhaben. Die Unterzeichner erkennen sie gemeinsam und handeln, um sie abzubauen.',
    en: 'What keeps people from taking part in a digital society. Signatories identify them together and act to remove them.',
  },
  'obstacle.new': {
    fr: 'Nouvel obstacle',
    nl: 'Nieuwe drempel',
    de: 'Neues Hindernis',
    en: 'New obstacle',
  },
  'obstacle.edit': {
    fr: 'Modifier l’obstacle',
    nl: 'Drempel wijzigen',
    de: 'Hindernis bearbeiten',
    en: 'Edit the obstacle',
  },
  'obstacle.slug': {
    fr: 'Identifiant dans l’adresse',
    nl: 'Kenmerk in het adres',
    de: 'Kennung in der Adresse',
    en: 'Identifier in the address',
  },
  'obstacle.slug_hint': {
    fr: 'Lettres minuscules, chiffres et traits d’union, par exemple « pas-de-connexion ».',
    nl: 'Kleine letters, cijfers en koppeltekens, bijvoorbeeld ‘geen-verbinding’.',
    de: 'Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel „keine-verbindung“.',
    en: 'Lower-case letters, digits and hyphens, for example ‘no-connection’.',
  },
  'obstacle.name': {
    fr: 'Nom',
    nl: 'Naam',
    de: 'Name',
    en: 'Name',
  },
  'obstacle.description': {
    fr: 'Description',
    nl: 'Beschrijving',
    de: 'Beschreibung',
    en: 'Description',
  },
  'obstacle.every_language': {
    fr: 'Dans les quatre langues.',
    nl: 'In de vier talen.',
    de: 'In den vier Sprachen.',
    en: 'In all four languages.',
  },
  'obstacle.save': {
    fr: 'Enregistrer l’obstacle',
    nl: 'Drempel opslaan',
    de: 'Hindernis speichern',
    en: 'Save the obstacle',
  },
  'obstacle.saved': {
    fr: 'L’obstacle est enregistré.',
    nl: 'De drempel is opgeslagen.',
    de: 'Das Hindernis ist gespeichert.',
    en: 'The obstacle is saved.',
  },
  'err.obstacle.slug_invalid': {
    fr: 'Utilisez des lettres minuscules, des chiffres et des traits d’union.',
    nl: 'Gebruik kleine letters, cijfers en koppeltekens.',
    de: 'Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche.',
    en: 'Use lower-case letters, digits and hyphens.',
  },
  'err.obstacle.slug_taken': {
    fr: 'Un autre obstacle a déjà cet identifiant.',
    nl: 'Een andere drempel heeft dit kenmerk al.',
    de: 'Ein anderes Hindernis hat diese Kennung bereits.',
    en: 'Another obstacle already has this identifier.',
  },
  'obstacle.practices': {
    fr: '{n, plural, one {# bonne pratique contre cet obstacle} other {# bonnes pratiques contre cet obstacle}}',
    nl: '{n, plural, one {# goede praktijk tegen deze drempel} other {# goede praktijken tegen deze drempel}}',
    de: '{n, plural, one {# Praxisbeispiel gegen dieses Hindernis} other {# Praxisbeispiele gegen dieses Hindernis}}',
    en: '{n, plural, one {# good practice against this obstacle} other {# good practices against this obstacle}}',
  },
  'obstacle.all_practices': {
    fr: 'Voir toutes ces pratiques',
    nl: 'Al deze praktijken bekijken',
    de: 'Alle diese Praxisbeispiele ansehen',
    en: 'See all these practices',
  },
  'obstacle.joint_actions': {
    fr: '{n, plural, one {# action commune contre cet obstacle} other {# actions communes contre cet obstacle}}',
    nl: '{n, plural, one {# gezamenlijke actie tegen deze drempel} other {# gezamenlijke acties tegen deze drempel}}',
    de: '{n, plural, one {# gemeinsame Aktion gegen dieses Hindernis} other {# gemeinsame Aktionen gegen dieses Hindernis}}',
    en: '{n, plural, one {# joint action against this obstacle} other {# joint actions against this obstacle}}',
  },
  'obstacle.all_joint_actions': {
    fr: 'Voir toutes ces actions',
    nl: 'Al deze acties bekijken',
    de: 'Alle diese Aktionen ansehen',
    en: 'See all these actions',
  },
  'follow.sign_in': {
    fr: 'Connectez-vous pour suivre cet obstacle',
    nl: 'Meld u aan om deze drempel te volgen',
    de: 'Melden Sie sich an, um dieses Hindernis zu Ihren Themen hinzuzufügen',
    en: 'Sign in to follow this obstacle',
  },
});

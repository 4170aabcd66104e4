import { defineMessages } from '../../../platform/i18n/define.ts';

/** Sectors, regions, size bands and member roles: the words other features show about an organisation. */
export const domainMessages = defineMessages({
  'sector.private': {
    fr: 'Privé',
    nl: 'Privé',
    de: 'Privat',
    en: 'Private',
  },
  'sector.private.hint': {
    fr: 'Une entreprise.',
    nl: 'Een bedrijf.',
    de: 'Ein Unternehmen.',
    en: 'A company.',
  },
  'sector.public': {
    fr: 'Public',
    nl: 'Overheid',
    de: 'Öffentlich',
    en: 'Public',
  },
  'sector.public.hint': {
    fr: 'Une administration, une commune, une entreprise publique.',
    nl: 'Een overheidsdienst, een gemeente, een overheidsbedrijf.',
    de: 'Eine Verwaltung, eine Gemeinde, ein öffentliches Unternehmen.',
    en: 'A public administration, a municipality, a public company.',
  },
  'sector.associative': {
    fr: 'Associatif',
    nl: 'Non-profit',
    de: 'Gemeinnützig (VoG)',
    en: 'Non-profit',
  },
  'sector.associative.hint': {
    fr: 'Une ASBL, une fondation, une coopérative à finalité sociale.',
    nl: 'Een vzw, een stichting, een coöperatie met een sociaal oogmerk.',
    de: 'Eine VoG, eine Stiftung, eine Genossenschaft mit sozialer Zielsetzung.',
    en: 'A non-profit association (ASBL/VZW), a foundation, a social-purpose cooperative.',
  },
  'size_band.micro': {
    fr: 'Moins de 10 personnes',
    nl: 'Minder dan 10 personen',
    de: 'Weniger als 10 Personen',
    en: 'Fewer than 10 people',
  },
  'size_band.small': {
    fr: '10 à 49 personnes',
    nl: '10 tot 49 personen',
    de: '10 bis 49 Personen',
    en: '10 to 49 people',
  },
  'size_band.medium': {
    fr: '50 à 249 personnes',
    nl: '50 tot 249 personen',
    de: '50 bis 249 Personen',
    en: '50 to 249 people',
  },
  'size_band.large': {
    fr: '250 personnes ou plus',
    nl: '250 personen of meer',
    de: '250 Personen oder mehr',
    en: '250 people or more',
  },
  'region.brussels': {
    fr: 'Région de Bruxelles-Capitale',
    nl: 'Brussels Hoofdstedelijk Gewest',
    de: 'Region Brüssel-Hauptstadt',
    en: 'Brussels-Capital Region',
  },
  'region.flanders': {
    fr: 'Région flamande',
    nl: 'Vlaams Gewest',
    de: 'Flämische Region',
    en: 'Flemish Region',
  },
  'region.wallonia': {
    fr: 'Région wallonne',
    nl: 'Waals Gewest',
    de: 'Wallonische Region',
    en: 'Walloon Region',
  },
  'member_role.representative': {
    fr: 'Représentant de la direction',
    nl: 'Vertegenwoordiger van de directie',
    de: 'Vertreter der Leitung',
    en: 'Management representative',
  },
  'member_role.representative.hint': {
    fr: 'Peut signer la Charte au nom de l’organisation et inviter d’autres représentants.',
    nl: 'Kan het Charter ondertekenen namens de organisatie en andere vertegenwoordigers uitnodigen.',
    de: 'Kann die Charta im Namen der Organisation unterzeichnen und weitere Vertreter einladen.',
    en: 'Can sign the Charter on behalf of the organisation and invite other representatives.',
  },
  'member_role.editor': {
    fr: 'Éditeur',
    nl: 'Redacteur',
    de: 'Redakteur',
    en: 'Editor',
  },
  'member_role.editor.hint': {
    fr: 'Tient à jour les informations et le plan d’action, sans pouvoir signer.',
    nl: 'Houdt de gegevens en het actieplan bij, maar kan niet ondertekenen.',
    de: 'Hält die Angaben und den Aktionsplan aktuell, kann aber nicht unterzeichnen.',
    en: 'Keeps the details and the action plan up to date, but cannot sign.',
  },
});

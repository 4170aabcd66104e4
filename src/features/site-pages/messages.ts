import { defineMessages } from '../../platform/i18n/define.ts';

/** Every text of this feature, in the four languages side by side. */
export const messages = defineMessages({
  'site.accessibility': {
    fr: 'Déclaration d’accessibilité',
    nl: 'Toegankelijkheidsverklaring',
    de: 'Erklärung zur Barrierefreiheit',
    en: 'Accessibility statement',
  },
  'site.privacy': {
    fr: 'Vie privée',
    nl: 'Privacy',
    de: 'Datenschutz',
    en: 'Privacy notice',
  },
  'site.legal': {
    fr: 'Mentions légales',
    nl: 'Wettelijke vermeldingen',
    de: 'Impressum',
    en: 'Legal notice',
  },
  'site.contact': {
    fr: 'Contact',
    nl: 'Contact',
    de: 'Kontakt',
    en: 'Contact',
  },
  'site.contact_title': {
    fr: 'Contacter le secrétariat',
    nl: 'Het secretariaat contacteren',
    de: 'Das Sekretariat kontaktieren',
    en: 'Contact the secretariat',
  },
  'site.updated': {
    fr: 'Mise à jour le {date}.',
    nl: 'Bijgewerkt op {date}.',
    de: 'Aktualisiert am {date}.',
    en: 'Updated on {date}.',
  },
  'site.edit': {
    fr: 'Modifier cette page',
    nl: 'Deze pagina bewerken',
    de: 'Diese Seite bearbeiten',
    en: 'Edit this page',
  },
  'site.edit_short': {
    fr: 'Modifier',
    nl: 'Bewerken',
    de: 'Bearbeiten',
    en: 'Edit',
  },
  'site.admin_title': {
    fr: 'Pages du site',
    nl: 'Pagina’s van de website',
    de: 'Seiten der Website',
    en: 'Site pages',
  },
  'site.admin_intro': {
    fr: 'Chaque page du site montre ces liens en bas. Tant que vous ne les modifiez pas, elles gardent le texte fourni avec Inclusio. Complétez au moins la page de contact.',
    nl: 'Elke pagina toont deze links onderaan. Zolang u ze niet bewerkt, tonen ze de tekst die met Inclusio wordt meegeleverd. Vul minstens de contactpagina aan.',
    de: 'Jede Seite zeigt diese Links unten. Solange Sie sie nicht bearbeiten, zeigen sie den Text, der mit Inclusio geliefert wird. Ergänzen Sie mindestens die Kontaktseite.',
    en: 'Every page links to these at the bottom. Until you edit them, they show the text that comes with Inclusio. At least fill in the contact page.',
  },
  'site.default': {
    fr: 'texte fourni avec Inclusio',
    nl: 'tekst van Inclusio',
    de: 'Text von Inclusio',
    en: 'text that comes with Inclusio',
  },
  'site.edited': {
    fr: 'modifiée le {date}',
    nl: 'bewerkt op {date}',
    de: 'bearbeitet am {date}',
    en: 'edited on {date}',
  },
  'site.edit_title': {
    fr: 'Modifier la page « {page} »',
    nl: 'De pagina ‘{page}’ bewerken',
    de: 'Die Seite „{page}“ bearbeiten',
    en: 'Edit the page ‘{page}’',
  },
  'site.is_default': {
    fr: 'Cette page montre encore le texte fourni avec Inclusio. Relisez-le et adaptez-le à votre organisation.',
    nl: 'Deze pagina toont nog de tekst van Inclusio. Lees hem na en pas hem aan uw organisatie aan.',
    de: 'Diese Seite zeigt noch den Text von Inclusio. Lesen Sie ihn und passen Sie ihn an Ihre Organisation an.',
    en: 'This page still shows the text that comes with Inclusio. Read it and adapt it to your organisation.',
  },
  'site.field_body': {
    fr: 'Texte de la page',
    nl: 'Tekst van de pagina',
    de: 'Text der Seite',
    en: 'Text of the page',
  },
  'site.body_hint': {
    fr: 'En Markdown : ## avant un intertitre, - avant chaque point d’une liste, **gras**. Les liens commencent par https:// ou mailto:. Une langue laissée vide montre le texte d’une autre langue.',
    nl: 'In Markdown: ## voor een tussentitel, - voor elk punt van een lijst, **vet**. Links beginnen met https:// of mailto:. Een lege taal toont de tekst in een andere taal.',
    de: 'In Markdown: ## vor einer Zwischenüberschrift, - vor jedem Punkt einer Liste, **fett**. Links beginnen mit https:// oder mailto:. Eine leere Sprache zeigt den Text einer anderen Sprache.',
    en: 'In Markdown: ## before a heading, - before each item of a list, **bold**. Links start with https:// or mailto:. A language left empty shows the text of another.',
  },
  'site.save': {
    fr: 'Enregistrer la page',
    nl: 'Pagina opslaan',
    de: 'Seite speichern',
    en: 'Save the page',
  },
  'site.saved': {
    fr: 'La page est enregistrée.',
    nl: 'De pagina is opgeslagen.',
    de: 'Die Seite ist gespeichert.',
    en: 'The page is saved.',
  },
});

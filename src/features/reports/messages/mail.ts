import { defineMessages } from '../../../platform/i18n/define.ts';

/** The yearly report’s e-mails. */
export const mailMessages = defineMessages({
  'mail.report.reminder.subject': {
    fr: 'Rapport annuel {year} de {organisation} : à remettre le {due}',
    nl: 'Jaarverslag {year} van {organisation}: uiterlijk in te dienen op {due}',
    de: 'Jahresbericht {year} von {organisation}: einzureichen bis zum {due}',
    en: '{organisation}: yearly report {year}, due on {due}',
  },
  'mail.report.reminder.body': {
    fr: 'Bonjour {name},\n\nLe rapport annuel {year} de {organisation} est à remettre au plus tard le {due}.\n\nInclusio a déjà rassemblé vos chiffres. Il reste à écrire le mot de la direction et à envoyer :\n\n{link}\n\nInclusio',
    nl: 'Beste {name},\n\nHet jaarverslag {year} van {organisation} moet uiterlijk op {due} ingediend zijn.\n\nInclusio heeft uw cijfers al verzameld. U moet alleen nog de verklaring van de directie schrijven en het verslag versturen:\n\n{link}\n\nInclusio',
    de: 'Guten Tag {name},\n\nder Jahresbericht {year} von {organisation} ist bis zum {due} einzureichen.\n\nInclusio hat Ihre Zahlen schon gesammelt. Sie müssen nur noch die Erklärung der Leitung schreiben und den Bericht senden:\n\n{link}\n\nInclusio',
    en: 'Hello {name},\n\n{organisation}’s yearly report for {year} is due by {due}.\n\nWe have already gathered your figures. All that is left is to write the statement from senior management and send the report:\n\n{link}\n\nInclusio',
  },
  'mail.report.submitted.subject': {
    fr: 'Accusé de réception : rapport annuel {year} de {organisation}',
    nl: 'Ontvangstbewijs: jaarverslag {year} van {organisation}',
    de: 'Empfangsbestätigung: Jahresbericht {year} von {organisation}',
    en: 'Receipt: {organisation}’s yearly report for {year}',
  },
  'mail.report.submitted.body': {
    fr: 'Bonjour {name},\n\nNous avons bien reçu le rapport annuel {year} de {organisation}. Vous pouvez le lire et le télécharger en PDF ou en HTML :\n\n{link}\n\nMerci pour votre engagement.\n\nInclusio',
    nl: 'Beste {name},\n\nWe hebben het jaarverslag {year} van {organisation} goed ontvangen. U kunt het lezen en downloaden als pdf of html:\n\n{link}\n\nBedankt voor uw engagement.\n\nInclusio',
    de: 'Guten Tag {name},\n\nwir haben den Jahresbericht {year} von {organisation} erhalten. Sie können ihn lesen und als PDF oder HTML herunterladen:\n\n{link}\n\nDanke für Ihren Einsatz.\n\nInclusio',
    en: 'Hello {name},\n\nWe received {organisation}’s yearly report for {year}. You can read it and download it as PDF or HTML:\n\n{link}\n\nThank you for your commitment.\n\nInclusio',
  },
});

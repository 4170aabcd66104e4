import { defineMessages } from '../../../platform/i18n/define.ts';

/** The trust and safety checklist (commitment C8). */
export const safetyMessages = defineMessages({
  'safety.title': {
    fr: 'Confiance et sécurité',
    nl: 'Vertrouwen en veiligheid',
    de: 'Vertrauen und Sicherheit',
    en: 'Trust and safety',
  },
  'safety.intro': {
    fr: 'Les mesures qui protègent vos clients et bénéficiaires en ligne (engagement C8). Indiquez où vous en êtes pour chacune.',
    nl: 'De maatregelen die uw klanten en begunstigden online beschermen (engagement C8). Geef voor elke maatregel aan hoe ver u staat.',
    de: 'Die Maßnahmen, die Ihre Kunden und Begünstigten online schützen (Verpflichtung C8). Geben Sie für jede an, wie weit Sie sind.',
    en: 'The measures that protect your clients and beneficiaries online (commitment C8). Say how far you are with each.',
  },
  'safety.link': {
    fr: 'Liste des mesures de confiance et de sécurité',
    nl: 'Lijst van maatregelen voor vertrouwen en veiligheid',
    de: 'Liste der Maßnahmen für Vertrauen und Sicherheit',
    en: 'Trust and safety checklist',
  },
  'safety.status': {
    fr: 'Où en êtes-vous ?',
    nl: 'Hoe ver staat u?',
    de: 'Wie weit sind Sie?',
    en: 'How far are you?',
  },
  'safety.status.not_started': {
    fr: 'Pas encore',
    nl: 'Nog niet',
    de: 'Noch nicht',
    en: 'Not yet',
  },
  'safety.status.planned': {
    fr: 'Prévue',
    nl: 'Gepland',
    de: 'Geplant',
    en: 'Planned',
  },
  'safety.status.in_place': {
    fr: 'En place',
    nl: 'Ingevoerd',
    de: 'Umgesetzt',
    en: 'In place',
  },
  'safety.note': {
    fr: 'Note (facultative)',
    nl: 'Opmerking (niet verplicht)',
    de: 'Anmerkung (optional)',
    en: 'Note (optional)',
  },
  'safety.save': {
    fr: 'Enregistrer la liste',
    nl: 'De lijst opslaan',
    de: 'Liste speichern',
    en: 'Save the checklist',
  },
  'safety.measure.phishing_awareness': {
    fr: 'Informer les clients sur le phishing',
    nl: 'Klanten informeren over phishing',
    de: 'Kunden über Phishing informieren',
    en: 'Phishing awareness for clients',
  },
  'safety.measure.phishing_awareness.hint': {
    fr: 'Expliquer comment reconnaître un faux message et ce que vous ne demandez jamais.',
    nl: 'Uitleggen hoe ze een vals bericht herkennen en wat u nooit vraagt.',
    de: 'Erklären, wie man eine gefälschte Nachricht erkennt und was Sie nie verlangen.',
    en: 'Explain how to spot a fake message and what you never ask for.',
  },
  'safety.measure.secure_contact': {
    fr: 'Des canaux de contact sûrs',
    nl: 'Veilige contactkanalen',
    de: 'Sichere Kontaktwege',
    en: 'Secure contact channels',
  },
  'safety.measure.secure_contact.hint': {
    fr: 'Des adresses et numéros officiels, publiés et faciles à vérifier.',
    nl: 'Officiële adressen en nummers, gepubliceerd en makkelijk te controleren.',
    de: 'Offizielle Adressen und Nummern, veröffentlicht und leicht zu prüfen.',
    en: 'Official addresses and numbers, published and easy to check.',
  },
  'safety.measure.assisted_alternative': {
    fr: 'Une alternative assistée ou non numérique',
    nl: 'Een begeleid of niet-digitaal alternatief',
    de: 'Eine begleitete oder nicht digitale Alternative',
    en: 'An assisted or non-digital alternative',
  },
  'safety.measure.assisted_alternative.hint': {
    fr: 'Un guichet, un téléphone ou le papier restent possibles.',
    nl: 'Een loket, de telefoon of papier blijven mogelijk.',
    de: 'Schalter, Telefon oder Papier bleiben möglich.',
    en: 'A counter, the phone or paper stay available.',
  },
  'safety.measure.staff_security_training': {
    fr: 'Le personnel formé à la sécurité',
    nl: 'Personeel opgeleid in veiligheid',
    de: 'Personal in Sicherheit geschult',
    en: 'Staff trained in security',
  },
  'safety.measure.staff_security_training.hint': {
    fr: 'Pour aider les clients sans mettre leurs données en danger.',
    nl: 'Om klanten te helpen zonder hun gegevens in gevaar te brengen.',
    de: 'Um Kunden zu helfen, ohne ihre Daten zu gefährden.',
    en: 'So that they help clients without putting their data at risk.',
  },
  'safety.measure.fraud_reporting': {
    fr: 'Signaler une fraude facilement',
    nl: 'Fraude makkelijk melden',
    de: 'Betrug einfach melden',
    en: 'Easy fraud reporting',
  },
  'safety.measure.fraud_reporting.hint': {
    fr: 'Un moyen simple et connu de signaler un abus ou une arnaque.',
    nl: 'Een eenvoudige, bekende manier om misbruik of oplichting te melden.',
    de: 'Ein einfacher, bekannter Weg, Missbrauch oder Betrug zu melden.',
    en: 'A simple, well-known way to report abuse or a scam.',
  },
  'safety.measure.plain_privacy': {
    fr: 'La vie privée expliquée simplement',
    nl: 'Privacy eenvoudig uitgelegd',
    de: 'Datenschutz einfach erklärt',
    en: 'Privacy in plain language',
  },
  'safety.measure.plain_privacy.hint': {
    fr: 'Ce que vous faites des données, en langage clair.',
    nl: 'Wat u met gegevens doet, in duidelijke taal.',
    de: 'Was Sie mit Daten tun, in klarer Sprache.',
    en: 'What you do with data, explained clearly.',
  },
});

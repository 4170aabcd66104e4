import { defineMessages } from '../../platform/i18n/define.ts';

/** Every text of this feature, in the four languages side by side. */
export const messages = defineMessages({
  'home.sign_cta': {
    fr: 'Signer la Charte',
    nl: 'Het Charter ondertekenen',
    de: 'Die Charta unterzeichnen',
    en: 'Sign the Charter',
  },
  'home.sign_cta_hint': {
    fr: 'Créez un compte, inscrivez votre organisation et signez en ligne. Comptez 15 minutes.',
    nl: 'Maak een account aan, schrijf uw organisatie in en onderteken online. Reken op 15 minuten.',
    de: 'Erstellen Sie ein Konto, tragen Sie Ihre Organisation ein und unterzeichnen Sie online. Rechnen Sie mit 15 Minuten.',
    en: 'Create an account, register your organisation and sign online. It takes about 15 minutes.',
  },
  'home.title': {
    fr: 'Charte pour l’inclusion numérique en Belgique',
    nl: 'Charter voor digitale inclusie in België',
    de: 'Charta für die digitale Inklusion in Belgien',
    en: 'Charter for Digital Inclusion in Belgium',
  },
  'home.lead': {
    fr: 'Jusqu’à quatre Belges sur dix risquent d’être laissés de côté par une société de plus en plus numérique. Des entreprises, des services publics et des associations s’engagent ensemble à changer cela.',
    nl: 'Tot vier op de tien Belgen dreigen uit de boot te vallen in een samenleving die steeds digitaler wordt. Bedrijven, overheidsdiensten en verenigingen engageren zich samen om dat te veranderen.',
    de: 'Bis zu vier von zehn Menschen in Belgien laufen Gefahr, in einer immer digitaleren Gesellschaft abgehängt zu werden. Unternehmen, öffentliche Dienste und Vereinigungen (VoG) setzen sich gemeinsam dafür ein, das zu ändern.',
    en: 'Up to 4 in 10 Belgians risk being left behind as society becomes more and more digital. Businesses, public services and non-profit organisations are committing together to change this.',
  },
  'home.what_title': {
    fr: 'Qu’est-ce que la Charte ?',
    nl: 'Wat is het Charter?',
    de: 'Was ist die Charta?',
    en: 'What is the Charter?',
  },
  'home.what_body': {
    fr: 'Prendre rendez-vous, faire un virement, inscrire un enfant à l’école : tout se fait de plus en plus en ligne. Beaucoup de personnes n’ont pas les compétences, l’appareil ou la connexion pour le faire, ou s’inquiètent des arnaques. La Charte rassemble les organisations qui veulent aider chacun à trouver sa place dans ce monde numérique.',
    nl: 'Een afspraak maken, een overschrijving doen, een kind inschrijven op school: dat gebeurt steeds vaker online. Veel mensen hebben niet de vaardigheden, het toestel of de verbinding om dat te doen, of ze zijn bang voor oplichting. Het Charter brengt organisaties samen die iedereen willen helpen om een plaats te vinden in die digitale wereld.',
    de: 'Einen Termin vereinbaren, eine Überweisung machen, ein Kind in der Schule anmelden: Das geht immer öfter online. Vielen Menschen fehlen dafür die Kenntnisse, das Gerät oder die Verbindung, oder sie haben Angst vor Betrug. Die Charta bringt Organisationen zusammen, die allen helfen wollen, ihren Platz in dieser digitalen Welt zu finden.',
    en: 'Booking an appointment, making a bank transfer, enrolling a child at school: more and more of this happens online. Many people do not have the skills, the device or the connection to do it, or they worry about scams. The Charter brings together organisations that want to help everyone find their place in this digital world.',
  },
  'home.who_body': {
    fr: 'Toute organisation peut la signer : une entreprise privée, une administration ou une entreprise publique, une association. Sa direction s’engage, fixe des objectifs et rend compte des progrès chaque année.',
    nl: 'Elke organisatie kan het ondertekenen: een privébedrijf, een overheidsdienst of overheidsbedrijf, een vereniging. Haar directie engageert zich, stelt doelen en brengt elk jaar verslag uit over de voortgang.',
    de: 'Jede Organisation kann sie unterzeichnen: ein Privatunternehmen, eine Verwaltung oder ein öffentliches Unternehmen, eine Vereinigung (VoG). Ihre Leitung verpflichtet sich, setzt Ziele und berichtet jedes Jahr über die Fortschritte.',
    en: 'Any organisation can sign it: a private company, a public administration or public company, or a non-profit. Its senior management commits, sets goals and reports on progress every year.',
  },
  'home.commitments_title': {
    fr: 'Les neuf engagements',
    nl: 'De negen engagementen',
    de: 'Die neun Verpflichtungen',
    en: 'The 9 commitments',
  },
  'home.commitments_intro': {
    fr: 'En signant, une organisation promet de :',
    nl: 'Een organisatie die ondertekent, belooft het volgende:',
    de: 'Mit ihrer Unterschrift verspricht eine Organisation Folgendes:',
    en: 'By signing, an organisation promises to:',
  },
  'home.platform_title': {
    fr: 'Ce que fait Inclusio',
    nl: 'Wat Inclusio doet',
    de: 'Was Inclusio tut',
    en: 'What Inclusio does',
  },
  'home.platform_sign': {
    fr: 'Les organisations signent la Charte, et chacun peut vérifier leur signature.',
    nl: 'Organisaties ondertekenen het Charter en iedereen kan hun handtekening controleren.',
    de: 'Organisationen unterzeichnen die Charta, und alle können ihre Unterschrift prüfen.',
    en: 'Organisations sign the Charter, and anyone can check their signature.',
  },
  'home.platform_plan': {
    fr: 'Elles transforment les engagements en objectifs et en actions, et suivent leurs progrès.',
    nl: 'Ze zetten de engagementen om in doelen en acties, en volgen hun voortgang op.',
    de: 'Sie machen aus den Verpflichtungen Ziele und Maßnahmen und verfolgen ihre Fortschritte.',
    en: 'They turn the commitments into goals and actions, and track their progress.',
  },
  'home.platform_share': {
    fr: 'Elles partagent ce qui marche et s’unissent contre les obstacles.',
    nl: 'Ze delen wat werkt en bundelen hun krachten tegen drempels.',
    de: 'Sie teilen, was funktioniert, und schließen sich gegen Hindernisse zusammen.',
    en: 'They share what works and join forces against obstacles.',
  },
  'home.platform_measure': {
    fr: 'Elles mesurent leur inclusion numérique avec un indice.',
    nl: 'Ze meten hun digitale inclusie met een index.',
    de: 'Sie messen ihre digitale Inklusion mit einem Index.',
    en: 'They measure their digital inclusion with an index.',
  },
  'home.platform_report': {
    fr: 'Elles rendent compte chaque année ; après trois ans, les signataires évaluent ensemble la Charte.',
    nl: 'Ze brengen elk jaar verslag uit. Na drie jaar evalueren alle ondertekenaars samen het Charter.',
    de: 'Sie berichten jedes Jahr. Nach drei Jahren bewerten die Unterzeichner gemeinsam die Charta.',
    en: 'They report every year. After 3 years, the signatories evaluate the Charter together.',
  },
  'home.cta': {
    fr: 'Créer un compte',
    nl: 'Account aanmaken',
    de: 'Konto erstellen',
    en: 'Create an account',
  },
  'home.counters_title': {
    fr: 'Les signataires aujourd’hui',
    nl: 'De ondertekenaars vandaag',
    de: 'Die Unterzeichner heute',
    en: 'Signatories today',
  },
  'home.counters_total': {
    fr: 'Organisations signataires actives',
    nl: 'Actieve ondertekenende organisaties',
    de: 'Aktive unterzeichnende Organisationen',
    en: 'Active signatory organisations',
  },
  'home.register_link': {
    fr: 'Voir tous les signataires',
    nl: 'Alle ondertekenaars bekijken',
    de: 'Alle Unterzeichner ansehen',
    en: 'See all signatories',
  },
  'home.charter_link': {
    fr: 'Lire la Charte',
    nl: 'Het Charter lezen',
    de: 'Die Charta lesen',
    en: 'Read the Charter',
  },
  'nav.home': {
    fr: 'Accueil',
    nl: 'Startpagina',
    de: 'Startseite',
    en: 'Home',
  },
});

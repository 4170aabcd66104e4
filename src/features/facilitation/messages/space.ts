import { defineMessages } from '../../../platform/i18n/define.ts';

/** The digital helpers' space: what each person does here. */
export const spaceMessages = defineMessages({
  'facilitation.nav': {
    fr: 'Aidants numériques',
    nl: 'Digihelpers',
    de: 'Digitale Begleiter',
    en: 'Digital helpers',
  },
  'facilitation.title': {
    fr: 'Espace des aidants numériques',
    nl: 'Ruimte voor digihelpers',
    de: 'Bereich für digitale Begleiter',
    en: 'Digital helpers’ space',
  },
  'facilitation.intro': {
    fr: 'Notez vos accompagnements, signez la charte de déontologie et suivez vos chiffres. Rien ici ne permet de reconnaître les personnes que vous aidez.',
    nl: 'Noteer uw begeleidingen, onderteken de deontologische code en volg uw cijfers. Niets hier maakt herkenbaar wie u helpt.',
    de: 'Erfassen Sie Ihre Begleitungen, unterzeichnen Sie den Verhaltenskodex und verfolgen Sie Ihre Zahlen. Nichts hier lässt erkennen, wem Sie helfen.',
    en: 'Log your support sessions, sign the code of ethics and follow your figures. Nothing here identifies the people you help.',
  },
  'facilitation.nothing_yet': {
    fr: 'Vous n’êtes pas encore aidant numérique. Demandez à une structure porteuse de vous inviter. Si vous êtes membre d’une organisation, vous pouvez inviter ici ses aidants numériques.',
    nl: 'U bent nog geen digihelper. Vraag een dragende organisatie om u uit te nodigen. Bent u lid van een organisatie? Dan kunt u hier haar digihelpers uitnodigen.',
    de: 'Sie sind noch kein digitaler Begleiter. Bitten Sie eine Trägerorganisation, Sie einzuladen. Wenn Sie Mitglied einer Organisation sind, können Sie hier ihre digitalen Begleiter einladen.',
    en: 'You are not a digital helper yet. Ask a host organisation to invite you. If you are a member of an organisation, you can invite its digital helpers from here.',
  },
  'facilitation.as_helper': {
    fr: 'En tant qu’aidant numérique',
    nl: 'Als digihelper',
    de: 'Als digitaler Begleiter',
    en: 'As a digital helper',
  },
  'facilitation.as_manager': {
    fr: 'Structures porteuses que vous gérez',
    nl: 'Dragende organisaties die u beheert',
    de: 'Trägerorganisationen, die Sie verwalten',
    en: 'Host organisations you manage',
  },
  'facilitation.as_manager_hint': {
    fr: 'Invitez des aidants numériques, contresignez leur charte de déontologie et consultez les chiffres de votre structure.',
    nl: 'Nodig digihelpers uit, onderteken hun deontologische code mee en bekijk de cijfers van uw organisatie.',
    de: 'Laden Sie digitale Begleiter ein, zeichnen Sie ihren Verhaltenskodex gegen und sehen Sie die Zahlen Ihrer Organisation.',
    en: 'Invite digital helpers, countersign their code of ethics and see your organisation’s figures.',
  },
  'facilitation.as_coordinator': {
    fr: 'Réseaux que vous coordonnez',
    nl: 'Netwerken die u coördineert',
    de: 'Netzwerke, die Sie koordinieren',
    en: 'Networks you coordinate',
  },
  'facilitation.your_signatures': {
    fr: 'Votre signature de la charte de déontologie',
    nl: 'Uw handtekening onder de deontologische code',
    de: 'Ihre Unterschrift unter dem Verhaltenskodex',
    en: 'Your signature of the code of ethics',
  },
  'facilitation.sign_now': {
    fr: 'Signez la version {version} de la charte de déontologie',
    nl: 'Onderteken versie {version} van de deontologische code',
    de: 'Unterzeichnen Sie Fassung {version} des Verhaltenskodex',
    en: 'Sign version {version} of the code of ethics',
  },
  'facilitation.signed_on': {
    fr: 'Version {version} signée et contresignée le {date}',
    nl: 'Versie {version} ondertekend en medeondertekend op {date}',
    de: 'Fassung {version} unterzeichnet und gegengezeichnet am {date}',
    en: 'Version {version} signed and countersigned on {date}',
  },
  'facilitation.waiting_countersign': {
    fr: 'Signée. En attente de la contresignature d’une personne de la structure.',
    nl: 'Ondertekend. Wacht tot iemand van de organisatie medeondertekent.',
    de: 'Unterzeichnet. Wartet auf die Gegenzeichnung durch eine Person der Organisation.',
    en: 'Signed. Waiting for someone in the organisation to countersign.',
  },
});

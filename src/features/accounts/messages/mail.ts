import { defineMessages } from '../../../platform/i18n/define.ts';

/** The emails this feature sends. */
export const mailMessages = defineMessages({
  'mail.verify.subject': {
    fr: 'Confirmez votre adresse e-mail pour Inclusio',
    nl: 'Bevestig uw e-mailadres voor Inclusio',
    de: 'Bestätigen Sie Ihre E-Mail-Adresse für Inclusio',
    en: 'Confirm your email address for Inclusio',
  },
  'mail.verify.body': {
    fr: 'Bonjour {name},\n\nPour confirmer votre adresse et activer votre compte Inclusio, ouvrez ce lien :\n\n{link}\n\nLe lien reste valable 48 heures. Si vous n’avez pas créé de compte, ignorez ce message.\n\nInclusio',
    nl: 'Beste {name},\n\nOpen deze link om uw e-mailadres te bevestigen en uw Inclusio-account te activeren:\n\n{link}\n\nDe link is 48 uur geldig. Hebt u geen account aangemaakt? Dan kunt u dit bericht negeren.\n\nInclusio',
    de: 'Guten Tag {name},\n\nbitte öffnen Sie diesen Link, um Ihre Adresse zu bestätigen und Ihr Inclusio-Konto zu aktivieren:\n\n{link}\n\nDer Link ist 48 Stunden gültig. Wenn Sie kein Konto erstellt haben, ignorieren Sie diese Nachricht.\n\nInclusio',
    en: 'Hello {name},\n\nTo confirm your email address and activate your Inclusio account, open this link:\n\n{link}\n\nThe link works for 48 hours. If you did not create an account, ignore this email.\n\nInclusio',
  },
  'mail.exists.subject': {
    fr: 'Vous avez déjà un compte Inclusio',
    nl: 'U hebt al een Inclusio-account',
    de: 'Sie haben schon ein Inclusio-Konto',
    en: 'You already have an Inclusio account',
  },
  'mail.exists.body': {
    fr: 'Bonjour {name},\n\nQuelqu’un a voulu créer un compte Inclusio avec votre adresse. Vous en avez déjà un. Connectez-vous ici :\n\n{link}\n\nMot de passe oublié ? Utilisez « J’ai oublié mon mot de passe » sur cette page. Si ce n’était pas vous, ignorez ce message.\n\nInclusio',
    nl: 'Beste {name},\n\nIemand wilde een Inclusio-account aanmaken met uw e-mailadres. U hebt al een account. Meld u hier aan:\n\n{link}\n\nWachtwoord vergeten? Kies dan ‘Ik ben mijn wachtwoord vergeten’ op die pagina. Was u dit niet? Dan kunt u dit bericht negeren.\n\nInclusio',
    de: 'Guten Tag {name},\n\njemand wollte mit Ihrer Adresse ein Inclusio-Konto erstellen. Sie haben schon ein Konto. Melden Sie sich hier an:\n\n{link}\n\nPasswort vergessen? Wählen Sie auf dieser Seite „Ich habe mein Passwort vergessen“. Wenn Sie das nicht waren, ignorieren Sie diese Nachricht.\n\nInclusio',
    en: 'Hello {name},\n\nSomeone tried to create an Inclusio account with your email address. You already have one. Sign in here:\n\n{link}\n\nForgotten your password? Use ‘I’ve forgotten my password’ on that page. If this was not you, ignore this email.\n\nInclusio',
  },
  'mail.reset.subject': {
    fr: 'Choisissez un nouveau mot de passe Inclusio',
    nl: 'Kies een nieuw wachtwoord voor Inclusio',
    de: 'Wählen Sie ein neues Passwort für Inclusio',
    en: 'Choose a new Inclusio password',
  },
  'mail.reset.body': {
    fr: 'Bonjour {name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien :\n\n{link}\n\nLe lien reste valable une heure. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n\nInclusio',
    nl: 'Beste {name},\n\nOpen deze link om een nieuw wachtwoord te kiezen:\n\n{link}\n\nDe link is één uur geldig. Hebt u niets gevraagd? Dan kunt u dit bericht negeren: uw wachtwoord blijft hetzelfde.\n\nInclusio',
    de: 'Guten Tag {name},\n\num ein neues Passwort zu wählen, öffnen Sie diesen Link:\n\n{link}\n\nDer Link ist eine Stunde gültig. Wenn Sie nichts angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.\n\nInclusio',
    en: 'Hello {name},\n\nTo choose a new password, open this link:\n\n{link}\n\nThe link works for 1 hour. If you did not ask for this, ignore this email: your password will not change.\n\nInclusio',
  },
  'mail.digest.subject': {
    fr: 'Inclusio : les nouveautés de la semaine sur ce que vous suivez',
    nl: 'Inclusio: het nieuws van de week over wat u volgt',
    de: 'Inclusio: die Neuigkeiten der Woche zu Ihren Themen',
    en: 'Inclusio: this week’s news about what you follow',
  },
  'mail.digest.intro': {
    fr: 'Bonjour,\n\nVoici ce qui est paru cette semaine sur les obstacles et engagements que vous suivez.',
    nl: 'Goedendag,\n\nDit verscheen deze week over de drempels en engagementen die u volgt.',
    de: 'Guten Tag,\n\nDas ist diese Woche zu den Hindernissen und Verpflichtungen erschienen, die zu Ihren Themen gehören.',
    en: 'Hello,\n\nHere is what appeared this week about the obstacles and commitments you follow.',
  },
  'mail.digest.practices': {
    fr: 'Bonnes pratiques publiées :',
    nl: 'Gepubliceerde goede praktijken:',
    de: 'Veröffentlichte Praxisbeispiele:',
    en: 'Good practices published:',
  },
  'mail.digest.joint_actions': {
    fr: 'Actions communes proposées :',
    nl: 'Voorgestelde gezamenlijke acties:',
    de: 'Vorgeschlagene gemeinsame Aktionen:',
    en: 'Joint actions proposed:',
  },
  'mail.digest.manage': {
    fr: 'Pour choisir ce que vous suivez, ou ne plus rien recevoir : {link}',
    nl: 'Om te kiezen wat u volgt, of niets meer te ontvangen: {link}',
    de: 'Um Ihre Themen zu wählen oder nichts mehr zu erhalten: {link}',
    en: 'To choose what you follow, or to receive nothing more: {link}',
  },
});

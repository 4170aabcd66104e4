import { defineMessages } from '../../../platform/i18n/define.ts';

/** How the audit log names what this feature records. */
export const auditMessages = defineMessages({
  'audit.action.auth.sign_in.success': {
    fr: 'Connexion réussie',
    nl: 'Aanmelding gelukt',
    de: 'Anmeldung erfolgreich',
    en: 'Signed in',
  },
  'audit.action.auth.sign_in.failure': {
    fr: 'Connexion refusée',
    nl: 'Aanmelding geweigerd',
    de: 'Anmeldung abgelehnt',
    en: 'Sign-in refused',
  },
  'audit.action.auth.sign_up': {
    fr: 'Compte créé',
    nl: 'Account aangemaakt',
    de: 'Konto erstellt',
    en: 'Account created',
  },
  'audit.action.auth.email_verified': {
    fr: 'Adresse e-mail confirmée',
    nl: 'E-mailadres bevestigd',
    de: 'E-Mail-Adresse bestätigt',
    en: 'Email address confirmed',
  },
  'audit.action.auth.password.changed': {
    fr: 'Mot de passe changé',
    nl: 'Wachtwoord gewijzigd',
    de: 'Passwort geändert',
    en: 'Password changed',
  },
  'audit.action.auth.password.reset': {
    fr: 'Mot de passe réinitialisé',
    nl: 'Wachtwoord opnieuw ingesteld',
    de: 'Passwort zurückgesetzt',
    en: 'Password reset',
  },
  'audit.action.auth.sign_out_everywhere': {
    fr: 'Déconnexion de toutes les sessions',
    nl: 'Afgemeld uit alle sessies',
    de: 'Von allen Sitzungen abgemeldet',
    en: 'Signed out of all sessions',
  },
  'audit.action.user.created': {
    fr: 'Compte créé par la ligne de commande',
    nl: 'Account aangemaakt via de opdrachtregel',
    de: 'Konto über die Kommandozeile erstellt',
    en: 'Account created from the command line',
  },
});

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
  'audit.action.signature.identity_changed': {
    fr: 'Identité vérifiée modifiée',
    nl: 'Gecontroleerde identiteit gewijzigd',
    de: 'Geprüfte Identität geändert',
    en: 'Verified identity changed',
  },
  'audit.action.signature.suspended': {
    fr: 'Signature suspendue',
    nl: 'Handtekening geschorst',
    de: 'Unterschrift ausgesetzt',
    en: 'Signature suspended',
  },
  'audit.action.signature.suspension_lifted': {
    fr: 'Suspension levée',
    nl: 'Schorsing opgeheven',
    de: 'Aussetzung aufgehoben',
    en: 'Suspension lifted',
  },
  'audit.action.signature.revoked': {
    fr: 'Signature révoquée',
    nl: 'Handtekening herroepen',
    de: 'Unterschrift widerrufen',
    en: 'Signature revoked',
  },
  'audit.action.signature.signed': {
    fr: 'Charte signée',
    nl: 'Charter ondertekend',
    de: 'Charta unterzeichnet',
    en: 'Charter signed',
  },
  'audit.action.signature.info_requested': {
    fr: 'Informations demandées',
    nl: 'Informatie gevraagd',
    de: 'Informationen angefordert',
    en: 'Information requested',
  },
  'audit.action.signature.info_provided': {
    fr: 'Informations fournies',
    nl: 'Informatie bezorgd',
    de: 'Informationen geliefert',
    en: 'Information provided',
  },
  'audit.action.signature.verified': {
    fr: 'Signature vérifiée',
    nl: 'Handtekening gecontroleerd',
    de: 'Unterschrift geprüft',
    en: 'Signature verified',
  },
  'audit.action.signature.rejected': {
    fr: 'Signature refusée',
    nl: 'Handtekening geweigerd',
    de: 'Unterschrift abgelehnt',
    en: 'Signature rejected',
  },
  'audit.action.signature.withdrawn': {
    fr: 'Signature retirée',
    nl: 'Handtekening ingetrokken',
    de: 'Unterschrift zurückgezogen',
    en: 'Signature withdrawn',
  },
  'audit.action.signature.lapsed': {
    fr: 'Signature expirée',
    nl: 'Handtekening vervallen',
    de: 'Unterschrift erloschen',
    en: 'Signature lapsed',
  },
  'audit.action.signature.non_reporting': {
    fr: 'Rapport annuel en retard',
    nl: 'Jaarverslag te laat',
    de: 'Jahresbericht überfällig',
    en: 'Yearly report late',
  },
  'audit.action.signature.reinstated': {
    fr: 'Signature de nouveau active après un rapport en retard',
    nl: 'Handtekening weer actief na een laattijdig verslag',
    de: 'Unterschrift wieder aktiv nach einem verspäteten Bericht',
    en: 'Signature active again after a late report',
  },
});

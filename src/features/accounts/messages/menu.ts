import { defineMessages } from '../../../platform/i18n/define.ts';

/** Its entries in the site's menu: the account, signing in and out, signing up. */
export const menuMessages = defineMessages({
  'nav.account': {
    fr: 'Mon compte',
    nl: 'Mijn account',
    de: 'Mein Konto',
    en: 'Your account',
  },
  'nav.sign_out': {
    fr: 'Se déconnecter',
    nl: 'Afmelden',
    de: 'Abmelden',
    en: 'Sign out',
  },
  'nav.sign_in': {
    fr: 'Se connecter',
    nl: 'Aanmelden',
    de: 'Anmelden',
    en: 'Sign in',
  },
  'nav.sign_up': {
    fr: 'Créer un compte',
    nl: 'Account aanmaken',
    de: 'Konto erstellen',
    en: 'Create an account',
  },
});

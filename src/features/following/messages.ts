import { defineMessages } from '../../platform/i18n/define.ts';

/** Every text of this feature, in the four languages side by side. */
export const messages = defineMessages({
  'follow.title': {
    fr: 'Mes abonnements',
    nl: 'Mijn abonnementen',
    de: 'Meine Themen',
    en: 'My subscriptions',
  },
  'follow.intro': {
    fr: 'Chaque lundi, vous recevez un e-mail avec les bonnes pratiques publiées et les actions communes proposées sur ce que vous suivez. Rien quand il n’y a rien de neuf.',
    nl: 'Elke maandag krijgt u een e-mail met de gepubliceerde goede praktijken en voorgestelde gezamenlijke acties over wat u volgt. Niets als er niets nieuws is.',
    de: 'Jeden Montag erhalten Sie eine E-Mail mit den veröffentlichten Praxisbeispielen und den vorgeschlagenen gemeinsamen Aktionen zu Ihren Themen. Nichts, wenn es nichts Neues gibt.',
    en: 'Every Monday you get an email listing the good practices published and joint actions proposed about what you follow. Nothing when there is nothing new.',
  },
  'follow.obstacles': {
    fr: 'Obstacles',
    nl: 'Drempels',
    de: 'Hindernisse',
    en: 'Obstacles',
  },
  'follow.commitments': {
    fr: 'Engagements de la Charte',
    nl: 'Engagementen van het Charter',
    de: 'Verpflichtungen der Charta',
    en: 'Charter commitments',
  },
  'follow.save': {
    fr: 'Enregistrer mes choix',
    nl: 'Mijn keuzes opslaan',
    de: 'Meine Auswahl speichern',
    en: 'Save my choices',
  },
  'follow.saved': {
    fr: 'Vos choix sont enregistrés.',
    nl: 'Uw keuzes zijn opgeslagen.',
    de: 'Ihre Auswahl ist gespeichert.',
    en: 'Your choices are saved.',
  },
  'follow.this_obstacle': {
    fr: 'Suivre cet obstacle',
    nl: 'Deze drempel volgen',
    de: 'Dieses Hindernis zu meinen Themen hinzufügen',
    en: 'Follow this obstacle',
  },
  'follow.you_follow': {
    fr: 'Vous suivez cet obstacle.',
    nl: 'U volgt deze drempel.',
    de: 'Dieses Hindernis gehört zu Ihren Themen.',
    en: 'You follow this obstacle.',
  },
  'follow.stop': {
    fr: 'Ne plus le suivre',
    nl: 'Niet meer volgen',
    de: 'Aus meinen Themen entfernen',
    en: 'Stop following it',
  },
  'follow.manage': {
    fr: 'Tous mes abonnements',
    nl: 'Al mijn abonnementen',
    de: 'Alle meine Themen',
    en: 'All my subscriptions',
  },
  'follow.followed': {
    fr: 'Vous suivez cet obstacle : vous recevrez les nouveautés chaque lundi.',
    nl: 'U volgt deze drempel: u krijgt het nieuws elke maandag.',
    de: 'Dieses Hindernis gehört jetzt zu Ihren Themen: Neuigkeiten kommen jeden Montag.',
    en: 'You follow this obstacle: news comes every Monday.',
  },
  'follow.unfollowed': {
    fr: 'Vous ne suivez plus cet obstacle.',
    nl: 'U volgt deze drempel niet meer.',
    de: 'Dieses Hindernis gehört nicht mehr zu Ihren Themen.',
    en: 'You no longer follow this obstacle.',
  },
  'nav.following': {
    fr: 'Mes abonnements',
    nl: 'Mijn abonnementen',
    de: 'Meine Themen',
    en: 'My subscriptions',
  },
});

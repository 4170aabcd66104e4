import { defineMessages } from '../../platform/i18n/define.ts';

/** Every text of this feature, in the four languages side by side. */
export const messages = defineMessages({
  'start.title': {
    fr: 'Vos premières étapes',
    nl: 'Uw eerste stappen',
    de: 'Ihre ersten Schritte',
    en: 'Your first steps',
  },
  'start.lead': {
    fr: 'Pour que votre organisation signe la Charte, suivez ces étapes dans l’ordre. Chaque étape est marquée comme faite dès qu’elle l’est.',
    nl: 'Volg deze stappen in volgorde om het Charter voor uw organisatie te ondertekenen. Elke stap wordt als klaar aangeduid zodra hij klaar is.',
    de: 'Damit Ihre Organisation die Charta unterzeichnet, folgen Sie diesen Schritten der Reihe nach. Jeder Schritt wird als erledigt markiert, sobald er es ist.',
    en: 'To have your organisation sign the Charter, follow these steps in order. Each step is marked as done as soon as it is.',
  },
  'start.for': {
    fr: 'Pour {organisation}.',
    nl: 'Voor {organisation}.',
    de: 'Für {organisation}.',
    en: 'For {organisation}.',
  },
  'start.progress': {
    fr: '{done, plural, one {# étape faite} other {# étapes faites}} sur {total}.',
    nl: '{done} van de {total} stappen klaar.',
    de: '{done} von {total} Schritten erledigt.',
    en: '{done} of {total} steps done.',
  },
  'start.next': {
    fr: 'Prochaine étape : {task}.',
    nl: 'Volgende stap: {task}.',
    de: 'Nächster Schritt: {task}.',
    en: 'Next step: {task}.',
  },
  'start.all_done': {
    fr: 'Toutes les étapes sont faites. Votre organisation est signataire : continuez votre plan d’action.',
    nl: 'Alle stappen zijn klaar. Uw organisatie is ondertekenaar: werk verder aan uw actieplan.',
    de: 'Alle Schritte sind erledigt. Ihre Organisation ist Unterzeichner: Arbeiten Sie weiter an Ihrem Aktionsplan.',
    en: 'Every step is done. Your organisation is a signatory: carry on with your action plan.',
  },
  'start.invited': {
    fr: 'Vous avez reçu une invitation de votre organisation ? Ouvrez son lien : vous rejoindrez votre organisation sans l’inscrire à nouveau.',
    nl: 'Heeft een collega u uitgenodigd? Open de link in de uitnodiging: zo sluit u zich aan bij uw organisatie zonder ze opnieuw in te schrijven.',
    de: 'Hat eine Kollegin oder ein Kollege Sie eingeladen? Öffnen Sie den Link in der Einladung: So treten Sie Ihrer Organisation bei, ohne sie neu einzutragen.',
    en: 'Invited by a colleague? Open the link in their invitation: you will join your organisation without registering it again.',
  },
  'start.task.register': {
    fr: 'Inscrire votre organisation',
    nl: 'Uw organisatie inschrijven',
    de: 'Ihre Organisation eintragen',
    en: 'Register your organisation',
  },
  'start.task.invite': {
    fr: 'Inviter vos collègues',
    nl: 'Uw collega’s uitnodigen',
    de: 'Ihre Kolleginnen und Kollegen einladen',
    en: 'Invite your colleagues',
  },
  'start.task.sign': {
    fr: 'Signer la Charte',
    nl: 'Het Charter ondertekenen',
    de: 'Die Charta unterzeichnen',
    en: 'Sign the Charter',
  },
  'start.task.verification': {
    fr: 'Attendre la vérification',
    nl: 'Wachten op de controle',
    de: 'Auf die Prüfung warten',
    en: 'Wait for verification',
  },
  'start.task.plan': {
    fr: 'Faire votre premier plan',
    nl: 'Uw eerste plan maken',
    de: 'Ihren ersten Plan erstellen',
    en: 'Make your first plan',
  },
  'start.hint.register': {
    fr: 'Son nom, son numéro d’entreprise et où elle se trouve. Environ 5 minutes.',
    nl: 'Naam, ondernemingsnummer en waar ze gevestigd is. Ongeveer 5 minuten.',
    de: 'Name, Unternehmensnummer und Sitz. Etwa 5 Minuten.',
    en: 'Its name, enterprise number and where it is. About 5 minutes.',
  },
  'start.hint.invite': {
    fr: 'Un représentant de la direction doit signer. Invitez-le si ce n’est pas vous, ainsi que les personnes qui tiendront le plan d’action.',
    nl: 'Een vertegenwoordiger van de directie moet ondertekenen. Nodig die persoon uit als u het niet bent, en ook wie het actieplan zal bijhouden.',
    de: 'Ein Vertreter der Leitung muss unterzeichnen. Laden Sie ihn ein, wenn Sie es nicht selbst sind, und alle, die den Aktionsplan pflegen.',
    en: 'A senior management representative must sign. Invite them if that is not you, and the people who will keep the action plan.',
  },
  'start.hint.sign': {
    fr: 'Un représentant de la direction lit la Charte et signe, sur une seule page.',
    nl: 'Een vertegenwoordiger van de directie leest het Charter en ondertekent, op één pagina.',
    de: 'Ein Vertreter der Leitung liest die Charta und unterzeichnet, auf einer einzigen Seite.',
    en: 'A senior management representative reads the Charter and signs, on a single page.',
  },
  'start.hint.verification': {
    fr: 'Le secrétariat vérifie chaque signature, en général sous 5 jours ouvrables. Vous recevez un e-mail.',
    nl: 'Het secretariaat controleert elke handtekening, meestal binnen 5 werkdagen. U krijgt een e-mail.',
    de: 'Das Sekretariat prüft jede Unterschrift, meist innerhalb von 5 Arbeitstagen. Sie erhalten eine E-Mail.',
    en: 'The secretariat verifies each signature, usually within 5 working days. You will get an email.',
  },
  'start.hint.plan': {
    fr: 'Ajoutez un premier objectif à votre plan d’action. Vous pouvez commencer avant la vérification.',
    nl: 'Voeg een eerste doel toe aan uw actieplan. U kunt al vóór de controle beginnen.',
    de: 'Fügen Sie Ihrem Aktionsplan ein erstes Ziel hinzu. Sie können schon vor der Prüfung beginnen.',
    en: 'Add a first goal to your action plan. You can start before verification.',
  },
  'start.status.done': {
    fr: 'Fait',
    nl: 'Klaar',
    de: 'Erledigt',
    en: 'Done',
  },
  'start.status.todo': {
    fr: 'À faire',
    nl: 'Te doen',
    de: 'Zu erledigen',
    en: 'To do',
  },
  'start.status.waiting': {
    fr: 'En cours',
    nl: 'Bezig',
    de: 'In Bearbeitung',
    en: 'In progress',
  },
  'start.status.cannot_start': {
    fr: 'Pas encore possible',
    nl: 'Nog niet mogelijk',
    de: 'Noch nicht möglich',
    en: 'Cannot start yet',
  },
});

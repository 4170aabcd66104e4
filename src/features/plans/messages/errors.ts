import { defineMessages } from '../../../platform/i18n/define.ts';

/** What the action plan refuses, and why. */
export const errorsMessages = defineMessages({
  'err.plan.due_before_start': {
    fr: 'L’échéance doit venir après le début.',
    nl: 'De einddatum moet na de begindatum liggen.',
    de: 'Die Frist muss nach dem Beginn liegen.',
    en: 'The deadline must be after the start date.',
  },
  'err.plan.future_date': {
    fr: 'La date d’une mise à jour ne peut pas être dans le futur.',
    nl: 'De datum van een update mag niet in de toekomst liggen.',
    de: 'Das Datum einer Aktualisierung darf nicht in der Zukunft liegen.',
    en: 'The date of an update cannot be in the future.',
  },
  'err.plan.evidence_invalid': {
    fr: 'Donnez au plus 10 liens, chacun commençant par https:// ou http://, un par ligne.',
    nl: 'Geef hoogstens 10 links, één per regel. Elke link begint met https:// of http://.',
    de: 'Geben Sie höchstens 10 Links an, einen pro Zeile. Jeder Link beginnt mit https:// oder http://.',
    en: 'Give 10 links at most, one per line. Each link must start with https:// or http://.',
  },
  'err.training.audience_required': {
    fr: 'Choisissez le public de la session.',
    nl: 'Kies de doelgroep van de sessie.',
    de: 'Wählen Sie die Zielgruppe der Schulung.',
    en: 'Choose who the session was for.',
  },
  'err.safety.status_required': {
    fr: 'Choisissez où vous en êtes pour cette mesure.',
    nl: 'Kies hoe ver u staat met deze maatregel.',
    de: 'Wählen Sie, wie weit Sie mit dieser Maßnahme sind.',
    en: 'Choose how far you are with this measure.',
  },
});

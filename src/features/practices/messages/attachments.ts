import { defineMessages } from '../../../platform/i18n/define.ts';

/** A practice’s PDF attachments. */
export const attachmentsMessages = defineMessages({
  'attachment.title': {
    fr: 'Documents',
    nl: 'Documenten',
    de: 'Dokumente',
    en: 'Documents',
  },
  'attachment.none': {
    fr: 'Aucun document pour l’instant.',
    nl: 'Nog geen documenten.',
    de: 'Noch keine Dokumente.',
    en: 'No documents yet.',
  },
  'attachment.file': {
    fr: 'Document PDF à ajouter',
    nl: 'Pdf-document om toe te voegen',
    de: 'PDF-Dokument hinzufügen',
    en: 'PDF document to add',
  },
  'attachment.file_hint': {
    fr: 'Un PDF de 5 Mo au plus, 5 documents par pratique. Le secrétariat relit la pratique avant de la publier avec ce document.',
    nl: 'Een pdf van hoogstens 5 MB, hoogstens 5 documenten per praktijk. Het secretariaat leest de praktijk na voor ze met dit document gepubliceerd wordt.',
    de: 'Ein PDF mit höchstens 5 MB, höchstens 5 Dokumente pro Praxisbeispiel. Das Sekretariat prüft das Praxisbeispiel, bevor es mit diesem Dokument veröffentlicht wird.',
    en: 'A PDF of 5 MB or less, up to 5 documents per practice. The secretariat reads the practice again before publishing it with this document.',
  },
  'attachment.add': {
    fr: 'Ajouter le document',
    nl: 'Document toevoegen',
    de: 'Dokument hinzufügen',
    en: 'Add the document',
  },
  'attachment.remove': {
    fr: 'Supprimer',
    nl: 'Verwijderen',
    de: 'Löschen',
    en: 'Remove',
  },
  'attachment.remove_named': {
    fr: 'Supprimer {name}',
    nl: '{name} verwijderen',
    de: '{name} löschen',
    en: 'Remove {name}',
  },
  'attachment.limit_reached': {
    fr: 'Cette pratique a déjà {n} documents, le maximum. Supprimez-en un pour en ajouter un autre.',
    nl: 'Deze praktijk heeft al {n} documenten, het maximum. Verwijder er een om een ander toe te voegen.',
    de: 'Dieses Praxisbeispiel hat schon {n} Dokumente, das ist das Maximum. Löschen Sie eines, um ein anderes hinzuzufügen.',
    en: 'This practice already has {n} documents, the most it can have. Remove one to add another.',
  },
  'attachment.added': {
    fr: 'Le document est ajouté. Le secrétariat va relire la pratique avant de la publier.',
    nl: 'Het document is toegevoegd. Het secretariaat leest de praktijk na voor ze gepubliceerd wordt.',
    de: 'Das Dokument ist hinzugefügt. Das Sekretariat prüft das Praxisbeispiel vor der Veröffentlichung.',
    en: 'The document is added. The secretariat will read the practice again before publishing it.',
  },
  'attachment.removed': {
    fr: 'Le document est supprimé.',
    nl: 'Het document is verwijderd.',
    de: 'Das Dokument ist gelöscht.',
    en: 'The document is removed.',
  },
});

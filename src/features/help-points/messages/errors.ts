import { defineMessages } from '../../../platform/i18n/define.ts';

/** What a help point's form refuses, and why. The lists' labels are content (content/help-points/lists.json). */
export const errorsMessages = defineMessages({
  'err.helppoint.kind_unknown': {
    fr: 'Choisissez le type de lieu dans la liste.',
    nl: 'Kies het soort plek in de lijst.',
    de: 'Wählen Sie die Art des Ortes aus der Liste.',
    en: 'Choose the kind of place from the list.',
  },
  'err.helppoint.choice_unknown': {
    fr: 'Un des choix cochés n’existe pas. Rechargez la page et cochez de nouveau.',
    nl: 'Een van de aangevinkte keuzes bestaat niet. Laad de pagina opnieuw en vink opnieuw aan.',
    de: 'Eine der angekreuzten Auswahlen gibt es nicht. Laden Sie die Seite neu und kreuzen Sie erneut an.',
    en: 'One of the ticked choices does not exist. Reload the page and tick again.',
  },
  'err.helppoint.outside_belgium': {
    fr: 'Ces coordonnées ne sont pas en Belgique. Laissez-les vides : le code postal suffit.',
    nl: 'Deze coördinaten liggen niet in België. Laat ze leeg: de postcode volstaat.',
    de: 'Diese Koordinaten liegen nicht in Belgien. Lassen Sie sie leer: Die Postleitzahl genügt.',
    en: 'These coordinates are not in Belgium. Leave them empty: the postcode is enough.',
  },
  'err.helppoint.near_invalid': {
    fr: 'Cette position n’est pas lisible. Écrivez votre code postal ou votre commune.',
    nl: 'Deze locatie is niet leesbaar. Schrijf uw postcode of gemeente.',
    de: 'Dieser Standort ist nicht lesbar. Schreiben Sie Ihre Postleitzahl oder Gemeinde.',
    en: 'This position cannot be read. Write your postcode or commune.',
  },
  'err.helppoint.phone_invalid': {
    fr: 'Écrivez un numéro de téléphone avec des chiffres, par exemple 02 123 45 67 ou +32 2 123 45 67.',
    nl: 'Schrijf een telefoonnummer met cijfers, bijvoorbeeld 02 123 45 67 of +32 2 123 45 67.',
    de: 'Schreiben Sie eine Telefonnummer mit Ziffern, zum Beispiel 087 12 34 56 oder +32 87 12 34 56.',
    en: 'Write a phone number in digits, for example 02 123 45 67 or +32 2 123 45 67.',
  },
  'err.helppoint.url_invalid': {
    fr: 'Écrivez une adresse web complète, qui commence par https://.',
    nl: 'Schrijf een volledig webadres dat begint met https://.',
    de: 'Schreiben Sie eine vollständige Webadresse, die mit https:// beginnt.',
    en: 'Write a full web address, starting with https://.',
  },
  'err.hours.time_invalid': {
    fr: 'Écrivez l’heure comme 09:00 ou 16:30.',
    nl: 'Schrijf het uur als 09:00 of 16:30.',
    de: 'Schreiben Sie die Uhrzeit als 09:00 oder 16:30.',
    en: 'Write the time as 09:00 or 16:30.',
  },
  'err.hours.order': {
    fr: 'L’heure de fin doit venir après l’heure de début.',
    nl: 'Het einduur moet na het beginuur komen.',
    de: 'Die Endzeit muss nach der Anfangszeit liegen.',
    en: 'The closing time must come after the opening time.',
  },
  'err.hours.overlap': {
    fr: 'L’après-midi doit commencer après la fin de la matinée.',
    nl: 'De namiddag moet beginnen na het einde van de voormiddag.',
    de: 'Der Nachmittag muss nach dem Ende des Vormittags beginnen.',
    en: 'The afternoon must start after the morning ends.',
  },
  'err.hours.too_many': {
    fr: 'Il y a trop de plages horaires ou d’exceptions. Gardez-en au plus deux par jour et 60 exceptions.',
    nl: 'Er zijn te veel tijdvakken of uitzonderingen. Houd er hoogstens twee per dag en 60 uitzonderingen.',
    de: 'Es gibt zu viele Zeitfenster oder Ausnahmen. Höchstens zwei pro Tag und 60 Ausnahmen.',
    en: 'There are too many time slots or exceptions. Keep at most two a day and 60 exceptions.',
  },
  'err.hours.date_twice': {
    fr: 'Une même date est donnée deux fois dans les exceptions.',
    nl: 'Dezelfde datum staat twee keer bij de uitzonderingen.',
    de: 'Dasselbe Datum steht zweimal bei den Ausnahmen.',
    en: 'The same date is given twice in the exceptions.',
  },
});

import { defineMessages } from '../../platform/i18n/define.ts';

/** Every text of this feature, in the four languages side by side. */
export const messages = defineMessages({
  'nav.admin_templates': {
    fr: 'Objectifs suggérés',
    nl: 'Voorgestelde doelen',
    de: 'Vorgeschlagene Ziele',
    en: 'Suggested goals',
  },
  'templates.title': {
    fr: 'Objectifs suggérés',
    nl: 'Voorgestelde doelen',
    de: 'Vorgeschlagene Ziele',
    en: 'Suggested goals',
  },
  'templates.intro': {
    fr: 'Proposez aux signataires des objectifs prêts à l’emploi, par engagement. Un signataire en adopte un en un clic, puis l’adapte. Seuls les objectifs publiés sont visibles.',
    nl: 'Stel ondertekenaars kant-en-klare doelen voor, per engagement. Een ondertekenaar neemt er één over met één klik en past het daarna aan. Alleen gepubliceerde doelen zijn zichtbaar.',
    de: 'Schlagen Sie den Unterzeichnern fertige Ziele vor, je Verpflichtung. Ein Unterzeichner übernimmt eines mit einem Klick und passt es dann an. Nur veröffentlichte Ziele sind sichtbar.',
    en: 'Offer signatories ready-made goals, per commitment. A signatory adopts one in a click, then adapts it. Only published goals can be seen.',
  },
  'templates.new': {
    fr: 'Nouvel objectif suggéré',
    nl: 'Nieuw voorgesteld doel',
    de: 'Neues vorgeschlagenes Ziel',
    en: 'New suggested goal',
  },
  'templates.edit': {
    fr: 'Modifier l’objectif suggéré',
    nl: 'Voorgesteld doel wijzigen',
    de: 'Vorgeschlagenes Ziel bearbeiten',
    en: 'Edit the suggested goal',
  },
  'templates.none': {
    fr: 'Aucun objectif suggéré pour l’instant.',
    nl: 'Nog geen voorgestelde doelen.',
    de: 'Noch keine vorgeschlagenen Ziele.',
    en: 'No suggested goals yet.',
  },
  'templates.field_title': {
    fr: 'Titre de l’objectif',
    nl: 'Titel van het doel',
    de: 'Titel des Ziels',
    en: 'Title of the goal',
  },
  'templates.title_hint': {
    fr: 'Par exemple : « Former 30 % du personnel aux compétences numériques de base ». Écrivez-le dans autant de langues que possible.',
    nl: 'Bijvoorbeeld: ‘30% van het personeel opleiden in digitale basisvaardigheden’. Schrijf het in zoveel mogelijk talen.',
    de: 'Zum Beispiel: „30 % des Personals in digitalen Grundkompetenzen schulen“. Schreiben Sie es in möglichst vielen Sprachen.',
    en: 'For example: ‘Train 30% of staff in basic digital skills’. Write it in as many languages as you can.',
  },
  'templates.state': {
    fr: 'État',
    nl: 'Status',
    de: 'Stand',
    en: 'State',
  },
  'templates.published': {
    fr: 'Publié',
    nl: 'Gepubliceerd',
    de: 'Veröffentlicht',
    en: 'Published',
  },
  'templates.draft': {
    fr: 'Brouillon',
    nl: 'Ontwerp',
    de: 'Entwurf',
    en: 'Draft',
  },
  'templates.adopted_count': {
    fr: 'Adopté par',
    nl: 'Overgenomen door',
    de: 'Übernommen von',
    en: 'Adopted by',
  },
  'templates.publish': {
    fr: 'Publier : les signataires le voient dans leur plan',
    nl: 'Publiceren: ondertekenaars zien het in hun plan',
    de: 'Veröffentlichen: die Unterzeichner sehen es in ihrem Plan',
    en: 'Publish: signatories see it in their plan',
  },
  'templates.save': {
    fr: 'Enregistrer l’objectif suggéré',
    nl: 'Voorgesteld doel opslaan',
    de: 'Vorgeschlagenes Ziel speichern',
    en: 'Save the suggested goal',
  },
  'templates.saved': {
    fr: 'L’objectif suggéré est enregistré.',
    nl: 'Het voorgestelde doel is opgeslagen.',
    de: 'Das vorgeschlagene Ziel ist gespeichert.',
    en: 'The suggested goal is saved.',
  },
  'templates.suggestions': {
    fr: 'Objectifs suggérés par le secrétariat ({n})',
    nl: 'Doelen voorgesteld door het secretariaat ({n})',
    de: 'Vom Sekretariat vorgeschlagene Ziele ({n})',
    en: 'Goals suggested by the secretariat ({n})',
  },
  'templates.adopt': {
    fr: 'Adopter',
    nl: 'Overnemen',
    de: 'Übernehmen',
    en: 'Adopt',
  },
  'templates.adopted': {
    fr: 'L’objectif est ajouté à votre plan. Adaptez-le maintenant : il reste privé tant que vous ne le rendez pas public.',
    nl: 'Het doel is aan uw plan toegevoegd. Pas het nu aan: het blijft privé zolang u het niet openbaar maakt.',
    de: 'Das Ziel wurde Ihrem Plan hinzugefügt. Passen Sie es jetzt an: Es bleibt privat, bis Sie es öffentlich machen.',
    en: 'The goal is added to your plan. Adapt it now: it stays private until you make it public.',
  },
});

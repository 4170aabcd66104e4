import fs from 'node:fs';
import path from 'node:path';
import { todayIn } from '../../platform/clock.ts';
import { labelOf } from '../../platform/i18n/labelled-lists.ts';
import type { HelpPointLists } from './lists.ts';
import type { HelpPoint } from './queries/points.ts';

/**
 * The data·inclusion v1 export (https://www.data.inclusion.beta.gouv.fr), the schema France's national map of
 * help places uses: each help point is a `structure`, and each service it offers is a `service` of it. The
 * schemas are French: the Belgian export keeps every field and adapts two (docs/help-points.md): `code_postal`
 * holds a 4-digit Belgian postcode, and `code_insee` would hold the commune's 5-digit NIS code, which the
 * shipped postcode list does not give, so it is null. Texts are in French, the reference language.
 */

const DIR = path.resolve(import.meta.dirname, '../../../content/help-points/data-inclusion');
type Schema = Record<string, unknown> & { properties: Record<string, unknown> };
const read = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(DIR, `${name}.schema.json`), 'utf8')) as Schema;

/** A data·inclusion schema as the Belgian export follows it: `code_postal` is four digits, not five. */
export function belgianSchema(name: 'structure' | 'service'): Schema {
  const schema = read(name);
  schema.properties.code_postal = {
    anyOf: [{ type: 'string', pattern: '^\\d{4}$', minLength: 4, maxLength: 4 }, { type: 'null' }],
    default: null,
    title: 'Code postal (Belgique, 4 chiffres)',
  };
  return schema;
}

export const SOURCE = 'inclusio';

const NETWORKS: Partial<Record<string, string[]>> = {
  town_hall: ['communes'],
  cpas: ['ccas-cias'],
  epn: ['espaces-publics-numeriques'],
};
const THEMES: Record<string, string> = {
  online_procedures: 'numerique--acceder-a-des-services-en-ligne',
  eid_itsme: 'numerique--acceder-a-des-services-en-ligne',
  print_scan: 'numerique--acceder-a-des-services-en-ligne',
  card_reader: 'numerique--acceder-a-des-services-en-ligne',
  computer_access: 'numerique--acceder-a-une-connexion-internet',
  wifi: 'numerique--acceder-a-une-connexion-internet',
  device_lending: 'numerique--acquerir-un-equipement',
  workshops: 'numerique--maitriser-les-fondamentaux-du-numerique',
  phone_tablet: 'numerique--maitriser-les-fondamentaux-du-numerique',
  safety: 'numerique--maitriser-les-fondamentaux-du-numerique',
};
const TYPES: Record<string, string> = {
  workshops: 'atelier',
  computer_access: 'aide-materielle',
  wifi: 'aide-materielle',
  print_scan: 'aide-materielle',
  card_reader: 'aide-materielle',
  device_lending: 'aide-materielle',
  safety: 'information',
};
const PUBLICS: Record<string, string> = {
  older_people: 'seniors',
  job_seekers: 'demandeurs-emploi',
  newcomers: 'personnes-exilees',
  disabilities: 'personnes-en-situation-de-handicap',
  young_people: 'jeunes',
  everyone: 'tous-publics',
};

const id = (p: HelpPoint) => `${SOURCE}--${p.id}`;
/** 3 to 150 characters, not ending with a full stop, as the schema asks. */
const nom = (name: string, commune: string) => {
  const n = name.replace(/\.+$/, '');
  return (n.length >= 3 ? n : `${n} (${commune})`).slice(0, 150);
};
const orNull = <T>(v: T | null | undefined | '') => (v === undefined || v === '' ? null : v);

/** Where the point is and how to reach it: the same fields in a structure and in each of its services. */
const place = (p: HelpPoint) => ({
  adresse: p.street,
  code_postal: p.postcode,
  code_insee: null,
  commune: p.commune,
  latitude: p.lat,
  longitude: p.lon,
  telephone: orNull(p.phone),
  courriel: orNull(p.email),
  horaires_accueil: orNull(p.hours),
});

/** One help point as a data·inclusion structure. */
export function structureOf(p: HelpPoint, pageUrl: string) {
  const description = p.description || p.summary;
  return {
    source: SOURCE,
    id: id(p),
    nom: nom(p.name, p.commune),
    date_maj: todayIn(p.updatedAt),
    ...place(p),
    complement_adresse: null,
    site_web: orNull(p.website),
    lien_source: pageUrl,
    description: description.length >= 5 ? description : null,
    accessibilite_lieu: null,
    reseaux_porteurs: NETWORKS[p.kind] ?? null,
    siret: null,
  };
}

/** A help point's services, each a data·inclusion service of its structure. */
export function servicesOf(p: HelpPoint, lists: HelpPointLists, pageUrl: string) {
  const publics = [...new Set(p.audiences.map((a) => PUBLICS[a]).filter((x): x is string => !!x))];
  const modes = [
    ...(p.access !== 'appointment' ? ['se-presenter'] : []),
    ...(p.phone ? ['telephoner'] : []),
    ...(p.email ? ['envoyer-un-courriel'] : []),
    ...(p.bookingUrl ? ['utiliser-lien-mobilisation'] : []),
  ];
  return p.services.map((code) => {
    const label = labelOf(lists.services, code, 'fr');
    return {
      source: SOURCE,
      structure_id: id(p),
      id: `${id(p)}--${code}`,
      nom: nom(label, p.commune),
      description: p.summary || label,
      date_maj: todayIn(p.updatedAt),
      type: TYPES[code] ?? 'accompagnement',
      thematiques: THEMES[code] ? [THEMES[code]] : null,
      frais: p.free ? 'gratuit' : 'payant',
      publics: publics.length ? publics : null,
      modes_accueil: ['en-presentiel'],
      modes_mobilisation: modes.length ? modes : null,
      mobilisable_par: ['usagers', 'professionnels'],
      lien_mobilisation: orNull(p.bookingUrl),
      lien_source: pageUrl,
      ...place(p),
    };
  });
}

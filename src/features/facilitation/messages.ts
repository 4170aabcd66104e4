import { defineMessages } from '../../platform/i18n/define.ts';
import { errorsMessages } from './messages/errors.ts';
import { figuresMessages } from './messages/figures.ts';
import { logMessages } from './messages/log.ts';
import { logPagesMessages } from './messages/log-pages.ts';
import { spaceMessages } from './messages/space.ts';
import { teamMessages } from './messages/team.ts';

/** Every text of this feature, in the four languages side by side; its lists, errors and mail in messages/. */
export const messages = {
  ...errorsMessages,
  ...logMessages,
  ...spaceMessages,
  ...logPagesMessages,
  ...figuresMessages,
  ...teamMessages,
  ...defineMessages({
    'ethics.nav': {
      fr: 'Charte des aidants numériques',
      nl: 'Deontologische code van digihelpers',
      de: 'Verhaltenskodex der digitalen Begleiter',
      en: 'Digital helpers’ code of ethics',
    },
    'ethics.version': {
      fr: 'Version {version}',
      nl: 'Versie {version}',
      de: 'Version {version}',
      en: 'Version {version}',
    },
    'ethics.print': {
      fr: 'Télécharger la version à afficher (PDF)',
      nl: 'De versie om op te hangen downloaden (pdf)',
      de: 'Die Fassung zum Aushängen herunterladen (PDF)',
      en: 'Download the version to put on the wall (PDF)',
    },
    'ethics.print_hint': {
      fr: 'Un point d’aide peut l’imprimer et l’afficher, pour que chaque personne sache ce qu’elle peut attendre.',
      nl: 'Een digipunt kan ze afdrukken en ophangen, zodat bezoekers weten wat ze mogen verwachten.',
      de: 'Eine Anlaufstelle kann sie ausdrucken und aushängen, damit alle wissen, was sie erwarten dürfen.',
      en: 'A help point can print it and put it up, so that everyone knows what they can expect.',
    },
    'ethics.pdf_footer': {
      fr: 'Inclusio · Charte pour l’inclusion numérique en Belgique · {url}',
      nl: 'Inclusio · Charter voor digitale inclusie in België · {url}',
      de: 'Inclusio · Charta für die digitale Inklusion in Belgien · {url}',
      en: 'Inclusio · Charter for Digital Inclusion in Belgium · {url}',
    },
  }),
};

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Labelled, readLabelledLists } from '../../platform/i18n/labelled-lists.ts';

/**
 * A help point's closed lists (kinds, services, accessibility, audiences, languages spoken) are content, in four
 * languages, so that the secretariat may add one without a release. Codes are stored and exported.
 */
export const LISTS_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../content/help-points/lists.json',
);

export type HelpPointLists = { version: number } & Record<
  'kinds' | 'services' | 'accessibility' | 'audiences' | 'languages',
  Labelled[]
>;

export function readHelpPointLists(file = LISTS_FILE): HelpPointLists {
  return readLabelledLists(file, {
    kinds: { noun: 'kind', last: 'other' },
    services: { noun: 'service' },
    accessibility: { noun: 'accessibility feature' },
    audiences: { noun: 'audience', last: 'everyone' },
    languages: { noun: 'language' },
  });
}

import { errorsMessages } from './messages/errors.ts';
import { importMessages } from './messages/import.ts';
import { manageMessages } from './messages/manage.ts';
import { pagesMessages } from './messages/pages.ts';
import { reportsMessages } from './messages/reports.ts';

/** Every text of the help points, in the four languages side by side; their lists are content. */
export const messages = {
  ...errorsMessages,
  ...pagesMessages,
  ...manageMessages,
  ...reportsMessages,
  ...importMessages,
};

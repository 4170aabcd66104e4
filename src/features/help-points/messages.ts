import { errorsMessages } from './messages/errors.ts';
import { pagesMessages } from './messages/pages.ts';

/** Every text of the help points, in the four languages side by side; their lists are content. */
export const messages = { ...errorsMessages, ...pagesMessages };

/** One message in the four languages, side by side: a language left out fails tsc. */
export interface Texts {
  readonly fr: string;
  readonly nl: string;
  readonly de: string;
  readonly en: string;
}

/**
 * A feature's messages, checked for their four languages and kept with their literal keys, so that the keys
 * of every feature together make the type of a message key.
 */
export const defineMessages = <M extends Record<string, Texts>>(messages: M): M => messages;

import { z } from 'zod';
import { notFound } from '../../platform/http/errors.ts';
import { gatherLocalized, localizedFields, oneLanguageAtLeast } from '../../platform/http/fields.ts';
import { SITE_PAGES, type SitePage } from './schema.ts';

/** The longest text in one language: a privacy notice is long, but not a book. */
export const SITE_PAGE_MAX = 20_000;

export const sitePageSchema = z
  .object(localizedFields('body', SITE_PAGE_MAX))
  .refine(...oneLanguageAtLeast('body'))
  .transform((v) => gatherLocalized(v, 'body'));

const slugs = z.enum(SITE_PAGES);
/** A page name from the URL: any other name is simply a page that does not exist. */
export function slugParam(value: unknown): SitePage {
  const r = slugs.safeParse(value);
  if (!r.success) throw notFound();
  return r.data;
}

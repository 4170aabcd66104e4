import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MenuEntry } from '../feature.ts';
import type { FieldErrors } from '../http/validate.ts';
import type { Locale, MessageKey, Params, T } from '../i18n/index.ts';

export interface ViewUser {
  id: string;
  name: string;
  role: 'user' | 'admin';
}

export interface Flash {
  kind: 'success' | 'info';
  key: MessageKey;
  params?: Params;
  /** The id of the element the message is about: it shows there (FlashHere) instead of at the top. */
  at?: string;
}

/** Everything a component may need about the current request, given once to the whole page tree. */
export interface ViewContext {
  locale: Locale;
  t: T;
  /** The current URL without its language prefix, e.g. `/account?x=1`. */
  pathInLocale: string;
  user: ViewUser | null;
  csrfToken: () => string;
  asset: (name: string) => string;
  flash: Flash | null;
  requestId: string;
  /** The site's menu, from the features' declarations (see platform/feature.ts). */
  menu: readonly MenuEntry[];
}

export const ViewCtx = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const v = useContext(ViewCtx);
  if (!v) throw new Error('ViewCtx missing: render pages through reply.page()');
  return v;
}

/** Values and errors of one form, so that fields find their own. */
export interface FormState {
  values: Record<string, string | undefined>;
  errors: FieldErrors;
  /** What some messages need to say (the length limit of a text that is too long), by field. */
  params?: Partial<Record<string, Params>>;
}

export const emptyForm = (values: Record<string, string | undefined> = {}): FormState => ({
  values,
  errors: {},
});

export const FormCtx = createContext<FormState>(emptyForm());

/** Builds a link to a page in the current language: href('/account') → '/fr/account'. */
export function useHref(): (path: string) => string {
  const { locale } = useView();
  return (path) => `/${locale}${path === '/' ? '' : path}`;
}

import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ErrorCode, MessageKey, Params } from '../i18n/index.ts';
import { FormCtx, useView } from './context.ts';

// The parts every field of form.tsx is made of: its id, its label (its own or the form's declaration), its
// hint and error, and the shell that puts them around the control.

export const fieldId = (name: string) => `f-${name}`;

/** What a label, legend or hint says: a catalog message, or text that comes from content (a question). */
export type Words = MessageKey | { text: string };
export const say = (t: (k: MessageKey) => string, w: Words) => (typeof w === 'string' ? t(w) : w.text);

/**
 * A form's fields, declared once: field name → label, in the order the error summary lists them. Given to
 * `Form` (each field takes its label from it) and to `ErrorSummary` (each link is named by it).
 */
export type FieldLabels = Readonly<Record<string, Words>>;
export const LabelsCtx = createContext<FieldLabels>({});

/** A field's label: its own, or the one its form declares. */
export function useLabel(name: string, own: Words | undefined): Words {
  const declared = useContext(LabelsCtx)[name];
  const label = own ?? declared;
  // Every field is labelled (WCAG 1.3.1): a field its form does not declare is a mistake in the page.
  if (!label) throw new Error(`field ${name} has no label: give it one, or declare it in the form's fields`);
  return label;
}

/** A field's hint and its error message, with the ids that aria-describedby points at. */
export function HintAndError(p: { id: string; hint?: Words; error?: ErrorCode; params?: Params }) {
  const { t } = useView();
  return (
    <>
      {p.hint && (
        <p class="hint" id={`${p.id}-hint`}>
          {say(t, p.hint)}
        </p>
      )}
      {p.error && (
        <p class="field-error" id={`${p.id}-error`}>
          <span class="visually-hidden">{t('form.error_prefix')} </span>
          {t(`err.${p.error}`, p.params)}
        </p>
      )}
    </>
  );
}

/** Label, hint and error of one field; the control itself comes as a function of its id and description. */
export function FieldShell(p: {
  name: string;
  label?: Words;
  hint?: Words;
  control: (a: { id: string; describedBy?: string; invalid?: 'true'; value?: string }) => ComponentChildren;
  suffix?: string;
  /** More controls inside the field, after the input (a "not applicable" box). */
  after?: ComponentChildren;
}) {
  const { t } = useView();
  const form = useContext(FormCtx);
  const label = useLabel(p.name, p.label);
  const id = fieldId(p.name);
  const error = form.errors[p.name];
  const describedBy =
    [p.hint && `${id}-hint`, error && `${id}-error`, p.suffix && `${id}-unit`].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{say(t, label)}</label>
      <HintAndError id={id} hint={p.hint} error={error} params={form.params?.[p.name]} />
      {p.control({ id, describedBy, invalid: error ? 'true' : undefined, value: form.values[p.name] })}
      {p.suffix && (
        <span class="unit" id={`${id}-unit`}>
          {p.suffix}
        </span>
      )}
      {p.after}
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { type ErrorCode, LOCALES, type MessageKey } from '../i18n/index.ts';
import { FormCtx, type FormState, useView, type ViewContext } from './context.ts';
import {
  type FieldLabels,
  FieldShell,
  fieldId,
  HintAndError,
  LabelsCtx,
  say,
  useLabel,
  type Words,
} from './field-shell.tsx';

export type { FieldLabels, Words };

/** The pages whose error summary lists errors: reply.page's title says so first (see showsFormErrors). */
const withErrors = new WeakSet<ViewContext>();
/** Whether the page rendered with this context showed a form's errors in its error summary. */
export const showsFormErrors = (view: ViewContext) => withErrors.has(view);

/** A form that posts with its CSRF token. Browser validation is off: the server's messages are the ones shown. */
export function Form(props: {
  action: string;
  form?: FormState;
  children: ComponentChildren;
  class?: string;
  method?: 'post' | 'get';
  label?: string;
  /** For forms with a file field. */
  multipart?: boolean;
  /** The form's fields and their labels, declared once (the error summary takes the same). */
  fields?: FieldLabels;
}) {
  const { csrfToken } = useView();
  const method = props.method ?? 'post';
  return (
    <LabelsCtx.Provider value={props.fields ?? {}}>
      <FormCtx.Provider value={props.form ?? { values: {}, errors: {} }}>
        <form
          action={props.action}
          method={method}
          noValidate
          class={props.class}
          aria-label={props.label}
          enctype={props.multipart ? 'multipart/form-data' : undefined}
        >
          {method === 'post' && <input type="hidden" name="_csrf" value={csrfToken()} />}
          {props.children}
        </form>
      </FormCtx.Provider>
    </LabelsCtx.Provider>
  );
}

/**
 * The GOV.UK-style error summary, shown first: one link per field in error, named by its label, in the
 * order of `fields` (the form's declaration). Errors about the whole form come first, without a link.
 */
export function ErrorSummary(props: { form: FormState; fields?: FieldLabels }) {
  const view = useView();
  const { t } = view;
  const errors = props.form.errors;
  const fields = props.fields ?? {};
  const formError = errors._form;
  const fieldErrors = [...Object.keys(fields), ...Object.keys(errors).filter((f) => !(f in fields))]
    .filter((f) => f !== '_form' && errors[f])
    .map((f) => [f, errors[f] as ErrorCode] as const);
  if (!formError && !fieldErrors.length) return null;
  withErrors.add(view);
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{t('form.error_summary')}</h2>
      <ul>
        {formError && <li>{t(`err.${formError}`)}</li>}
        {fieldErrors.map(([field, code]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>
              {fields[field]
                ? t('layout.label_value', {
                    label: say(t, fields[field]),
                    value: t(`err.${code}`, props.form.params?.[field]),
                  })
                : t(`err.${code}`, props.form.params?.[field])}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  /** Without it, the label its form declares (see FieldLabels). */
  label?: Words;
  hint?: Words;
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'tel' | 'number' | 'date' | 'time';
  autocomplete?: string;
  inputMode?: 'text' | 'email' | 'numeric' | 'tel' | 'url' | 'search';
  required?: boolean;
  maxLength?: number;
  width?: 'full' | 'half' | 'third';
  spellcheck?: boolean;
  lang?: string;
  /** A unit written after the field (%, hours). */
  suffix?: string;
  /** More controls inside the field, after the input. */
  after?: ComponentChildren;
}

/** One labelled input with its hint and its error, tied together by aria-describedby. */
export function Field(p: FieldProps) {
  return (
    <FieldShell
      name={p.name}
      label={p.label}
      hint={p.hint}
      control={(a) => (
        <input
          id={a.id}
          name={p.name}
          // Preact types each input type apart; any of ours takes the same attributes as text.
          type={(p.type ?? 'text') as 'text'}
          // Passwords are never sent back to the browser.
          value={p.type === 'password' ? '' : (a.value ?? '')}
          autocomplete={p.autocomplete}
          inputMode={p.inputMode}
          required={p.required}
          maxLength={p.maxLength}
          spellcheck={p.spellcheck}
          lang={p.lang}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid}
          class={`input input--${p.width ?? 'full'}`}
        />
      )}
      suffix={p.suffix}
      after={p.after}
    />
  );
}

export function Select(p: {
  name: string;
  label?: MessageKey;
  hint?: MessageKey;
  options: { value: string; label: string }[];
}) {
  return (
    <FieldShell
      name={p.name}
      label={p.label}
      hint={p.hint}
      control={(a) => (
        <select id={a.id} name={p.name} aria-describedby={a.describedBy} aria-invalid={a.invalid}>
          {p.options.map((o) => (
            <option key={o.value} value={o.value} selected={a.value === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function Button(props: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning' | 'link';
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      class={`button button--${props.variant ?? 'primary'}`}
      name={props.name}
      value={props.value}
    >
      {props.children}
    </button>
  );
}

export function TextArea(p: {
  name: string;
  label?: MessageKey;
  hint?: MessageKey;
  rows?: number;
  maxLength?: number;
  lang?: string;
}) {
  return (
    <FieldShell
      name={p.name}
      label={p.label}
      hint={p.hint}
      control={(a) => (
        <textarea
          id={a.id}
          name={p.name}
          rows={p.rows ?? 5}
          maxLength={p.maxLength}
          lang={p.lang}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid}
          class="input"
        >
          {a.value ?? ''}
        </textarea>
      )}
    />
  );
}

export function FileField(p: { name: string; label?: MessageKey; hint?: MessageKey; accept: string }) {
  return (
    <FieldShell
      name={p.name}
      label={p.label}
      hint={p.hint}
      control={(a) => (
        <input
          id={a.id}
          name={p.name}
          type="file"
          accept={p.accept}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid}
          class="file"
        />
      )}
    />
  );
}

/** A group of radio buttons in a fieldset whose legend asks the question. */
export function Radios(p: {
  name: string;
  legend?: Words;
  hint?: Words;
  options: { value: string; label: string; hint?: string }[];
  inline?: boolean;
}) {
  const { t } = useView();
  const form = useContext(FormCtx);
  const legend = useLabel(p.name, p.legend);
  const id = fieldId(p.name);
  const error = form.errors[p.name];
  const describedBy = [p.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset aria-describedby={describedBy} class={p.inline ? 'radios radios--inline' : 'radios'}>
        <legend>{say(t, legend)}</legend>
        <HintAndError id={id} hint={p.hint} error={error} params={form.params?.[p.name]} />
        {p.options.map((o, i) => (
          <div class="choice" key={o.value}>
            {/* The first option carries the field's id, so that the error summary can link to the group. */}
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${o.value}`}
              name={p.name}
              value={o.value}
              checked={form.values[p.name] === o.value}
              aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            />
            <label for={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
            {o.hint && (
              <p class="hint choice-hint" id={`${id}-${o.value}-hint`}>
                {o.hint}
              </p>
            )}
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** One checkbox that must or may be ticked, e.g. a declaration. */
export function Checkbox(p: { name: string; label: string; value?: string }) {
  const form = useContext(FormCtx);
  const id = fieldId(p.name);
  const error = form.errors[p.name];
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <HintAndError id={id} error={error} params={form.params?.[p.name]} />
      <div class="choice">
        <input
          type="checkbox"
          id={id}
          name={p.name}
          value={p.value ?? 'yes'}
          checked={form.values[p.name] === (p.value ?? 'yes')}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
        <label for={id}>{p.label}</label>
      </div>
    </div>
  );
}

/**
 * One text in up to four languages: a fieldset whose legend names the text, with one field per language
 * (each marked with its `lang`, so that spell checkers and screen readers use the right language).
 */
export function LocalizedFields(p: {
  name: string;
  legend: MessageKey;
  hint?: MessageKey;
  maxLength: number;
  /** Rows of a text area; without it, one-line fields. */
  rows?: number;
}) {
  const { t } = useView();
  return (
    <fieldset class="field">
      <legend>{t(p.legend)}</legend>
      {p.hint && <p class="hint">{t(p.hint)}</p>}
      {LOCALES.map((l) =>
        p.rows ? (
          <TextArea
            key={l}
            name={`${p.name}_${l}`}
            label={`form.in_${l}`}
            lang={l}
            maxLength={p.maxLength}
            rows={p.rows}
          />
        ) : (
          <Field key={l} name={`${p.name}_${l}`} label={`form.in_${l}`} lang={l} maxLength={p.maxLength} />
        ),
      )}
    </fieldset>
  );
}

/** The error summary's labels for the four fields of a localized text: each is named by the text. */
export const localizedLabels = (name: string, label: MessageKey) =>
  Object.fromEntries(LOCALES.map((l) => [`${name}_${l}`, label])) as Record<string, MessageKey>;

/** A group of checkboxes in a fieldset; the form's value is the ticked values, comma-separated. */
export function Checkboxes(p: {
  name: string;
  legend?: MessageKey;
  hint?: MessageKey;
  options: { value: string; label: string }[];
}) {
  const { t } = useView();
  const form = useContext(FormCtx);
  const legend = useLabel(p.name, p.legend);
  const id = fieldId(p.name);
  const error = form.errors[p.name];
  const ticked = new Set((form.values[p.name] ?? '').split(','));
  const describedBy = [p.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset aria-describedby={describedBy} class="radios">
        <legend>{say(t, legend)}</legend>
        <HintAndError id={id} hint={p.hint} error={error} params={form.params?.[p.name]} />
        {p.options.map((o, i) => (
          <div class="choice" key={o.value}>
            <input
              type="checkbox"
              id={i === 0 ? id : `${id}-${o.value}`}
              name={p.name}
              value={o.value}
              checked={ticked.has(o.value)}
            />
            <label for={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

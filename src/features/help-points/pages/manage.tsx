import { formatDateTime, type MessageKey } from '../../../platform/i18n/index.ts';
import { FlashHere, Notice, ProgressBar } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import {
  Button,
  Checkbox,
  Checkboxes,
  ErrorSummary,
  Field,
  type FieldLabels,
  Form,
  Radios,
  Select,
  TextArea,
} from '../../../platform/ui/form.tsx';
import { ACCESS_MODES } from '../finder.ts';
import { DAYS } from '../hours.ts';
import { EXCEPTION_ROWS, SLOTS } from '../hours-fields.ts';
import type { HelpPointLists } from '../lists.ts';
import type { HelpPoint } from '../queries/points.ts';
import { dayName } from './words.ts';

export type ManagedPoint = HelpPoint & { completeness: number; stale: boolean; openReports: number };

/** A structure's help points, for its managers: how complete each is, when it was last checked, what to do. */
export function StructurePointsPage(props: {
  structure: { id: string; name: string };
  points: ManagedPoint[];
}) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('hpmanage.title', { structure: props.structure.name })}</h1>
      <p class="lead">{t('hpmanage.lead')}</p>
      <FlashHere id="points" />
      <p>
        <a class="button" href={href(`/help-points/structures/${props.structure.id}/new`)}>
          {t('hpmanage.add')}
        </a>
      </p>
      {!props.points.length && <Notice>{t('hpmanage.none')}</Notice>}
      <ul class="plain-list hp-managed">
        {props.points.map((p) => (
          <li key={p.id}>
            <h2>
              <a href={href(`/help-points/${p.id}`)}>{p.name}</a>
            </h2>
            <p class="hint">
              {p.street}, {p.postcode} {p.commune}
            </p>
            <ProgressBar value={p.completeness} label={t('hpmanage.completeness')} />
            <p class={p.stale ? 'notice notice--warning' : undefined}>
              {t(p.stale ? 'hpmanage.checked_stale' : 'hpmanage.checked', {
                date: formatDateTime(locale, p.checkedAt, false),
              })}
            </p>
            {p.openReports > 0 && (
              <p>
                <a href={href(`/help-points/${p.id}/reports`)}>
                  {t('hpmanage.open_reports', { n: p.openReports })}
                </a>
              </p>
            )}
            <div class="button-row">
              <a class="button button--secondary" href={href(`/help-points/${p.id}/edit`)}>
                {t('hpmanage.edit')}
              </a>
              <a class="button button--secondary" href={href(`/help-points/${p.id}/sheet.pdf`)}>
                {t('hpmanage.sheet')}
              </a>
              <Form
                action={href(`/help-points/${p.id}/confirm`)}
                label={t('hpmanage.confirm_label', { name: p.name })}
              >
                <Button variant="secondary">{t('hpmanage.confirm')}</Button>
              </Form>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

const slotLabel = (n: number, end: 'from' | 'to') => `hpform.slot${n}_${end}` as MessageKey;

/** The form's fields in page order, each with the label the error summary names it by. */
function useFields(): FieldLabels {
  const { t, locale } = useView();
  const day = (i: number) => dayName(locale, `2024-01-0${i + 1}`);
  const fields: Record<string, FieldLabels[string]> = {
    name: 'hpform.name',
    kind: 'helppoints.kind',
    summary: 'hpform.summary',
    description: 'hpform.description',
    street: 'hpform.street',
    postcode: 'hpform.postcode',
    commune: 'hpform.commune',
    lat: 'hpform.lat',
    lon: 'hpform.lon',
    phone: 'hpform.phone',
    email: 'hpform.email',
    website: 'hpform.website',
    access: 'hpform.access',
    bookingUrl: 'hpform.booking',
    services: 'helppoints.services',
    languages: 'hpform.languages',
    accessibility: 'helppoints.accessibility',
    audiences: 'hpform.audiences',
  };
  DAYS.forEach((d, i) => {
    for (const n of SLOTS)
      for (const end of ['from', 'to'] as const)
        fields[`${d}_${n}_${end}`] = { text: `${day(i)}: ${t(slotLabel(n, end))}` };
  });
  for (let i = 0; i < EXCEPTION_ROWS; i++) {
    const row = (k: MessageKey) => ({ text: `${t('hpform.exception', { n: i + 1 })}: ${t(k)}` });
    fields[`ex${i}_date`] = row('hpform.exception_date');
    fields[`ex${i}_from`] = row('hpform.exception_from');
    fields[`ex${i}_to`] = row('hpform.exception_to');
  }
  return fields;
}

/** A new point or a saved one: what it is, where, how to reach it, what it offers, and when it is open. */
export function PointFormPage(props: {
  heading: string;
  action: string;
  lists: HelpPointLists;
  form: FormState;
}) {
  const { t, locale } = useView();
  const fields = useFields();
  const options = (list: HelpPointLists['kinds']) =>
    list.map((x) => ({ value: x.code, label: x.label[locale] }));
  // The saved exceptions and three empty rows, up to the form's limit.
  const saved = Array.from({ length: EXCEPTION_ROWS }, (_, i) => i).filter(
    (i) => props.form.values[`ex${i}_date`],
  );
  const rows = Math.min(EXCEPTION_ROWS, (saved.at(-1) ?? -1) + 4);
  return (
    <>
      <h1>{props.heading}</h1>
      <ErrorSummary form={props.form} fields={fields} />
      <Form action={props.action} form={props.form} fields={fields} class="hp-form">
        <h2>{t('hpform.about')}</h2>
        <Field name="name" maxLength={120} autocomplete="organization" />
        <Select name="kind" label="helppoints.kind" options={options(props.lists.kinds)} />
        <TextArea name="summary" hint="hpform.summary_hint" rows={3} maxLength={280} />
        <TextArea name="description" hint="hpform.description_hint" rows={5} maxLength={4000} />

        <h2>{t('hpform.where')}</h2>
        <Field name="street" maxLength={200} autocomplete="street-address" />
        <Field name="postcode" inputMode="numeric" width="third" maxLength={4} autocomplete="postal-code" />
        <Field name="commune" maxLength={100} width="half" autocomplete="address-level2" />
        <details
          class="hp-coords"
          open={!!(props.form.values.lat || props.form.errors.lat || props.form.errors.lon)}
        >
          <summary>{t('hpform.coords')}</summary>
          <p class="hint">{t('hpform.coords_hint')}</p>
          <Field name="lat" inputMode="text" width="half" />
          <Field name="lon" inputMode="text" width="half" />
        </details>

        <h2>{t('hpform.contact')}</h2>
        <Field name="phone" type="tel" autocomplete="tel" width="half" />
        <Field name="email" type="email" autocomplete="email" spellcheck={false} />
        <Field name="website" type="url" hint="hpform.url_hint" spellcheck={false} />

        <h2>{t('helppoints.how_to_come')}</h2>
        <Radios
          name="access"
          options={ACCESS_MODES.map((m) => ({ value: m, label: t(`helppoints.access.${m}`) }))}
        />
        <Field name="bookingUrl" type="url" hint="hpform.url_hint" spellcheck={false} />
        <Checkbox name="free" label={t('hpform.free')} />

        <h2>{t('hpform.offer')}</h2>
        <Checkboxes name="services" options={options(props.lists.services)} />
        <Checkboxes name="languages" options={options(props.lists.languages)} />
        <Checkboxes name="accessibility" options={options(props.lists.accessibility)} />
        <Checkboxes name="audiences" options={options(props.lists.audiences)} />

        <h2>{t('helppoints.hours')}</h2>
        <p class="hint">{t('hpform.hours_hint')}</p>
        {DAYS.map((d, i) => (
          <fieldset class="field hp-day" key={d}>
            <legend>{dayName(locale, `2024-01-0${i + 1}`)}</legend>
            {SLOTS.map((n) =>
              (['from', 'to'] as const).map((end) => (
                <Field
                  key={`${n}${end}`}
                  name={`${d}_${n}_${end}`}
                  label={slotLabel(n, end)}
                  type="time"
                  width="third"
                />
              )),
            )}
          </fieldset>
        ))}
        <Checkbox name="holidaysClosed" label={t('hpform.holidays_closed')} />
        <h3>{t('helppoints.exceptions')}</h3>
        <p class="hint">{t('hpform.exceptions_hint')}</p>
        {Array.from({ length: rows }, (_, i) => (
          <fieldset class="field hp-day" key={`ex${i}`}>
            <legend>{t('hpform.exception', { n: i + 1 })}</legend>
            <Field name={`ex${i}_date`} label="hpform.exception_date" type="date" width="half" />
            <Field name={`ex${i}_from`} label="hpform.exception_from" type="time" width="third" />
            <Field name={`ex${i}_to`} label="hpform.exception_to" type="time" width="third" />
          </fieldset>
        ))}
        <Button>{t('hpform.save')}</Button>
      </Form>
    </>
  );
}

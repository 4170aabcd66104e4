import { formatDateTime, type MessageKey } from '../../../platform/i18n/index.ts';
import { Notice } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import {
  Button,
  Checkboxes,
  ErrorSummary,
  Field,
  Form,
  Radios,
  Select,
  TextArea,
} from '../../../platform/ui/form.tsx';
import { countField } from '../fields.ts';
import type { Accompaniment, GroupCount } from '../queries/log.ts';
import {
  AGE_BANDS,
  AUTONOMY,
  DURATION_PRESETS,
  EQUIPMENT,
  GENDERS,
  GROUP_DIMENSIONS,
  type GroupDimension,
  type Kind,
  LEVELS,
  PLACES,
  REFERRALS,
  SITUATIONS,
  VISITS,
} from '../taxonomy.ts';
import type { Themes } from '../themes.ts';

type Labelled =
  | 'kind'
  | 'place'
  | 'equipment'
  | 'autonomy'
  | 'referral'
  | 'age'
  | 'gender'
  | 'situation'
  | 'visit'
  | 'level';

/** The radio options of a closed list, labelled from messages/log.ts. */
function useOptions() {
  const { t } = useView();
  return (list: Labelled, codes: readonly string[]) =>
    codes.map((c) => ({ value: c, label: t(`log.${list}.${c}` as MessageKey) }));
}

/** A form's values from an entry: for "same as last time", and for correcting one. */
export function entryValues(e: Accompaniment, counts: GroupCount[], durations: readonly number[]) {
  const preset =
    durations.includes(e.durationMin) || (DURATION_PRESETS as readonly number[]).includes(e.durationMin);
  const values: Record<string, string | undefined> = {
    organisationId: e.organisationId,
    kind: e.kind,
    happenedOn: e.happenedOn,
    duration: preset ? String(e.durationMin) : 'other',
    durationOther: preset ? undefined : String(e.durationMin),
    place: e.place,
    placePostcode: e.placePostcode ?? undefined,
    helpPointId: e.helpPointId ?? undefined,
    themes: e.themes.join(','),
    equipment: e.equipment,
    autonomy: e.autonomy,
    referral: e.referral,
    ageBand: e.ageBand ?? undefined,
    gender: e.gender && e.gender !== 'unknown' ? e.gender : undefined,
    situation: e.situation ?? undefined,
    visit: e.visit ?? undefined,
    residencePostcode: e.residencePostcode ?? undefined,
    title: e.title ?? undefined,
    level: e.level ?? undefined,
    participants: e.kind === 'collective' ? String(e.participants) : undefined,
    note: e.note ?? undefined,
  };
  for (const c of counts) if (c.value !== 'unknown') values[countField(c.dimension, c.value)] = String(c.n);
  return values;
}

/** The usual choices of a new entry: the last entry's structure, place, help point, device and duration, today's date. */
export function usualValues(
  last: Accompaniment | null,
  durations: readonly number[],
  today: string,
  only?: string,
) {
  return {
    organisationId: only ?? last?.organisationId,
    happenedOn: today,
    duration: String(durations[0] ?? 30),
    place: last?.place ?? 'structure',
    placePostcode: last?.placePostcode ?? undefined,
    helpPointId: last?.helpPointId ?? undefined,
    equipment: last?.equipment,
    referral: 'none',
  };
}

const LABELS = {
  organisationId: 'log.structure',
  happenedOn: 'log.date',
  duration: 'log.duration',
  durationOther: 'log.duration_other',
  themes: 'log.themes',
  place: 'log.place',
  placePostcode: 'log.place_postcode',
  helpPointId: 'log.help_point',
  equipment: 'log.equipment',
  autonomy: 'log.autonomy',
  referral: 'log.referral',
  ageBand: 'log.age',
  gender: 'log.gender',
  situation: 'log.situation',
  visit: 'log.visit',
  residencePostcode: 'log.residence_postcode',
  title: 'log.title',
  level: 'log.level',
  participants: 'log.participants',
  count_age: 'log.count_age',
  count_gender: 'log.count_gender',
  count_situation: 'log.count_situation',
  count_visit: 'log.count_visit',
  note: 'log.note',
} as const satisfies Record<string, MessageKey>;

/**
 * The support-session form, made to be filled in seconds on a phone: the usual choices are already made, the
 * helper's own durations come first, and "same as last time" fills in everything. With JavaScript, entries
 * made while the network is down wait on the device and are sent when it comes back (log-offline.js).
 */
export function LogFormPage(props: {
  kind: Kind;
  form: FormState;
  action: string;
  structures: { id: string; name: string }[];
  /** The help points of those structures: which one, for a session at the structure. */
  points: { id: string; name: string; organisationId: string }[];
  durations: readonly number[];
  themes: Themes;
  hasLast: boolean;
  /** Correcting an entry, not logging one. */
  editing?: { createdAt: Date };
}) {
  const { t, locale, asset, user } = useView();
  const href = useHref();
  const o = useOptions();
  const group = props.kind === 'collective';
  const other = group ? 'individual' : 'collective';
  return (
    <>
      <h1>{t(props.editing ? 'log.edit_title' : group ? 'log.title_collective' : 'log.title_individual')}</h1>
      {props.editing ? (
        <p class="hint">
          {t('log.edit_window', {
            date: formatDateTime(locale, new Date(props.editing.createdAt.getTime() + 30 * 86400_000), false),
          })}
        </p>
      ) : (
        <ul class="plain-list">
          {props.hasLast && (
            <li>
              <a href={href(`/facilitation/log?kind=${props.kind}&same=last`)}>{t('log.same_as_last')}</a>
            </li>
          )}
          <li>
            <a href={href(`/facilitation/log?kind=${other}`)}>{t(`log.switch_${other}`)}</a>
          </li>
        </ul>
      )}
      <p
        id="offline-status"
        class="offline-status"
        role="status"
        tabIndex={-1}
        hidden
        data-waiting-one={t('log.offline_waiting', { n: 1 }).replace('1', '#')}
        data-waiting-many={t('log.offline_waiting', { n: 7 }).replace('7', '#')}
        data-refused={t('log.offline_refused', { n: 7 }).replace('7', '#')}
        data-done={href('/facilitation/entries')}
        data-another={href(`/facilitation/log?kind=${props.kind}`)}
        data-account={user?.id}
      />
      <ErrorSummary form={props.form} fields={LABELS} />
      <Form action={props.action} form={props.form} fields={LABELS} class="log-form">
        <input type="hidden" name="kind" value={props.kind} />
        <input type="hidden" name="clientKey" value={props.form.values.clientKey ?? ''} />
        {props.structures.length === 1 ? (
          <input type="hidden" name="organisationId" value={props.structures[0]?.id} />
        ) : (
          <Radios
            name="organisationId"
            options={props.structures.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
        <Field name="happenedOn" type="date" width="half" />
        <Radios
          name="duration"
          inline
          options={[
            ...props.durations.map((m) => ({ value: String(m), label: t('log.minutes', { n: m }) })),
            { value: 'other', label: t('log.duration_other_choice') },
          ]}
        />
        <Field name="durationOther" inputMode="numeric" width="third" suffix={t('log.minutes_unit')} />
        <Checkboxes
          name="themes"
          options={props.themes.themes.map((th) => ({ value: th.code, label: th.label[locale] }))}
        />
        {group && (
          <>
            <Field name="title" maxLength={200} />
            <Radios name="level" inline options={o('level', LEVELS)} />
            <Field name="participants" inputMode="numeric" width="third" />
          </>
        )}
        <Radios name="place" options={o('place', PLACES)} />
        {props.points.length > 0 && (
          <Select
            name="helpPointId"
            hint="log.help_point_hint"
            options={[
              { value: '', label: t('log.help_point_none') },
              ...props.points.map((p) => ({
                value: p.id,
                // With several structures, a point's name alone may not say whose it is.
                label:
                  props.structures.length > 1
                    ? `${p.name} (${props.structures.find((s) => s.id === p.organisationId)?.name ?? ''})`
                    : p.name,
              })),
            ]}
          />
        )}
        <Field name="placePostcode" inputMode="numeric" width="third" hint="log.place_postcode_hint" />
        <Radios name="equipment" options={o('equipment', EQUIPMENT)} />
        <Radios name="autonomy" options={o('autonomy', AUTONOMY)} />
        <Radios name="referral" options={o('referral', REFERRALS)} />
        {group ? (
          <GroupCounts />
        ) : (
          <fieldset class="field">
            <legend>{t('log.about_person')}</legend>
            <p class="hint">{t('log.about_person_hint')}</p>
            <Radios name="ageBand" inline options={o('age', AGE_BANDS)} />
            <Radios
              name="gender"
              inline
              options={o(
                'gender',
                GENDERS.filter((g) => g !== 'unknown'),
              )}
            />
            <Radios name="situation" inline options={o('situation', SITUATIONS)} />
            <Radios name="visit" inline options={o('visit', VISITS)} />
            <Field name="residencePostcode" inputMode="numeric" width="third" />
          </fieldset>
        )}
        <TextArea name="note" rows={3} maxLength={1000} hint="log.note_hint" />
        <div class="button-row">
          <Button name="next" value="done">
            {t(props.editing ? 'log.save_changes' : 'log.save')}
          </Button>
          {!props.editing && (
            <Button name="next" value="another" variant="secondary">
              {t('log.save_another')}
            </Button>
          )}
        </div>
      </Form>
      {!props.editing && <Notice>{t('log.offline_hint')}</Notice>}
      <script src={asset('log-offline.js')} defer />
    </>
  );
}

/** How many of the group were in each age band, situation…: optional, the rest count as not given. */
function GroupCounts() {
  const { t } = useView();
  const dims = Object.entries(GROUP_DIMENSIONS) as [GroupDimension, readonly string[]][];
  const list = { age: 'age', gender: 'gender', situation: 'situation', visit: 'visit' } as const;
  return (
    <fieldset class="field">
      <legend>{t('log.who_came')}</legend>
      <p class="hint">{t('log.who_came_hint')}</p>
      {dims.map(([d, values]) => (
        <fieldset class="field counts" key={d} id={`f-count_${d}`}>
          <legend>{t(LABELS[`count_${d}`])}</legend>
          {values
            .filter((v) => v !== 'unknown')
            .map((v) => (
              <Field
                key={v}
                name={countField(d, v)}
                label={{ text: t(`log.${list[d]}.${v}` as MessageKey) }}
                inputMode="numeric"
                width="third"
              />
            ))}
        </fieldset>
      ))}
    </fieldset>
  );
}

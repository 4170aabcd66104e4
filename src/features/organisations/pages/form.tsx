import { Notice } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import {
  Button,
  ErrorSummary,
  Field,
  type FieldLabels,
  FileField,
  Form,
  LocalizedFields,
  localizedLabels,
  Radios,
} from '../../../platform/ui/form.tsx';
import { formatKbo, parseKbo } from '../kbo.ts';
import { MEMBER_ROLES, type Region, SECTORS, type Sector, SIZE_BANDS } from '../schema.ts';

/** A change to the checked identity that waits for the secretariat, as the members see it. */
export interface PendingChange {
  proposedAt: Date;
  after: {
    legalName: string;
    kbo: string;
    sector: Sector;
    region: Region;
    postcode: string;
    commune: string;
  };
}

/** What the members proposed, waiting for the secretariat; the register shows the verified values meanwhile. */
export function PendingChangeNotice(props: { change: PendingChange | null }) {
  const { t } = useView();
  const a = props.change?.after;
  if (!a) return null;
  return (
    <Notice>
      {t('organisation.change_pending', {
        name: a.legalName,
        kbo: formatKbo(a.kbo),
        sector: t(`sector.${a.sector}`),
        place: `${a.postcode} ${a.commune} (${t(`region.${a.region}`)})`,
      })}
    </Notice>
  );
}

/** The number is taken: whoever holds it is not named, but the person can tell the secretariat. */
function DisputeLink(props: { form: FormState }) {
  const { t } = useView();
  const href = useHref();
  if (props.form.errors.kbo !== 'kbo.taken') return null;
  const typed = parseKbo(props.form.values.kbo ?? '');
  const query = typed.ok ? `?kbo=${typed.value}` : '';
  return (
    <Notice kind="warning">
      {t('organisation.kbo_taken_dispute')}{' '}
      <a href={`${href('/organisations/dispute')}${query}`}>{t('organisation.kbo_dispute_link')}</a>
    </Notice>
  );
}

const FIELDS: FieldLabels = {
  creatorRole: 'organisation.your_role',
  legalName: 'organisation.legal_name',
  kbo: 'organisation.kbo',
  sector: 'organisation.sector',
  sizeBand: 'organisation.size_band',
  postcode: 'organisation.postcode',
  commune: 'organisation.commune',
  website: 'organisation.website',
  ...localizedLabels('description', 'organisation.description'),
  logo: 'organisation.logo',
};

/** Registering an organisation, or editing it: the same questions. */
export function OrganisationFormPage(props: {
  form: FormState;
  organisationId?: string;
  name?: string;
  /** Registering through another organisation's invitation (commitment C5). */
  referral?: { token: string; inviterName: string };
  pendingChange?: PendingChange | null;
}) {
  const { t } = useView();
  const href = useHref();
  const editing = !!props.organisationId;
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <DisputeLink form={props.form} />
      <h1>
        {editing ? t('organisation.edit_title', { name: props.name ?? '' }) : t('organisation.new_title')}
      </h1>
      {!editing && <p class="lead">{t('organisation.new_intro')}</p>}
      {editing && <p>{t('organisation.identity_checked')}</p>}
      <PendingChangeNotice change={props.pendingChange ?? null} />
      {props.referral && (
        <Notice>{t('join.invited_by', { organisation: props.referral.inviterName })}</Notice>
      )}
      <Form
        action={href(editing ? `/organisations/${props.organisationId}/edit` : '/organisations/new')}
        form={props.form}
        fields={FIELDS}
        multipart
      >
        {props.referral && <input type="hidden" name="referral" value={props.referral.token} />}
        {!editing && (
          <Radios
            name="creatorRole"
            options={MEMBER_ROLES.map((r) => ({
              value: r,
              label: t(`member_role.${r}`),
              hint: t(`member_role.${r}.hint`),
            }))}
          />
        )}
        <Field name="legalName" autocomplete="organization" maxLength={200} required />
        <Field
          name="kbo"
          hint="organisation.kbo_hint"
          width="half"
          inputMode="numeric"
          spellcheck={false}
          maxLength={20}
          required
        />
        <Radios
          name="sector"
          options={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`), hint: t(`sector.${s}.hint`) }))}
        />
        <Radios name="sizeBand" options={SIZE_BANDS.map((s) => ({ value: s, label: t(`size_band.${s}`) }))} />
        <Field
          name="postcode"
          hint="organisation.postcode_hint"
          width="third"
          inputMode="numeric"
          autocomplete="postal-code"
          maxLength={4}
          required
        />
        <Field name="commune" autocomplete="address-level2" maxLength={100} required />
        <Field
          name="website"
          hint="organisation.website_hint"
          type="url"
          autocomplete="url"
          spellcheck={false}
          maxLength={300}
        />
        <LocalizedFields
          name="description"
          legend="organisation.description"
          hint="organisation.description_hint"
          maxLength={2000}
          rows={4}
        />
        <FileField name="logo" hint="organisation.logo_hint" accept="image/png,image/jpeg" />
        <Button>{editing ? t('organisation.save') : t('organisation.register')}</Button>
      </Form>
    </>
  );
}

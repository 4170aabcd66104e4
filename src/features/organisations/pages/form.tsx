import { Notice } from '../../../platform/ui/components.tsx';
import { type FormState, useHref, useView } from '../../../platform/ui/context.ts';
import {
  Button,
  ErrorSummary,
  Field,
  FileField,
  Form,
  LocalizedFields,
  localizedLabels,
  Radios,
} from '../../../platform/ui/form.tsx';
import { MEMBER_ROLES, SECTORS, SIZE_BANDS } from '../schema.ts';

const FIELDS = {
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
} as const;

/** Registering an organisation, or editing it: the same questions. */
export function OrganisationFormPage(props: {
  form: FormState;
  organisationId?: string;
  name?: string;
  /** Registering through another organisation's invitation (commitment C5). */
  referral?: { token: string; inviterName: string };
}) {
  const { t } = useView();
  const href = useHref();
  const editing = !!props.organisationId;
  return (
    <>
      <ErrorSummary form={props.form} fields={FIELDS} />
      <h1>
        {editing ? t('organisation.edit_title', { name: props.name ?? '' }) : t('organisation.new_title')}
      </h1>
      {!editing && <p class="lead">{t('organisation.new_intro')}</p>}
      {props.referral && (
        <Notice>{t('join.invited_by', { organisation: props.referral.inviterName })}</Notice>
      )}
      <Form
        action={href(editing ? `/organisations/${props.organisationId}/edit` : '/organisations/new')}
        form={props.form}
        multipart
      >
        {props.referral && <input type="hidden" name="referral" value={props.referral.token} />}
        {!editing && (
          <Radios
            name="creatorRole"
            legend="organisation.your_role"
            options={MEMBER_ROLES.map((r) => ({
              value: r,
              label: t(`member_role.${r}`),
              hint: t(`member_role.${r}.hint`),
            }))}
          />
        )}
        <Field
          name="legalName"
          label="organisation.legal_name"
          autocomplete="organization"
          maxLength={200}
          required
        />
        <Field
          name="kbo"
          label="organisation.kbo"
          hint="organisation.kbo_hint"
          width="half"
          inputMode="numeric"
          spellcheck={false}
          maxLength={20}
          required
        />
        <Radios
          name="sector"
          legend="organisation.sector"
          options={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`), hint: t(`sector.${s}.hint`) }))}
        />
        <Radios
          name="sizeBand"
          legend="organisation.size_band"
          options={SIZE_BANDS.map((s) => ({ value: s, label: t(`size_band.${s}`) }))}
        />
        <Field
          name="postcode"
          label="organisation.postcode"
          hint="organisation.postcode_hint"
          width="third"
          inputMode="numeric"
          autocomplete="postal-code"
          maxLength={4}
          required
        />
        <Field
          name="commune"
          label="organisation.commune"
          autocomplete="address-level2"
          maxLength={100}
          required
        />
        <Field
          name="website"
          label="organisation.website"
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
        <FileField
          name="logo"
          label="organisation.logo"
          hint="organisation.logo_hint"
          accept="image/png,image/jpeg"
        />
        <Button>{editing ? t('organisation.save') : t('organisation.register')}</Button>
      </Form>
    </>
  );
}

import { z } from 'zod';
import {
  email,
  gatherLocalized,
  localizedFields,
  nameText,
  oneLanguageAtLeast,
  optionalText,
  postcode,
  text,
} from '../../platform/http/fields.ts';
import { isUpload } from '../../platform/http/multipart.ts';
import { parseKbo } from './kbo.ts';
import { MEMBER_ROLES, SECTORS, SIZE_BANDS } from './schema.ts';

const kbo = () =>
  z.string({ error: (i) => (i.input === undefined ? 'required' : 'invalid') }).transform((v, ctx) => {
    if (!v.trim()) {
      ctx.addIssue({ code: 'custom', message: 'required' });
      return z.NEVER;
    }
    const r = parseKbo(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.code });
      return z.NEVER;
    }
    return r.value;
  });

const website = () =>
  optionalText(300).refine((v) => !v || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(v), 'website.invalid');

const shape = {
  legalName: nameText(200),
  kbo: kbo(),
  sector: z.enum(SECTORS, 'sector.required'),
  sizeBand: z.enum(SIZE_BANDS, 'size_band.required'),
  postcode: postcode(),
  commune: text(100),
  website: website(),
  ...localizedFields('description', 2000),
  logo: z
    .unknown()
    .optional()
    .refine((v) => v === undefined || isUpload(v), 'logo.type'),
};

type Fields = z.output<z.ZodObject<typeof shape>>;

/** At least one description is needed, in any language. */
const needsDescription = oneLanguageAtLeast('description', 'description.required');

/** The four description fields become one object per language; the logo, its bytes. */
function toInput<T extends Fields>({
  description_fr,
  description_nl,
  description_de,
  description_en,
  logo,
  ...rest
}: T) {
  const description = gatherLocalized(
    { description_fr, description_nl, description_de, description_en },
    'description',
  );
  return { ...rest, description, logo: isUpload(logo) ? logo.bytes : undefined };
}

/** The organisation form, to edit. */
export const organisationSchema = z
  .object(shape)
  .refine(...needsDescription)
  .transform(toInput);
/** To register, the creator also says their own role. */
export const registerSchema = z
  .object({ ...shape, creatorRole: z.enum(MEMBER_ROLES, 'member_role.required') })
  .refine(...needsDescription)
  .transform(toInput);

export const inviteSchema = z.object({ email: email(), role: z.enum(MEMBER_ROLES, 'member_role.required') });

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { mapRows } from '../../platform/http/download.ts';
import { optionalText, page } from '../../platform/http/fields.ts';
import { parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { Section } from '../../platform/ui/components.tsx';
import { REGIONS, SECTORS } from '../organisations/schema.ts';
import { ProfilePage, RegisterPage } from './pages.tsx';
import { PUBLIC_STATUSES, type RegisterRow } from './queries.ts';
import { REGISTER_PAGE_SIZE, type RegisterService } from './service.ts';

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const registerQuery = z
  .object({
    q: optionalText(200),
    sector: z.preprocess(blankToUndefined, z.enum(SECTORS, 'invalid').optional()),
    region: z.preprocess(blankToUndefined, z.enum(REGIONS, 'invalid').optional()),
    year: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^(19|20)\d\d$/, 'invalid')
        .transform(Number)
        .optional(),
    ),
    status: z.preprocess(blankToUndefined, z.enum([...PUBLIC_STATUSES, 'all'], 'invalid').default('active')),
    sort: z.preprocess(blankToUndefined, z.enum(['relevance', 'name', 'newest'], 'invalid').optional()),
    page: page(),
  })
  .transform((f) => ({ ...f, sort: f.sort ?? (f.q ? ('relevance' as const) : ('name' as const)) }));

export const OPEN_DATA_COLUMNS = [
  'id',
  'name',
  'enterprise_number',
  'sector',
  'size_band',
  'region',
  'postcode',
  'commune',
  'website',
  'status',
  'signed_on',
  'charter_version',
  'charter_hash',
  'signer_name',
  'signer_title',
  'profile_url',
] as const;

/** The open-data columns, documented in docs/open-data.md. No personal data beyond the signer's public name and title. */
function openRow(r: RegisterRow, baseUrl: string) {
  return {
    id: r.id,
    name: r.legalName,
    enterprise_number: r.kbo,
    sector: r.sector,
    size_band: r.sizeBand,
    region: r.region,
    postcode: r.postcode,
    commune: r.commune,
    website: r.website ?? '',
    status: r.status,
    signed_on: r.signedAt.toISOString().slice(0, 10),
    charter_version: r.charterVersion,
    charter_hash: r.charterHash,
    signer_name: r.signerName,
    signer_title: r.signerTitle,
    profile_url: `${baseUrl}/fr/signatories/${r.slug}`,
  };
}

/** What other features add to a public profile: a count in its summary, then sections in order. */
export interface ProfileParts {
  broughtIn: (organisationId: string) => Promise<number>;
  sections: Section[];
}

export function registerPages(app: FastifyInstance, svc: RegisterService, parts: ProfileParts) {
  app.get('/signatories', async (req, reply) => {
    const f = parseOr400(registerQuery, req.query);
    const [{ rows, total }, years] = await Promise.all([svc.search(f, f.page), svc.years()]);
    return reply.page({
      title: translator(req.locale)('register.title'),
      body: (
        <RegisterPage
          rows={rows}
          total={total}
          page={f.page}
          pageSize={REGISTER_PAGE_SIZE}
          filter={f}
          years={years}
        />
      ),
    });
  });
  app.get<{ Params: { slug: string } }>('/signatories/:slug', async (req, reply) => {
    const p = await svc.profile(req.params.slug);
    const [broughtIn, ...sections] = await Promise.all([
      parts.broughtIn(p.id),
      ...parts.sections.map((section) => section(p)),
    ]);
    return reply.page({
      title: p.legalName,
      body: <ProfilePage p={p} broughtIn={broughtIn} sections={sections} />,
    });
  });
}

export function registerApi(app: FastifyInstance, deps: Deps, svc: RegisterService) {
  app.get('/api/v1/signatories', async (req: FastifyRequest) => {
    const f = parseOr400(registerQuery, req.query);
    const { rows, total } = await svc.search(f, f.page);
    return {
      items: rows.map((r) => openRow(r, deps.config.baseUrl)),
      total,
      page: f.page,
      pageSize: REGISTER_PAGE_SIZE,
    };
  });

  const download = { config: { skipSession: true } };
  app.get('/open-data/signatories.csv', download, async (_req, reply) =>
    reply.csv(
      'inclusio-signatories.csv',
      OPEN_DATA_COLUMNS,
      mapRows(svc.all(), (r) => openRow(r, deps.config.baseUrl)),
    ),
  );
  app.get('/open-data/signatories.json', download, async (_req, reply) => {
    const rows = [];
    for await (const r of svc.all()) rows.push(openRow(r, deps.config.baseUrl));
    return reply
      .saveAs('inclusio-signatories.json')
      .send({ generatedAt: deps.clock.now().toISOString(), columns: OPEN_DATA_COLUMNS, items: rows });
  });
}

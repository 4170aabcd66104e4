import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/errors.ts';
import { page } from '../../platform/http/fields.ts';
import { parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { EntryPage, LedgerPage, type ProfileSlugs, VerifyPage } from './pages.tsx';
import type { LedgerPayload, LedgerService } from './service.ts';

const PAGE_SIZE = 50;
const pageQuery = z.object({ page: page() });
const apiQuery = z.object({
  page: page(),
  pageSize: z
    .string()
    .regex(/^\d{1,4}$/, 'invalid')
    .optional()
    .transform((v) => Math.min(Math.max(Number(v ?? 100), 1), 1000)),
});

function seqParam(v: string): number {
  if (!/^\d{1,12}$/.test(v)) throw notFound();
  return Number(v);
}

export function ledgerPages(
  app: FastifyInstance,
  svc: LedgerService,
  profileSlugs: (organisationIds: string[]) => Promise<ProfileSlugs>,
) {
  app.get('/ledger', async (req, reply) => {
    const { page: p } = parseOr400(pageQuery, req.query);
    const { rows, total } = await svc.page(p, PAGE_SIZE, true);
    const slugs = await profileSlugs(
      rows.map((e) => (e.payload as unknown as LedgerPayload).organisation.id),
    );
    return reply.page({
      title: translator(req.locale)('ledger.title'),
      body: <LedgerPage rows={rows} total={total} page={p} pageSize={PAGE_SIZE} slugs={slugs} />,
    });
  });
  app.get('/ledger/verify', async (req, reply) =>
    reply.page({
      title: translator(req.locale)('ledger.verify_title'),
      body: <VerifyPage result={await svc.verify()} />,
    }),
  );
  app.get<{ Params: { seq: string } }>('/ledger/:seq', async (req, reply) => {
    const entry = await svc.entry(seqParam(req.params.seq));
    const [{ total }, slugs] = await Promise.all([
      svc.page(1, 1),
      profileSlugs([(entry.payload as unknown as LedgerPayload).organisation.id]),
    ]);
    return reply.page({
      title: translator(req.locale)('ledger.entry_title', { seq: entry.seq }),
      body: <EntryPage entry={entry} total={total} slugs={slugs} />,
    });
  });
}

/** The ledger as JSON, oldest first, and its verification, for anyone who wants to check it themselves. */
export function ledgerApi(app: FastifyInstance, svc: LedgerService) {
  app.get('/api/v1/ledger', async (req) => {
    const q = parseOr400(apiQuery, req.query);
    const { rows, total } = await svc.page(q.page, q.pageSize);
    return {
      items: rows.map((e) => ({
        seq: e.seq,
        at: e.at.toISOString(),
        entry: e.payload,
        prevHash: e.prevHash,
        entryHash: e.entryHash,
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  });
  app.get('/api/v1/ledger/verify', () => svc.verify());
}

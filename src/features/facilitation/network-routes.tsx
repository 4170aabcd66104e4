import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { networkChangeSchema, networkSchema } from './fields.ts';
import { NetworkPage, NetworksPage } from './pages/networks.tsx';
import type { StatisticsService } from './statistics.ts';
import { NETWORKS_PAGE_SIZE, type StructuresService } from './structures.ts';
import { shareUrl } from './team-routes.tsx';

type P = { Params: { id: string } };
const pageQuery = z.object({ page: page() });

/** Networks: the secretariat makes them and says who is in them; coordinators read them and share figures. */
export function networkPages(
  app: FastifyInstance,
  deps: Deps,
  structures: StructuresService,
  statistics: StatisticsService,
) {
  const t = (req: FastifyRequest) => translator(req.locale);

  const list = async (req: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) => {
    const { page: p } = parseOr400(pageQuery, req.query);
    const rows = await structures.networks(req.user, p);
    return reply.page({
      title: t(req)('network.all_title'),
      status,
      body: <NetworksPage rows={rows} page={p} pageSize={NETWORKS_PAGE_SIZE} form={form} />,
    });
  };
  app.get('/facilitation/networks', (req, reply) => list(req, reply, emptyForm()));
  app.post('/facilitation/networks', (req, reply) =>
    submitForm(
      req,
      networkSchema,
      (form, status) => list(req, reply, form, status),
      async (d) => {
        const n = await structures.createNetwork(req.user, d.name, req.ip);
        return reply
          .flash({ kind: 'success', key: 'network.created', at: 'network' })
          .see(`/facilitation/networks/${n.id}`);
      },
    ),
  );

  const show = async (req: FastifyRequest<P>, reply: FastifyReply, form: FormState, status = 200) => {
    const id = idParam(req.params.id);
    const [n, shares] = await Promise.all([
      structures.network(req.user, id),
      statistics.shareLinks(req.user, 'network', id),
    ]);
    return reply.page({
      title: n.network.name,
      status,
      body: <NetworkPage n={n} admin={req.user?.role === 'admin'} form={form} shares={shares} />,
    });
  };
  app.get<P>('/facilitation/networks/:id', (req, reply) => show(req, reply, emptyForm()));
  app.post<P>('/facilitation/networks/:id', (req, reply) =>
    submitForm(
      req,
      networkChangeSchema,
      (form, status) => show(req, reply, form, status),
      async (d) => {
        const id = idParam(req.params.id);
        await structures.changeNetwork(req.user, id, d, req.ip);
        return reply
          .flash({ kind: 'success', key: 'network.changed', at: 'network' })
          .see(`/facilitation/networks/${id}`);
      },
    ),
  );
  app.post<P>('/facilitation/networks/:id/shares', async (req, reply) => {
    const id = idParam(req.params.id);
    const tok = await statistics.share(req.user, 'network', id);
    return reply
      .flash({ kind: 'success', key: 'share.made', params: { link: shareUrl(deps, req, tok) }, at: 'shares' })
      .see(`/facilitation/networks/${id}`);
  });
}

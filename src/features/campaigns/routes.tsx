import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { editorRoutes } from '../../platform/http/editor.ts';
import { localizedValues, page } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { pickLocalized, translator } from '../../platform/i18n/index.ts';
import type { Section } from '../../platform/ui/components.tsx';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { campaignSchema, supportSchema, withdrawSchema } from './fields.ts';
import { CampaignFormPage, CampaignPage, CampaignsPage, SupportedCampaigns } from './pages.tsx';
import type { Campaign } from './queries.ts';
import { CAMPAIGNS_PAGE_SIZE, type CampaignsService, SUPPORTERS_PAGE_SIZE } from './service.ts';

type P = { Params: { id: string } };

const formValues = (c: Campaign) => ({
  ...localizedValues('title', c.title),
  ...localizedValues('description', c.description),
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  commitments: c.commitments.join(','),
  resources: c.resources.map((r) => (r.label === r.url ? r.url : `${r.url} ${r.label}`)).join('\n'),
});

const listQuery = z.object({
  when: z.enum(['current', 'past'], 'invalid').optional().default('current'),
  page: page(),
});
const pageQuery = z.object({ page: page() });

/** On a signatory's public profile: the campaigns it supports. */
export const campaignsOnProfile =
  (svc: CampaignsService): Section =>
  async ({ id }) => <SupportedCampaigns rows={await svc.supportedBy(id)} />;

export function campaignPages(app: FastifyInstance, svc: CampaignsService) {
  const t = (req: FastifyRequest) => translator(req.locale);

  app.get('/campaigns', async (req, reply) => {
    const f = parseOr400(listQuery, req.query);
    return reply.page({
      title: t(req)('campaign.title'),
      body: (
        <CampaignsPage
          list={await svc.list(f.when, f.page)}
          when={f.when}
          page={f.page}
          pageSize={CAMPAIGNS_PAGE_SIZE}
          isAdmin={req.user?.role === 'admin'}
        />
      ),
    });
  });

  const show = async (req: FastifyRequest<P>, reply: FastifyReply, form: FormState, status: number) => {
    const id = idParam(req.params.id);
    const { page: p } = parseOr400(pageQuery, req.query);
    const view = await svc.view(id, p);
    return reply.page({
      title: pickLocalized(view.campaign.title, req.locale)?.text ?? '',
      status,
      body: (
        <CampaignPage
          view={view}
          mine={await svc.mine(req.user, id)}
          form={form}
          page={p}
          pageSize={SUPPORTERS_PAGE_SIZE}
          isAdmin={req.user?.role === 'admin'}
          signedIn={!!req.user}
        />
      ),
    });
  };
  app.get<P>('/campaigns/:id', (req, reply) => show(req, reply, emptyForm(), 200));
  app.post<P>('/campaigns/:id/support', async (req, reply) => {
    const id = idParam(req.params.id);
    return submitForm(
      req,
      supportSchema,
      (form, status) => show(req, reply, form, status),
      async (data) => {
        await svc.support(req.user, id, data.organisationId, data.contribution);
        return reply.flash({ kind: 'success', key: 'campaign.supported' }).see(`/campaigns/${id}`);
      },
    );
  });
  app.post<P>('/campaigns/:id/withdraw', async (req, reply) => {
    const id = idParam(req.params.id);
    const { organisationId } = parseOr400(withdrawSchema, req.body);
    await svc.withdraw(req.user, id, organisationId);
    return reply.flash({ kind: 'success', key: 'campaign.withdrawn' }).see(`/campaigns/${id}`);
  });

  editorRoutes(app, {
    base: '/admin/campaigns',
    schema: campaignSchema,
    saved: 'campaign.saved',
    guard: (req) => svc.requireSecretariat(req.user),
    load: (req, id) => svc.get(req.user, id),
    values: formValues,
    initial: { commitments: 'C6' },
    render: (req, reply, form, status, c) =>
      reply.page({
        title: t(req)(c ? 'campaign.edit' : 'campaign.new'),
        status,
        body: <CampaignFormPage form={form} campaignId={c?.id} />,
      }),
    create: async (req, data) => `/campaigns/${(await svc.create(req.user, data)).id}`,
    update: async (req, c, data) => {
      await svc.update(req.user, c.id, data);
      return `/campaigns/${c.id}`;
    },
  });
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { page, token } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { referralLink } from '../organisations/index.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import { referralSchema } from './fields.ts';
import { JoinPage, ReferralsPage } from './pages.tsx';
import { REFERRALS_PAGE_SIZE, type ReferralsService } from './service.ts';

type P = { Params: { id: string } };

export function referralPages(
  app: FastifyInstance,
  deps: Deps,
  svc: ReferralsService,
  organisations: OrganisationsService,
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const pageQuery = z.object({ page: page() });

  const show = async (
    req: FastifyRequest<P>,
    reply: FastifyReply,
    form: FormState,
    status: number,
    sending?: 'referral',
  ) => {
    const id = idParam(req.params.id);
    const { page: p } = parseOr400(pageQuery, req.query);
    const data = await svc.sent(req.user, id, p, sending);
    const o = await organisations.byId(id);
    return reply.page({
      title: t(req)('referral.title'),
      status,
      body: (
        <ReferralsPage
          orgId={id}
          orgName={o?.legalName ?? ''}
          data={data}
          form={form}
          page={p}
          pageSize={REFERRALS_PAGE_SIZE}
        />
      ),
    });
  };
  app.get<P>('/organisations/:id/referrals', (req, reply) =>
    show(req, reply, emptyForm({ lang: req.locale }), 200),
  );
  app.post<P>('/organisations/:id/referrals', async (req, reply) => {
    const id = idParam(req.params.id);
    return submitForm(
      req,
      referralSchema,
      (form, status) => show(req, reply, form, status, 'referral'),
      async (data) => {
        await svc.send(req.user, id, data, req.ip);
        return reply
          .flash({ kind: 'success', key: 'referral.sent_to', params: { email: data.email } })
          .see(`/organisations/${id}/referrals`);
      },
    );
  });

  const tokenParams = z.object({ token: token() });
  // The emailed link: a live token moves to a cookie (the registration form reads it too), out of the URL.
  app.get<{ Params: { token: string } }>('/join/:token', async (req, reply) => {
    const { token: tok } = parseOr400(tokenParams, req.params);
    await svc.lookup(tok); // an unknown or expired link says so at once
    return referralLink.keep(reply, deps.config, tok).see('/join');
  });
  app.get('/join', async (req, reply) => {
    const tok = referralLink.read(req);
    if (!tok) throw new AppError('referral.link_invalid', 400);
    const r = await svc.lookup(tok);
    return reply.page({
      title: t(req)('join.title', { organisation: r.inviterName }),
      body: (
        <JoinPage
          inviterName={r.inviterName}
          invitedName={r.invitedName}
          message={r.message}
          signedIn={!!req.user}
        />
      ),
    });
  });
}

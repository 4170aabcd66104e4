import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/http/errors.ts';
import { token } from '../../platform/http/fields.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { linkTokenCookie } from '../../platform/http/link-token.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { inviteSchema, signSchema } from './fields.ts';
import { HelperInvitationPage, ReceiptPage, SignPage, StructurePage } from './pages/signing.tsx';
import { SpacePage } from './pages/space.tsx';
import { TeamPage } from './pages/team.tsx';
import type { SigningService } from './signing.ts';
import type { StatisticsService } from './statistics.ts';
import type { StructuresService } from './structures.ts';

type P = { Params: { id: string } };
const invitationLink = linkTokenCookie('helper_invitation_token', ['/facilitation/invitations']);
const signQuery = z.object({
  structure: z.preprocess((v) => (v === '' ? undefined : v), z.uuid('invalid').optional()),
});
const removeSchema = z.object({ userId: z.uuid('invalid') });

/** The helpers' space, signing the code, a structure's team and public page, and invitations. */
export function teamPages(
  app: FastifyInstance,
  deps: Deps,
  s: { structures: StructuresService; signing: SigningService; statistics: StatisticsService },
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const current = s.signing.current();

  app.get('/facilitation', async (req, reply) => {
    const [roles, signatures] = await Promise.all([s.structures.roles(req.user), s.signing.mine(req.user)]);
    return reply.page({
      title: t(req)('facilitation.title'),
      body: (
        <SpacePage
          {...roles}
          signatures={signatures}
          version={current.version}
          admin={req.user?.role === 'admin'}
        />
      ),
    });
  });

  const signPage = async (req: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) => {
    const { helpsAt } = await s.structures.roles(req.user);
    if (!helpsAt.length) throw new AppError('facilitation.not_facilitator', 403);
    return reply.page({
      title: t(req)('ethics_sign.title', { version: current.version }),
      status,
      body: (
        <SignPage
          text={current.texts[req.locale]}
          version={current.version}
          structures={helpsAt}
          form={form}
        />
      ),
    });
  };
  app.get('/facilitation/sign', async (req, reply) => {
    const { structure } = parseOr400(signQuery, req.query);
    return signPage(req, reply, emptyForm({ organisationId: structure }));
  });
  app.post('/facilitation/sign', (req, reply) =>
    submitForm(
      req,
      signSchema,
      (form, status) => signPage(req, reply, form, status),
      async (d) => {
        const sig = await s.signing.sign(req.user, d.organisationId, req.ip);
        return reply
          .flash({ kind: 'success', key: 'ethics_sign.done' })
          .see(`/facilitation/signatures/${sig.id}`);
      },
    ),
  );

  app.get<P>('/facilitation/signatures/:id', async (req, reply) => {
    const r = await s.signing.receipt(req.user, idParam(req.params.id));
    return reply.page({ title: t(req)('ethics_sign.receipt_title'), body: <ReceiptPage r={r} /> });
  });
  app.post<P>('/facilitation/signatures/:id/countersign', async (req, reply) => {
    const id = idParam(req.params.id);
    await s.signing.countersign(req.user, id, req.ip);
    const { signature } = await s.signing.receipt(req.user, id);
    return reply
      .flash({ kind: 'success', key: 'team.countersigned', at: 'team' })
      .see(`/facilitation/structures/${signature.organisationId}/team`);
  });

  app.get<P>('/facilitation/structures/:id', async (req, reply) => {
    const v = await s.structures.publicStructure(idParam(req.params.id));
    return reply.page({
      title: v.structure.name,
      body: (
        <StructurePage name={v.structure.name} size={v.size} signed={v.signed} current={current.version} />
      ),
    });
  });

  const teamPage = async (req: FastifyRequest<P>, reply: FastifyReply, form: FormState, status = 200) => {
    const id = idParam(req.params.id);
    const [team, shares] = await Promise.all([
      s.structures.team(req.user, id, current.version),
      s.statistics.shareLinks(req.user, 'structure', id),
    ]);
    return reply.page({
      title: t(req)('team.heading', { structure: team.structure.name }),
      status,
      body: (
        <TeamPage team={team} version={current.version} me={req.user?.id ?? ''} form={form} shares={shares} />
      ),
    });
  };
  app.get<P>('/facilitation/structures/:id/team', (req, reply) => teamPage(req, reply, emptyForm()));
  app.post<P>('/facilitation/structures/:id/team', (req, reply) =>
    submitForm(
      req,
      inviteSchema,
      (form, status) => teamPage(req, reply, form, status),
      async (d) => {
        const id = idParam(req.params.id);
        await s.structures.invite(req.user, id, d.email, req.locale, req.ip);
        return reply
          .flash({ kind: 'success', key: 'team.invited', params: { email: d.email }, at: 'team' })
          .see(`/facilitation/structures/${id}/team`);
      },
    ),
  );
  app.post<P>('/facilitation/structures/:id/team/remove', async (req, reply) => {
    const id = idParam(req.params.id);
    const { userId } = parseOr400(removeSchema, req.body);
    await s.structures.removeFacilitator(req.user, id, userId, req.ip);
    const back = userId === req.user?.id ? '/facilitation' : `/facilitation/structures/${id}/team`;
    return reply.flash({ kind: 'success', key: 'team.removed', at: 'team' }).see(back);
  });

  // Share links: made by a structure's managers (here) or a network's coordinators (figures-routes.tsx).
  app.post<P>('/facilitation/structures/:id/shares', async (req, reply) => {
    const id = idParam(req.params.id);
    const tok = await s.statistics.share(req.user, 'structure', id);
    return reply
      .flash({ kind: 'success', key: 'share.made', params: { link: shareUrl(deps, req, tok) }, at: 'shares' })
      .see(`/facilitation/structures/${id}/team`);
  });
  app.post<P>('/facilitation/shares/:id/revoke', async (req, reply) => {
    const link = await s.statistics.revokeShare(req.user, idParam(req.params.id));
    const back =
      link.scope === 'structure'
        ? `/facilitation/structures/${link.subjectId}/team`
        : `/facilitation/networks/${link.subjectId}`;
    return reply.flash({ kind: 'success', key: 'share.revoked', at: 'shares' }).see(back);
  });

  const tokenParams = z.object({ token: token() });
  // The emailed link: its token moves to a cookie, and the page shows without it in the URL.
  app.get<{ Params: { token: string } }>('/facilitation/invitations/:token', async (req, reply) => {
    const { token: tok } = parseOr400(tokenParams, req.params);
    await s.structures.invitation(tok);
    return invitationLink.keep(reply, deps.config, tok).see('/facilitation/invitations');
  });
  const linked = (req: FastifyRequest) => {
    const tok = invitationLink.read(req);
    if (!tok) throw new AppError('token.invalid', 400);
    return tok;
  };
  app.get('/facilitation/invitations', async (req, reply) => {
    const { invitation, structureName } = await s.structures.invitation(linked(req));
    const state = !req.user ? 'anonymous' : req.user.email === invitation.email ? 'match' : 'other';
    return reply.page({
      title: t(req)('team.invitation_title', { structure: structureName }),
      body: <HelperInvitationPage structureName={structureName} state={state} email={invitation.email} />,
    });
  });
  app.post('/facilitation/invitations', async (req, reply) => {
    await s.structures.acceptInvitation(req.user, linked(req), req.user?.email ?? '', req.ip);
    return invitationLink
      .drop(reply)
      .flash({ kind: 'success', key: 'team.joined', at: 'space' })
      .see('/facilitation');
  });
}

/** The address of a share link, in the language it was made in. */
export const shareUrl = (deps: Deps, req: FastifyRequest, tok: string) =>
  `${deps.config.baseUrl}/${req.locale}/facilitation/shared/${tok}`;

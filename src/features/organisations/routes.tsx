import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { token } from '../../platform/http/fields.ts';
import { echoValues, submitForm } from '../../platform/http/forms.ts';
import { linkTokenCookie } from '../../platform/http/link-token.ts';
import { FileTooLargeError } from '../../platform/http/multipart.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { inviteSchema, organisationSchema, registerSchema } from './fields.ts';
import { formatKbo } from './kbo.ts';
import { referralLink } from './links.ts';
import { OrganisationFormPage, type PendingChange } from './pages/form.tsx';
import { InvitationPage, MyOrganisationsPage, OrganisationPage } from './pages/view.tsx';
import type { Organisation } from './queries.ts';
import { LOGO_MAX_BYTES, type OrganisationInput, type OrganisationsService } from './service.ts';

type Params = { Params: { id: string } };

/** The organisation as the edit form shows it. */
function formValues(o: Organisation): Record<string, string | undefined> {
  return {
    legalName: o.legalName,
    kbo: formatKbo(o.kbo),
    sector: o.sector,
    sizeBand: o.sizeBand,
    postcode: o.postcode,
    commune: o.commune,
    website: o.website ?? undefined,
    description_fr: o.description.fr,
    description_nl: o.description.nl,
    description_de: o.description.de,
    description_en: o.description.en,
  };
}

/** Registering through an invitation from another organisation (the referrals feature answers these). */
export interface ReferralHooks {
  lookup(token: string): Promise<{ inviterName: string; invitedName: string | null }>;
  claim(actor: Actor, token: string, organisationId: string): Promise<boolean>;
}

/** Edits that touch a checked identity go through the secretariat (the signatures feature answers these). */
export interface IdentityHooks {
  save(
    actor: Actor,
    organisationId: string,
    input: OrganisationInput,
    logo: Buffer | undefined,
    ip: string,
  ): Promise<{ proposed: boolean }>;
  pendingChange(actor: Actor, organisationId: string): Promise<PendingChange | null>;
}

const referralToken = z.object({ referral: token() });
/** A referral link's token, out of the URL: the referrals feature's /join/<token> keeps it, registration reads it. */
const invitationLink = linkTokenCookie('invitation_token', ['/invitations']);

/**
 * The forms with the logo are read up to the logo's limit. A larger logo is refused while the body is read,
 * before the handler runs: the form comes back with what was typed (the logo is its last field) and the
 * message beside the logo.
 */
const withLogo = <R extends FastifyRequest>(
  render: (req: R, reply: FastifyReply, form: FormState) => Promise<FastifyReply>,
) => ({
  config: { multipart: { maxFileBytes: LOGO_MAX_BYTES } },
  errorHandler: async (err: FastifyError, req: R, reply: FastifyReply) => {
    if (!(err instanceof FileTooLargeError)) throw err;
    return render(req, reply, { values: echoValues(req.body), errors: { logo: 'logo.too_large' } });
  },
});

export function organisationPages(
  app: FastifyInstance,
  deps: Deps,
  svc: OrganisationsService,
  signatureStatus: (organisationId: string) => Promise<string | null>,
  referrals: ReferralHooks,
  identity: IdentityHooks,
) {
  const t = (req: FastifyRequest) => translator(req.locale);

  app.get('/organisations', async (req, reply) => {
    const rows = await svc.listMine(req.user);
    return reply.page({
      title: t(req)('organisation.mine_title'),
      body: <MyOrganisationsPage rows={rows} />,
    });
  });

  /** A referral link that still works, or nothing: an old link must not stop anyone from registering. */
  const liveReferral = async (input: unknown) => {
    const parsed = referralToken.safeParse(input);
    if (!parsed.success) return undefined;
    try {
      const r = await referrals.lookup(parsed.data.referral);
      return { token: parsed.data.referral, ...r };
    } catch (e) {
      if (e instanceof AppError && e.status < 500) return undefined;
      throw e;
    }
  };
  const newPage = async (req: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) =>
    reply.page({
      title: t(req)('organisation.new_title'),
      status,
      body: <OrganisationFormPage form={form} referral={await liveReferral(form.values)} />,
    });
  app.get('/organisations/new', async (req, reply) => {
    const linked = (req.query as Record<string, unknown>)?.referral;
    if (linked !== undefined) {
      // An older ?referral= address: its token moves to the cookie too, before any sign-in URL can carry it.
      const r = await liveReferral({ referral: linked });
      if (r) referralLink.keep(reply, deps.config, r.token);
      return reply.see('/organisations/new');
    }
    await svc.listMine(req.user); // signed-in people only
    const r = await liveReferral({ referral: referralLink.read(req) });
    return newPage(
      req,
      reply,
      emptyForm(r ? { referral: r.token, legalName: r.invitedName ?? undefined } : {}),
    );
  });
  const newLogoTooLarge = withLogo(async (req, reply, form) => {
    await svc.listMine(req.user);
    return newPage(req, reply, form, 413);
  });
  app.post('/organisations/new', newLogoTooLarge, async (req, reply) => {
    await svc.listMine(req.user);
    return submitForm(
      req,
      registerSchema,
      (form, status) => newPage(req, reply, form, status),
      async ({ creatorRole, logo, ...input }) => {
        const org = await svc.register(req.user, input, creatorRole, logo, req.ip);
        const r = referralToken.safeParse(req.body);
        if (r.success) {
          await referrals.claim(req.user, r.data.referral, org.id);
          referralLink.drop(reply);
        }
        return reply
          .flash({ kind: 'success', key: 'organisation.registered' })
          .see(`/organisations/${org.id}`);
      },
    );
  });

  const view = async (
    req: FastifyRequest<Params>,
    reply: FastifyReply,
    invite: FormState,
    status = 200,
    sending?: 'invite',
  ) => {
    const id = idParam(req.params.id);
    const v = await svc.view(req.user, id, sending);
    return reply.page({
      title: v.org.legalName,
      status,
      body: (
        <OrganisationPage
          view={v}
          signatureStatus={await signatureStatus(id)}
          pendingChange={await identity.pendingChange(req.user, id)}
          invite={invite}
        />
      ),
    });
  };
  app.get<Params>('/organisations/:id', (req, reply) => view(req, reply, emptyForm()));

  app.post<Params>('/organisations/:id/invitations', async (req, reply) => {
    const id = idParam(req.params.id);
    return submitForm(
      req,
      inviteSchema,
      (form, status) => view(req, reply, form, status, 'invite'),
      async (data) => {
        await svc.invite(req.user, id, data, req.locale, req.ip);
        return reply
          .flash({ kind: 'success', key: 'organisation.invited', params: { email: data.email } })
          .see(`/organisations/${id}`);
      },
    );
  });

  const editPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    org: Organisation,
    form: FormState,
    status = 200,
  ) =>
    reply.page({
      title: t(req)('organisation.edit_title', { name: org.legalName }),
      status,
      body: (
        <OrganisationFormPage
          form={form}
          organisationId={org.id}
          name={org.legalName}
          pendingChange={await identity.pendingChange(req.user, org.id)}
        />
      ),
    });
  // Members edit their organisation; the secretariat may edit any (identity.save says what waits for it).
  const editable = (req: FastifyRequest<Params>) => svc.editable(req.user, idParam(req.params.id));
  app.get<Params>('/organisations/:id/edit', async (req, reply) => {
    const org = await editable(req);
    return editPage(req, reply, org, emptyForm(formValues(org)));
  });
  const editLogoTooLarge = withLogo<FastifyRequest<Params>>(async (req, reply, form) =>
    editPage(req, reply, await editable(req), form, 413),
  );
  app.post<Params>('/organisations/:id/edit', editLogoTooLarge, async (req, reply) => {
    const org = await editable(req);
    return submitForm(
      req,
      organisationSchema,
      (form, status) => editPage(req, reply, org, form, status),
      async ({ logo, ...input }) => {
        const { proposed } = await identity.save(req.user, org.id, input, logo, req.ip);
        return reply
          .flash({ kind: 'success', key: proposed ? 'organisation.change_proposed' : 'organisation.saved' })
          .see(`/organisations/${org.id}`);
      },
    );
  });

  const tokenParams = z.object({ token: token() });
  // The emailed link: a live invitation's token moves to a cookie, and the page shows without it in the URL.
  app.get<{ Params: { token: string } }>('/invitations/:token', async (req, reply) => {
    const { token: tok } = parseOr400(tokenParams, req.params);
    await svc.invitation(tok); // an unknown or expired link says so at once
    return invitationLink.keep(reply, deps.config, tok).see('/invitations');
  });
  const linkedInvitation = (req: FastifyRequest) => {
    const tok = invitationLink.read(req);
    if (!tok) throw new AppError('token.invalid', 400);
    return tok;
  };
  app.get('/invitations', async (req, reply) => {
    const { invitation, organisationName } = await svc.invitation(linkedInvitation(req));
    const state = !req.user ? 'anonymous' : req.user.email === invitation.email ? 'match' : 'other';
    return reply.page({
      title: t(req)('invitation.title', { organisation: organisationName }),
      body: (
        <InvitationPage
          organisationName={organisationName}
          role={invitation.role}
          state={state}
          email={invitation.email}
        />
      ),
    });
  });
  app.post('/invitations', async (req, reply) => {
    const tok = linkedInvitation(req);
    const orgId = await svc.acceptInvitation(req.user, tok, req.user?.email ?? '', req.ip);
    return invitationLink
      .drop(reply)
      .flash({ kind: 'success', key: 'invitation.joined' })
      .see(`/organisations/${orgId}`);
  });
}

/** Logos are public (they show in the register); the URL carries a version, so they are cached for a year. */
export function logoRoute(app: FastifyInstance, svc: OrganisationsService) {
  app.get<Params>('/logos/:id', { config: { skipSession: true } }, async (req, reply) => {
    const logo = await svc.logo(idParam(req.params.id));
    if (!logo) throw notFound();
    return reply
      .header('content-type', logo.mime)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(logo.bytes);
  });
}

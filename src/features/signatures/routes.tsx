import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { Deps } from '../../platform/deps.ts';
import { notFound } from '../../platform/http/errors.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import type { CharterService } from '../charter/service.ts';
import type { OrganisationsService } from '../organisations/service.ts';
import {
  approveSchema,
  queueQuery,
  rejectSchema,
  replySchema,
  requestInfoSchema,
  signSchema,
  withdrawSchema,
} from './fields.ts';
import { QueuePage, SignatureDetailPage } from './pages/admin.tsx';
import { SignaturePage, SignPage } from './pages/organisation.tsx';
import { ReceiptPage } from './pages/receipt.tsx';
import { receiptPdf } from './receipt-pdf.ts';
import { QUEUE_PAGE_SIZE, type SignaturesService } from './service.ts';

type Params = { Params: { id: string } };

export function signaturePages(
  app: FastifyInstance,
  deps: Deps,
  svc: SignaturesService,
  others: { organisations: OrganisationsService; charter: CharterService },
) {
  const t = (req: FastifyRequest) => translator(req.locale);
  const organisation = async (req: FastifyRequest<Params>) => {
    const id = idParam(req.params.id);
    await others.organisations.requireAccess(req.user, id);
    const org = await others.organisations.byId(id);
    if (!org) throw notFound();
    return org;
  };

  const signaturePage = async (
    req: FastifyRequest<Params>,
    reply: FastifyReply,
    forms: { withdraw?: FormState; reply?: FormState } = {},
    status = 200,
  ) => {
    const org = await organisation(req);
    const history = await svc.history(req.user, org.id);
    return reply.page({
      title: t(req)('signature.title'),
      status,
      hasErrors: status !== 200,
      body: (
        <SignaturePage
          organisationId={org.id}
          organisationName={org.legalName}
          history={history}
          withdraw={forms.withdraw ?? emptyForm()}
          reply={forms.reply ?? emptyForm()}
        />
      ),
    });
  };
  app.get<Params>('/organisations/:id/signature', (req, reply) => signaturePage(req, reply));

  const signPage = async (
    req: FastifyRequest<Params>,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) => {
    const org = await organisation(req);
    await others.organisations.requireMember(req.user, org.id, ['representative']);
    const charter = await others.charter.current();
    return reply.page({
      title: t(req)('sign.title', { organisation: org.legalName }),
      status,
      hasErrors: status !== 200,
      body: (
        <SignPage
          organisationId={org.id}
          organisationName={org.legalName}
          charter={charter.texts[req.locale]}
          version={charter.version}
          hash={charter.contentHash}
          form={form}
        />
      ),
    });
  };
  app.get<Params>('/organisations/:id/sign', (req, reply) => signPage(req, reply, emptyForm()));
  app.post<Params>('/organisations/:id/sign', async (req, reply) => {
    const org = await organisation(req);
    await others.organisations.requireMember(req.user, org.id, ['representative']);
    return submitForm(
      req,
      signSchema,
      (form, status) => signPage(req, reply, form, status),
      async (data) => {
        const { event } = await svc.sign(req.user, org.id, data, req.ip, req.headers['user-agent']);
        return reply.flash({ kind: 'success', key: 'sign.done' }).see(`/receipts/${event.id}`);
      },
    );
  });

  app.post<Params>('/organisations/:id/withdraw', async (req, reply) => {
    const org = await organisation(req);
    await others.organisations.requireMember(req.user, org.id, ['representative']);
    return submitForm(
      req,
      withdrawSchema,
      (form, status) => signaturePage(req, reply, { withdraw: form }, status),
      async () => {
        await svc.withdraw(req.user, org.id, req.ip);
        return reply.flash({ kind: 'info', key: 'withdraw.done' }).see(`/organisations/${org.id}/signature`);
      },
    );
  });

  app.post<Params>('/organisations/:id/reply', async (req, reply) => {
    const org = await organisation(req);
    await others.organisations.requireMember(req.user, org.id);
    return submitForm(
      req,
      replySchema,
      (form, status) => signaturePage(req, reply, { reply: form }, status),
      async (data) => {
        await svc.provideInfo(req.user, org.id, data.answer, req.ip);
        return reply
          .flash({ kind: 'success', key: 'signature.reply_sent' })
          .see(`/organisations/${org.id}/signature`);
      },
    );
  });

  app.get('/admin/signatures', async (req, reply) => {
    const f = parseOr400(queueQuery, req.query);
    const queue = await svc.queue(req.user, f);
    return reply.page({
      title: t(req)('queue.title'),
      body: <QueuePage queue={queue} status={f.status} page={f.page} pageSize={QUEUE_PAGE_SIZE} />,
    });
  });

  const detailPage = async (
    req: FastifyRequest<Params>,
    reply: FastifyReply,
    forms: Partial<Record<'approve' | 'reject' | 'info', FormState>> = {},
    status = 200,
  ) => {
    const detail = await svc.detail(req.user, idParam(req.params.id));
    return reply.page({
      title: detail.organisation.legalName,
      status,
      hasErrors: status !== 200,
      body: (
        <SignatureDetailPage
          detail={detail}
          forms={{
            approve: forms.approve ?? emptyForm(),
            reject: forms.reject ?? emptyForm(),
            info: forms.info ?? emptyForm(),
          }}
        />
      ),
    });
  };
  app.get<Params>('/admin/signatures/:id', (req, reply) => detailPage(req, reply));

  const decision = <K extends 'approve' | 'reject' | 'info'>(
    path: string,
    form: K,
    schema: typeof approveSchema | typeof rejectSchema | typeof requestInfoSchema,
    act: (
      req: FastifyRequest<Params>,
      id: string,
      data: Record<string, string | undefined>,
    ) => Promise<unknown>,
    flash: 'queue.approved' | 'queue.rejected' | 'queue.info_requested',
  ) =>
    app.post<Params>(`/admin/signatures/:id/${path}`, async (req, reply) => {
      const id = idParam(req.params.id);
      await svc.detail(req.user, id); // admins only, and the signature exists
      return submitForm(
        req,
        schema,
        (f, status) => detailPage(req, reply, { [form]: f }, status),
        async (data) => {
          await act(req, id, data as Record<string, string | undefined>);
          return reply.flash({ kind: 'success', key: flash }).see(`/admin/signatures/${id}`);
        },
      );
    });
  decision(
    'approve',
    'approve',
    approveSchema,
    (req, id, d) => svc.approve(req.user, id, d.note, req.ip),
    'queue.approved',
  );
  decision(
    'reject',
    'reject',
    rejectSchema,
    (req, id, d) => svc.reject(req.user, id, d.reason ?? '', req.ip),
    'queue.rejected',
  );
  decision(
    'request-info',
    'info',
    requestInfoSchema,
    (req, id, d) => svc.requestInfo(req.user, id, d.message ?? '', req.ip),
    'queue.info_requested',
  );

  const verifyUrl = (req: FastifyRequest, seq: number) =>
    `${deps.config.baseUrl}/${req.locale}/ledger/${seq}`;
  app.get<Params>('/receipts/:id', async (req, reply) => {
    const receipt = await svc.receipt(idParam(req.params.id));
    const url = verifyUrl(req, receipt.ledgerSeq);
    const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return reply.page({
      title: t(req)('receipt.title', { event: t(req)(`signature_event.${receipt.type}`) }),
      body: <ReceiptPage receipt={receipt} verifyUrl={url} qrSvg={qrSvg} />,
    });
  });
  app.get<Params>('/receipts/:id/receipt.pdf', async (req, reply) => {
    const receipt = await svc.receipt(idParam(req.params.id));
    const pdf = await receiptPdf(receipt, req.locale, verifyUrl(req, receipt.ledgerSeq), deps.clock.now());
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="inclusio-receipt-${receipt.ledgerSeq}.pdf"`)
      .send(pdf);
  });
}

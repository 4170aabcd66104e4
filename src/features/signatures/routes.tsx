import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import { submitForm } from '../../platform/http/forms.ts';
import { formLimits } from '../../platform/http/rate-limit.ts';
import { idParam, parseOr400 } from '../../platform/http/validate.ts';
import { type MessageKey, translator } from '../../platform/i18n/index.ts';
import { emptyForm, type FormState } from '../../platform/ui/context.ts';
import { formatKbo, parseKbo } from '../organisations/kbo.ts';
import {
  approveSchema,
  changeApproveSchema,
  changeRejectSchema,
  closeDisputeSchema,
  disputeSchema,
  liftSchema,
  queueQuery,
  rejectSchema,
  replySchema,
  requestInfoSchema,
  revokeSchema,
  signSchema,
  suspendSchema,
  withdrawSchema,
} from './fields.ts';
import { SignatureDetailPage } from './pages/detail.tsx';
import { DisputeDetailPage, DisputeFormPage, DisputeSentPage } from './pages/dispute.tsx';
import { SignaturePage, SignPage } from './pages/organisation.tsx';
import { QueuePage } from './pages/queue.tsx';
import { ReceiptPage } from './pages/receipt.tsx';
import { SignedPage } from './pages/signed.tsx';
import { QUEUE_PAGE_SIZE } from './reading.ts';
import { receiptPdf } from './receipt-pdf.ts';
import type { SignaturesService } from './service.ts';

type Params = { Params: { id: string } };

export function signaturePages(app: FastifyInstance, deps: Deps, svc: SignaturesService) {
  const t = (req: FastifyRequest) => translator(req.locale);

  const signaturePage = async (
    req: FastifyRequest<Params>,
    reply: FastifyReply,
    forms: { withdraw?: FormState; reply?: FormState } = {},
    status = 200,
    sending?: 'withdraw' | 'reply',
  ) => {
    const history = await svc.history(req.user, idParam(req.params.id), sending);
    const org = history.organisation;
    return reply.page({
      title: t(req)('signature.title'),
      status,
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
    const { organisation: org, charter } = await svc.signing(req.user, idParam(req.params.id));
    return reply.page({
      title: t(req)('sign.title', { organisation: org.legalName }),
      status,
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
    const id = idParam(req.params.id);
    return submitForm(
      req,
      signSchema,
      (form, status) => signPage(req, reply, form, status),
      async (data) => {
        await svc.sign(req.user, id, data, req.ip, req.headers['user-agent']);
        return reply.see(`/organisations/${id}/signed`);
      },
    );
  });

  // The confirmation after signing: what happens next, and when.
  app.get<Params>('/organisations/:id/signed', async (req, reply) => {
    const { organisation: org, live } = await svc.signed(req.user, idParam(req.params.id));
    if (!live) return reply.see(`/organisations/${org.id}/signature`);
    return reply.page({
      title: t(req)('signed.title'),
      body: (
        <SignedPage
          organisationId={org.id}
          organisationName={org.legalName}
          status={live.status}
          receiptId={live.receiptId}
          ledgerSeq={live.ledgerSeq}
        />
      ),
    });
  });

  app.post<Params>('/organisations/:id/withdraw', async (req, reply) => {
    const id = idParam(req.params.id);
    return submitForm(
      req,
      withdrawSchema,
      (form, status) => signaturePage(req, reply, { withdraw: form }, status, 'withdraw'),
      async () => {
        await svc.withdraw(req.user, id, req.ip);
        return reply.flash({ kind: 'info', key: 'withdraw.done' }).see(`/organisations/${id}/signature`);
      },
    );
  });

  app.post<Params>('/organisations/:id/reply', async (req, reply) => {
    const id = idParam(req.params.id);
    return submitForm(
      req,
      replySchema,
      (form, status) => signaturePage(req, reply, { reply: form }, status, 'reply'),
      async (data) => {
        await svc.provideInfo(req.user, id, data.answer, req.ip);
        return reply
          .flash({ kind: 'success', key: 'signature.reply_sent' })
          .see(`/organisations/${id}/signature`);
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

  type DecisionForm =
    | 'approve'
    | 'reject'
    | 'info'
    | 'suspend'
    | 'lift'
    | 'revoke'
    | 'changeApprove'
    | 'changeReject';
  const detailPage = async (
    req: FastifyRequest<Params>,
    reply: FastifyReply,
    forms: Partial<Record<DecisionForm, FormState>> = {},
    status = 200,
  ) => {
    const detail = await svc.detail(req.user, idParam(req.params.id));
    return reply.page({
      title: detail.organisation.legalName,
      status,
      body: (
        <SignatureDetailPage
          detail={detail}
          forms={{
            approve: forms.approve ?? emptyForm(),
            reject: forms.reject ?? emptyForm(),
            info: forms.info ?? emptyForm(),
            suspend: forms.suspend ?? emptyForm(),
            lift: forms.lift ?? emptyForm(),
            revoke: forms.revoke ?? emptyForm(),
            changeApprove: forms.changeApprove ?? emptyForm(),
            changeReject: forms.changeReject ?? emptyForm(),
          }}
        />
      ),
    });
  };
  app.get<Params>('/admin/signatures/:id', (req, reply) => detailPage(req, reply));

  /** One of the secretariat's decisions on a signature page: its form, its service call, its message. */
  const decision = (
    path: string,
    form: DecisionForm,
    schema: z.ZodType<Record<string, string | undefined>>,
    act: (
      req: FastifyRequest<Params>,
      id: string,
      data: Record<string, string | undefined>,
    ) => Promise<unknown>,
    flash: MessageKey,
  ) =>
    app.post<Params>(`/admin/signatures/:id/${path}`, async (req, reply) => {
      const id = idParam(req.params.id);
      // Each decision, and the page it comes back to with errors, refuse all but the secretariat.
      return submitForm(
        req,
        schema,
        (f, status) => detailPage(req, reply, { [form]: f }, status),
        async (data) => {
          await act(req, id, data);
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
  decision(
    'suspend',
    'suspend',
    suspendSchema,
    (req, id, d) => svc.secretariatStep(req.user, id, 'suspend', d.suspendReason, req.ip),
    'queue.suspended',
  );
  decision(
    'lift',
    'lift',
    liftSchema,
    (req, id, d) => svc.secretariatStep(req.user, id, 'lift', d.liftNote, req.ip),
    'queue.lifted',
  );
  decision(
    'revoke',
    'revoke',
    revokeSchema,
    (req, id, d) => svc.secretariatStep(req.user, id, 'revoke', d.revokeReason, req.ip),
    'queue.revoked',
  );
  decision(
    'change/approve',
    'changeApprove',
    changeApproveSchema,
    (req, id, d) => svc.decideChange(req.user, id, 'approve', d.changeNote, req.ip),
    'queue.change_approved',
  );
  decision(
    'change/reject',
    'changeReject',
    changeRejectSchema,
    (req, id, d) => svc.decideChange(req.user, id, 'reject', d.changeReason, req.ip),
    'queue.change_rejected',
  );

  const disputePage = async (
    req: FastifyRequest<Params>,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) => {
    const detail = await svc.disputeDetail(req.user, idParam(req.params.id));
    return reply.page({
      title: t(req)('dispute.detail_title'),
      status,
      body: <DisputeDetailPage detail={detail} form={form} />,
    });
  };
  app.get<Params>('/admin/signatures/disputes/:id', (req, reply) => disputePage(req, reply, emptyForm()));
  app.post<Params>('/admin/signatures/disputes/:id/close', async (req, reply) => {
    const id = idParam(req.params.id);
    // Closing, and the page it comes back to with errors, refuse all but the secretariat.
    return submitForm(
      req,
      closeDisputeSchema,
      (f, status) => disputePage(req, reply, f, status),
      async (data) => {
        await svc.closeDispute(req.user, id, data.note, req.ip);
        return reply
          .flash({ kind: 'success', key: 'dispute.closed' })
          .see(`/admin/signatures/disputes/${id}`);
      },
    );
  });

  // Disputing an enterprise number registered by someone else: open to anyone, a few times an hour per address.
  const disputeFormPage = (req: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) =>
    reply.page({
      title: t(req)('dispute.title'),
      status,
      body: <DisputeFormPage form={form} />,
    });
  const kboQuery = z.object({ kbo: z.string().max(20).optional() });
  app.get('/organisations/dispute', async (req, reply) => {
    const typed = parseOr400(kboQuery, req.query).kbo;
    const kbo = typed ? parseKbo(typed) : null;
    return disputeFormPage(
      req,
      reply,
      emptyForm({
        kbo: kbo?.ok ? formatKbo(kbo.value) : undefined,
        claimantName: req.user?.name,
        contact: req.user?.email,
      }),
    );
  });
  app.post('/organisations/dispute', formLimits(deps, 'kbo-dispute'), async (req, reply) =>
    submitForm(
      req,
      disputeSchema,
      (form, status) => disputeFormPage(req, reply, form, status),
      async (data) => {
        await svc.dispute(req.user, data, req.ip);
        return reply.flash({ kind: 'success', key: 'dispute.sent' }).see('/organisations/dispute/sent');
      },
    ),
  );
  app.get('/organisations/dispute/sent', async (req, reply) =>
    reply.page({
      title: t(req)('dispute.sent_title'),
      body: <DisputeSentPage />,
    }),
  );

  const verifyUrl = (req: FastifyRequest, seq: number) =>
    `${deps.config.baseUrl}/${req.locale}/ledger/${seq}`;
  app.get<Params>('/receipts/:id', async (req, reply) => {
    const receipt = await svc.receipt(req.user, idParam(req.params.id));
    const url = verifyUrl(req, receipt.ledgerSeq);
    const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return reply.page({
      title: t(req)('receipt.title', { event: t(req)(`signature_event.${receipt.type}`) }),
      body: <ReceiptPage receipt={receipt} verifyUrl={url} qrSvg={qrSvg} />,
    });
  });
  app.get<Params>('/receipts/:id/receipt.pdf', async (req, reply) => {
    const receipt = await svc.receipt(req.user, idParam(req.params.id));
    const pdf = await receiptPdf(receipt, req.locale, verifyUrl(req, receipt.ledgerSeq), deps.clock.now());
    return reply
      .saveAs(`inclusio-receipt-${receipt.ledgerSeq}.pdf`, { type: 'application/pdf', inline: true })
      .send(pdf);
  });
}

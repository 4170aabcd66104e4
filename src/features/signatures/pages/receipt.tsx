import { formatDateTime } from '../../../platform/i18n/index.ts';
import { useHref, useView } from '../../../platform/ui/context.ts';
import { formatKbo } from '../../organisations/kbo.ts';
import type { SignaturesService } from '../service.ts';

export type Receipt = Awaited<ReturnType<SignaturesService['receipt']>>;

/** The receipt of one signature event; its QR code leads to the ledger entry that proves it. */
export function ReceiptPage(props: { receipt: Receipt; verifyUrl: string; qrSvg: string }) {
  const { t, locale } = useView();
  const href = useHref();
  const r = props.receipt;
  return (
    <>
      <h1>{t('receipt.title', { event: t(`signature_event.${r.type}`) })}</h1>
      <p class="lead">{t(`receipt.intro.${r.type as 'signed'}`, { organisation: r.organisation.name })}</p>
      <dl class="summary-list">
        <div>
          <dt>{t('receipt.organisation')}</dt>
          <dd>{r.organisation.name}</dd>
        </div>
        <div>
          <dt>{t('organisation.kbo')}</dt>
          <dd>{formatKbo(r.organisation.kbo)}</dd>
        </div>
        <div>
          <dt>{t('receipt.signer')}</dt>
          <dd>{r.signer ? `${r.signer.name}, ${r.signer.title}` : t('ledger.signer_unpublished')}</dd>
        </div>
        <div>
          <dt>{t('receipt.event')}</dt>
          <dd>{t(`signature_event.${r.type}`)}</dd>
        </div>
        <div>
          <dt>{t('receipt.time')}</dt>
          <dd>
            <time dateTime={r.at.toISOString()}>{formatDateTime(locale, r.at)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('signature.charter_version_label')}</dt>
          <dd>
            {r.charterVersion}
            <br />
            <code class="hash">{r.charterHash}</code>
          </dd>
        </div>
        <div>
          <dt>{t('receipt.ledger_entry')}</dt>
          <dd>
            <a href={href(`/ledger/${r.ledgerSeq}`)}>#{r.ledgerSeq}</a>
            <br />
            <code class="hash">{r.entryHash}</code>
          </dd>
        </div>
      </dl>
      <figure class="qr">
        {/* The QR code is made on the server from our own URL; it carries no user content. */}
        <div aria-hidden="true" dangerouslySetInnerHTML={{ __html: props.qrSvg }} />
        <figcaption>
          {t('receipt.qr')} <a href={props.verifyUrl}>{props.verifyUrl}</a>
        </figcaption>
      </figure>
      <p>
        <a class="button button--secondary" href={href(`/receipts/${r.eventId}/receipt.pdf`)}>
          {t('receipt.pdf')}
        </a>
      </p>
    </>
  );
}

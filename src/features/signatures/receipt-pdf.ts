import { formatDateTime, type Locale, translator } from '../../platform/i18n/index.ts';
import { renderPdf } from '../../platform/pdf.ts';
import { formatKbo } from '../organisations/kbo.ts';
import type { Receipt } from './pages/receipt.tsx';

/** The receipt as a tagged PDF in the reader's language, with real text and the QR code drawn as vectors. */
export function receiptPdf(r: Receipt, locale: Locale, verifyUrl: string, clockNow: Date): Promise<Buffer> {
  const t = translator(locale);
  const title = t('receipt.title', { event: t(`signature_event.${r.type}`) });
  return renderPdf({ title, lang: locale, subject: r.organisation.name, now: clockNow }, (w) => {
    w.h1(title);
    w.p(t(`receipt.intro.${r.type as 'signed'}`, { organisation: r.organisation.name }));
    w.doc.moveDown(0.6);
    w.pairs([
      [t('receipt.organisation'), r.organisation.name],
      [t('organisation.kbo'), formatKbo(r.organisation.kbo)],
      [
        t('receipt.signer'),
        r.signer ? `${r.signer.name}, ${r.signer.title}` : t('ledger.signer_unpublished'),
      ],
      [t('receipt.event'), t(`signature_event.${r.type}`)],
      [t('receipt.time'), formatDateTime(locale, r.at)],
      [t('signature.charter_version_label'), `${r.charterVersion}`],
      [t('receipt.charter_hash'), r.charterHash],
      [t('receipt.ledger_entry'), `#${r.ledgerSeq}`],
      [t('receipt.entry_hash'), r.entryHash],
    ]);
    w.doc.moveDown();
    w.qr(verifyUrl);
    w.p(`${t('receipt.qr')} ${verifyUrl}`, 10);
  });
}

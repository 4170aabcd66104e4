import QRCode from 'qrcode';
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
    const { doc } = w;
    doc.moveDown();
    const qr = QRCode.create(verifyUrl, { errorCorrectionLevel: 'M' });
    const size = qr.modules.size;
    const cell = 3;
    const x0 = doc.page.margins.left;
    const y0 = doc.y;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++)
        if (qr.modules.get(x, y)) doc.rect(x0 + x * cell, y0 + y * cell, cell, cell);
    }
    doc.fill('#000');
    doc.y = y0 + size * cell + 12;
    doc.x = x0;
    w.p(`${t('receipt.qr')} ${verifyUrl}`, 10);
  });
}

import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatDateTime, type Locale, translator } from '../../platform/i18n/index.ts';
import { formatKbo } from '../organisations/kbo.ts';
import type { Receipt } from './pages/receipt.tsx';

const require = createRequire(import.meta.url);
// DejaVu covers every Latin, Greek and Cyrillic name a signer may have; PDFKit embeds only the glyphs used.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** The receipt as a tagged PDF in the reader's language, with real text and the QR code drawn as vectors. */
export function receiptPdf(r: Receipt, locale: Locale, verifyUrl: string, clockNow: Date): Promise<Buffer> {
  const t = translator(locale);
  const title = t('receipt.title', { event: t(`signature_event.${r.type}`) });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: locale,
    tagged: true,
    displayTitle: true,
    info: { Title: title, Author: 'Inclusio', Subject: r.organisation.name, CreationDate: clockNow },
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(18).text(title);
  doc.moveDown(0.5);
  doc
    .font('body')
    .fontSize(11)
    .text(t(`receipt.intro.${r.type as 'signed'}`, { organisation: r.organisation.name }));
  doc.moveDown();
  const rows: [string, string][] = [
    [t('receipt.organisation'), r.organisation.name],
    [t('organisation.kbo'), formatKbo(r.organisation.kbo)],
    [t('receipt.signer'), `${r.signerName}, ${r.signerTitle}`],
    [t('receipt.event'), t(`signature_event.${r.type}`)],
    [t('receipt.time'), formatDateTime(locale, r.at)],
    [t('signature.charter_version_label'), `${r.charterVersion}`],
    [t('receipt.charter_hash'), r.charterHash],
    [t('receipt.ledger_entry'), `#${r.ledgerSeq}`],
    [t('receipt.entry_hash'), r.entryHash],
  ];
  for (const [label, value] of rows) {
    doc.font('bold').fontSize(10).text(label);
    doc.font('body').fontSize(11).text(value);
    doc.moveDown(0.4);
  }
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
  doc
    .font('body')
    .fontSize(10)
    .text(`${t('receipt.qr')} ${verifyUrl}`);
  doc.end();
  return done;
}

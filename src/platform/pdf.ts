import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Locale } from './i18n/index.ts';

const require = createRequire(import.meta.url);
// DejaVu covers every Latin, Greek and Cyrillic name a person may have; PDFKit embeds only the glyphs used.
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface PdfMeta {
  title: string;
  lang: Locale;
  subject?: string;
  now: Date;
}

/** The few things Inclusio's PDFs are made of: headings, paragraphs, label–value pairs and tables. */
export class PdfWriter {
  constructor(readonly doc: PDFKit.PDFDocument) {}
  h1(text: string) {
    this.doc.font('bold').fontSize(18).text(text);
    this.doc.moveDown(0.5);
    return this;
  }
  h2(text: string) {
    this.doc.moveDown(0.6);
    this.doc.font('bold').fontSize(13).text(text);
    this.doc.moveDown(0.3);
    return this;
  }
  p(text: string, size = 11) {
    this.doc.font('body').fontSize(size).text(text);
    this.doc.moveDown(0.4);
    return this;
  }
  /** Label above value, as a receipt or a summary list. */
  pairs(rows: [string, string][]) {
    for (const [label, value] of rows) {
      this.doc.font('bold').fontSize(10).text(label);
      this.doc.font('body').fontSize(11).text(value);
      this.doc.moveDown(0.4);
    }
    return this;
  }
  /** Horizontal bars drawn as vectors, each with its label and value written out (the same as a page's chart). */
  bars(rows: { label: string; value: number | null; text: string }[], max: number) {
    const { doc } = this;
    const x0 = doc.page.margins.left;
    const labelWidth = 190;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right - labelWidth - 60;
    doc.font('body').fontSize(9);
    for (const r of rows) {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
      const y = doc.y;
      doc.fillColor('#000').text(r.label, x0, y, { width: labelWidth - 8, lineBreak: false, ellipsis: true });
      const w = r.value === null || max <= 0 ? 0 : Math.max(1, (Math.min(r.value, max) / max) * width);
      if (w) doc.rect(x0 + labelWidth, y, w, 10).fill('#0b4f8a');
      doc.fillColor('#000').text(r.text, x0 + labelWidth + w + 4, y, { lineBreak: false });
      doc.x = x0;
      doc.y = y + 15;
    }
    doc.moveDown(0.6);
    return this;
  }
  /** A QR code of `text`, drawn as vector squares of `cell` points, at the left margin; the text goes on below. */
  qr(text: string, cell = 3) {
    const { doc } = this;
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const size = qr.modules.size;
    const x0 = doc.page.margins.left;
    const y0 = doc.y;
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++)
        if (qr.modules.get(x, y)) doc.rect(x0 + x * cell, y0 + y * cell, cell, cell);
    doc.fill('#000');
    doc.y = y0 + size * cell + 12;
    doc.x = x0;
    return this;
  }
  /** A table with a header row (tagged as header cells for screen readers). */
  table(header: string[], rows: string[][]) {
    if (!rows.length) return this;
    this.doc.font('body').fontSize(9);
    this.doc.table({
      defaultStyle: { border: 0.5, borderColor: '#888888', padding: 3 },
      data: [
        header.map((h) => ({ text: h, type: 'TH' as const, font: { src: FONT_BOLD } })),
        ...rows.map((r) => r.map((c) => ({ text: c }))),
      ],
    });
    this.doc.x = this.doc.page.margins.left;
    this.doc.moveDown(0.6);
    return this;
  }
}

/** A tagged A4 PDF in one language, with real text; `draw` writes its content. */
export function renderPdf(meta: PdfMeta, draw: (w: PdfWriter) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: meta.lang,
    tagged: true,
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: 'Inclusio',
      Subject: meta.subject ?? meta.title,
      CreationDate: meta.now,
    },
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(new PdfWriter(doc));
  doc.end();
  return done;
}

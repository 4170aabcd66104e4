import type { Locale, T } from '../../platform/i18n/index.ts';
import { renderPdf } from '../../platform/pdf.ts';
import type { EthicsText } from './content.ts';

/** The code as a sheet to put on a help point's wall: large type, the axes as headings, the clauses numbered. */
export function ethicsPdf(text: EthicsText, version: number, locale: Locale, t: T, url: string, now: Date) {
  return renderPdf({ title: text.title, lang: locale, now }, (w) => {
    w.h1(text.title);
    w.p(t('ethics.version', { version }), 10);
    w.p(text.intro, 12);
    for (const axis of text.axes) {
      w.h2(axis.title);
      axis.clauses.forEach((c, i) => {
        w.p(`${i + 1}. ${c.text}`, 12);
      });
    }
    w.p(t('ethics.pdf_footer', { url }), 9);
  });
}

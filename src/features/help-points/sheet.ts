import { todayIn } from '../../platform/clock.ts';
import { formatDay, type Locale, translator } from '../../platform/i18n/index.ts';
import { renderPdf } from '../../platform/pdf.ts';
import { DAYS } from './hours.ts';
import type { HelpPointLists } from './lists.ts';
import { dayName, labels } from './pages/words.ts';
import type { HelpPoint } from './queries/points.ts';

/**
 * The sheet a structure puts on its door: the point's name, its usual week, what help it gives, how to come and
 * how to call, in large type on one A4 page, with a QR code to its page (which has this week's exceptions).
 */
export function sheetPdf(p: HelpPoint, lists: HelpPointLists, locale: Locale, url: string, now: Date) {
  const t = translator(locale);
  return renderPdf({ title: p.name, lang: locale, subject: t('helppoints.nav'), now }, (w) => {
    w.h1(p.name);
    w.p(`${labels(lists.kinds, [p.kind], locale).join('')} · ${p.street}, ${p.postcode} ${p.commune}`, 12);
    w.h2(t('hpsheet.hours'));
    const week = p.hoursForm?.week;
    if (!week) w.p(t('helppoints.hours_unknown'), 13);
    else
      DAYS.forEach((d, i) => {
        const slots = week[d].map((s) => `${s.from}–${s.to}`).join(', ');
        const label = dayName(locale, `2024-01-0${i + 1}`);
        w.p(t('layout.label_value', { label, value: slots || t('helppoints.closed') }), 13);
      });
    if (p.hoursForm?.holidaysClosed) w.p(t('hpform.holidays_closed'), 12);
    w.h2(t('helppoints.how_to_come'));
    w.p(`${t(`helppoints.access.${p.access}`)} · ${t(p.free ? 'helppoints.free' : 'helppoints.paid')}`, 13);
    if (p.phone) w.p(t('helppoints.call', { phone: p.phone }), 13);
    if (p.services.length) {
      w.h2(t('helppoints.services'));
      w.p(labels(lists.services, p.services, locale).join(' · '), 12);
    }
    w.doc.moveDown();
    w.qr(url, 2.5);
    w.p(t('hpsheet.more', { url }), 10);
    w.p(t('hpsheet.printed', { date: formatDay(locale, todayIn(now)) }), 8);
  });
}

import { formatDateTime, formatDay } from '../../../platform/i18n/index.ts';
import { FlashHere, Notice } from '../../../platform/ui/components.tsx';
import { useHref, useView } from '../../../platform/ui/context.ts';
import { DAYS, type DayHours, type Exception, type Status } from '../hours.ts';
import type { HelpPointLists } from '../lists.ts';
import type { HelpPoint } from '../queries/points.ts';
import { dayName, labels, statusWords } from './words.ts';

export type PointView = HelpPoint & { structure: string; stale: boolean };
/** The structure's digital helpers: how many, and how many signed each version of the code of ethics. */
export type Helpers = { size: number; signed: { version: number; n: number }[]; current: number };

/** A help point's page: is it open, where, how to come, what help, the week's hours and what changes soon. */
export function PointPage(props: {
  point: PointView;
  lists: HelpPointLists;
  status: Status;
  week: DayHours[] | null;
  exceptions: Exception[];
  now: Date;
  helpers: Helpers;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const { point: p, lists } = props;
  const slots = (s: { from: string; to: string }[]) =>
    s.length ? s.map((x) => `${x.from}–${x.to}`).join(', ') : t('helppoints.closed');
  const osm = `https://www.openstreetmap.org/directions?to=${p.lat}%2C${p.lon}#map=17/${p.lat}/${p.lon}`;
  const tel = p.phone ? `tel:${p.phone.replace(/[^\d+]/g, '')}` : null;
  return (
    <article class="hp-point">
      <h1>{p.name}</h1>
      <FlashHere id="point" />
      <p class="hint">{labels(lists.kinds, [p.kind], locale).join('')}</p>
      {p.stale && <Notice kind="warning">{t('helppoints.stale')}</Notice>}
      <p class={`hp-status hp-status--${props.status.state}`}>
        {statusWords(props.status, t, locale, props.now)}
      </p>
      {p.summary && <p class="lead">{p.summary}</p>}
      {p.description && <p>{p.description}</p>}

      <h2>{t('helppoints.address')}</h2>
      <address>
        {p.street}
        <br />
        {p.postcode} {p.commune}
      </address>
      <ul class="hp-links">
        <li>
          <a href={osm}>{t('helppoints.directions')}</a>
        </li>
        <li>
          <a href={`geo:${p.lat},${p.lon}`}>{t('helppoints.geo')}</a>
        </li>
      </ul>

      {(p.phone || p.email || p.website) && (
        <>
          <h2>{t('helppoints.contact')}</h2>
          <ul class="hp-links">
            {tel && (
              <li>
                <a href={tel}>{t('helppoints.call', { phone: p.phone ?? '' })}</a>
              </li>
            )}
            {p.email && (
              <li>
                <a href={`mailto:${p.email}`}>{p.email}</a>
              </li>
            )}
            {p.website && (
              <li>
                <a href={p.website}>{t('helppoints.website')}</a>
              </li>
            )}
          </ul>
        </>
      )}

      {props.week && (
        <>
          <h2 id="hp-hours">{t('helppoints.hours')}</h2>
          <table class="hp-week" aria-labelledby="hp-hours">
            <tbody>
              {props.week.map((d) => (
                <tr
                  key={d.date}
                  class={d.today ? 'hp-week__today' : undefined}
                  aria-current={d.today ? 'date' : undefined}
                >
                  <th scope="row">
                    {dayName(locale, d.date)} {formatDay(locale, d.date).replace(/\s\d{4}$/, '')}
                    {d.today && ` (${t('helppoints.today')})`}
                  </th>
                  <td>
                    {slots(d.slots)}
                    {d.holiday && ` (${t('helppoints.holiday')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {props.exceptions.length > 0 && (
        <>
          <h2>{t('helppoints.exceptions')}</h2>
          <ul>
            {props.exceptions.map((e) => (
              <li key={e.date}>
                {dayName(locale, e.date)} {formatDay(locale, e.date)}: {slots(e.slots)}
                {e.holiday && ` (${t('helppoints.holiday')})`}
              </li>
            ))}
          </ul>
        </>
      )}

      {p.services.length > 0 && (
        <>
          <h2>{t('helppoints.services')}</h2>
          <ul>
            {labels(lists.services, p.services, locale).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('helppoints.how_to_come')}</h2>
      <ul>
        <li>{t(`helppoints.access.${p.access}`)}</li>
        {p.bookingUrl && p.access !== 'walk_in' && (
          <li>
            <a href={p.bookingUrl}>{t('helppoints.booking')}</a>
          </li>
        )}
        <li>{p.free ? t('helppoints.free') : t('helppoints.paid')}</li>
        {p.languages.length > 0 && (
          <li>
            {t('helppoints.language')}: {labels(lists.languages, p.languages, locale).join(', ')}
          </li>
        )}
        {p.accessibility.length > 0 && (
          <li>
            {t('helppoints.accessibility')}: {labels(lists.accessibility, p.accessibility, locale).join(', ')}
          </li>
        )}
        {p.audiences.length > 0 && (
          <li>
            {t('helppoints.audience')}: {labels(lists.audiences, p.audiences, locale).join(', ')}
          </li>
        )}
      </ul>

      <p class="hint">
        {t('helppoints.kept_by', { name: p.structure, date: formatDateTime(locale, p.checkedAt, false) })}
      </p>
      <h2>{t('helppoints.helpers_title')}</h2>
      <p>{t('helppoints.helpers', { n: props.helpers.size })}</p>
      {props.helpers.signed.length > 0 && (
        <ul>
          {props.helpers.signed.map((s) => (
            <li key={s.version}>
              {t(s.version === props.helpers.current ? 'structure.signed_current' : 'structure.signed_old', {
                n: s.n,
                version: s.version,
              })}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={href('/ethics')}>{t('helppoints.ethics')}</a>
      </p>
      <ul class="hp-links no-print">
        <li>
          <a href={href(`/help-points/${p.id}/report`)}>{t('helppoints.report')}</a>
        </li>
        <li>
          <a href={href(`/help-points/${p.id}/sheet.pdf`)}>{t('helppoints.sheet')}</a>
        </li>
        <li>
          <a href={href(`/facilitation/figures?helpPoint=${p.id}`)}>{t('helppoints.figures')}</a>
        </li>
      </ul>
      <script
        type="application/ld+json"
        // A data block, not a script: JSON with « < » escaped so that no text can close the element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd(p)).replace(/</g, '\\u003c') }}
      />
    </article>
  );
}

const SCHEMA_DAYS: Record<string, string> = {
  Mo: 'Monday',
  Tu: 'Tuesday',
  We: 'Wednesday',
  Th: 'Thursday',
  Fr: 'Friday',
  Sa: 'Saturday',
  Su: 'Sunday',
};

/** schema.org: the place, its address, coordinates and usual week (from the form the manager filled in). */
function jsonLd(p: PointView) {
  const week: Record<string, { from: string; to: string }[]> = p.hoursForm?.week ?? {};
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: p.name,
    ...(p.summary ? { description: p.summary } : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: p.street,
      postalCode: p.postcode,
      addressLocality: p.commune,
      addressCountry: 'BE',
    },
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon },
    ...(p.phone ? { telephone: p.phone } : {}),
    ...(p.website ? { url: p.website } : {}),
    // In the week's order: the stored form's keys come back in the database's order.
    openingHoursSpecification: DAYS.flatMap((day) =>
      (week[day] ?? []).map((s) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: `https://schema.org/${SCHEMA_DAYS[day]}`,
        opens: s.from,
        closes: s.to,
      })),
    ),
  };
}

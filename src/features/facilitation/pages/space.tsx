import { formatDateTime } from '../../../platform/i18n/index.ts';
import { LabelValue } from '../../../platform/ui/assemble.tsx';
import { FlashHere, Notice } from '../../../platform/ui/components.tsx';
import { useHref, useView } from '../../../platform/ui/context.ts';
import type { EthicsSignature } from '../queries/structures.ts';

type Structure = { id: string; name: string };

/**
 * Where a digital helper, a structure's manager or a network's coordinator starts: what they can do here,
 * and whether their signature of the code of ethics is complete.
 */
export function SpacePage(props: {
  helpsAt: Structure[];
  manages: Structure[];
  coordinates: Structure[];
  signatures: { signature: EthicsSignature; structureName: string }[];
  version: number;
  admin: boolean;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const current = (id: string) =>
    props.signatures.find((s) => s.signature.organisationId === id && s.signature.version === props.version);
  const nothing = !props.helpsAt.length && !props.manages.length && !props.coordinates.length;
  return (
    <>
      <h1>{t('facilitation.title')}</h1>
      <p class="lead">{t('facilitation.intro')}</p>
      <FlashHere id="space" />
      {nothing && <Notice>{t('facilitation.nothing_yet')}</Notice>}
      {props.helpsAt.length > 0 && (
        <section aria-labelledby="as-helper">
          <h2 id="as-helper">{t('facilitation.as_helper')}</h2>
          <p>
            <a class="button" href={href('/facilitation/log')}>
              {t('log.title_individual')}
            </a>{' '}
            <a class="button button--secondary" href={href('/facilitation/log?kind=collective')}>
              {t('log.title_collective')}
            </a>
          </p>
          <ul class="plain-list">
            <li>
              <a href={href('/facilitation/entries')}>{t('log.entries_title')}</a>
            </li>
            <li>
              <a href={href('/facilitation/figures/mine')}>{t('figures.mine_title')}</a>
            </li>
          </ul>
          <h3>{t('facilitation.your_signatures')}</h3>
          <ul class="plain-list">
            {props.helpsAt.map((s) => {
              const sig = current(s.id);
              return (
                <li key={s.id}>
                  <LabelValue label={<strong>{s.name}</strong>}>
                    {!sig ? (
                      <a href={href(`/facilitation/sign?structure=${s.id}`)}>
                        {t('facilitation.sign_now', { version: props.version })}
                      </a>
                    ) : sig.signature.countersignedAt ? (
                      <a href={href(`/facilitation/signatures/${sig.signature.id}`)}>
                        {t('facilitation.signed_on', {
                          version: props.version,
                          date: formatDateTime(locale, sig.signature.countersignedAt, false),
                        })}
                      </a>
                    ) : (
                      t('facilitation.waiting_countersign')
                    )}
                  </LabelValue>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {props.manages.length > 0 && (
        <section aria-labelledby="as-manager">
          <h2 id="as-manager">{t('facilitation.as_manager')}</h2>
          <p>{t('facilitation.as_manager_hint')}</p>
          <ul class="plain-list">
            {props.manages.map((s) => (
              <li key={s.id}>
                <LabelValue label={<strong>{s.name}</strong>}>
                  <a href={href(`/facilitation/structures/${s.id}/team`)}>{t('team.title')}</a>
                  {' · '}
                  <a href={href(`/facilitation/structures/${s.id}/figures`)}>{t('figures.title')}</a>
                  {' · '}
                  <a href={href(`/help-points/structures/${s.id}`)}>{t('hpadmin.nav')}</a>
                </LabelValue>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(props.coordinates.length > 0 || props.admin) && (
        <section aria-labelledby="as-coordinator">
          <h2 id="as-coordinator">{t('facilitation.as_coordinator')}</h2>
          <ul class="plain-list">
            {props.coordinates.map((n) => (
              <li key={n.id}>
                <a href={href(`/facilitation/networks/${n.id}`)}>{n.name}</a>
              </li>
            ))}
            {props.admin && (
              <li>
                <a href={href('/facilitation/networks')}>{t('network.all_title')}</a>
              </li>
            )}
          </ul>
        </section>
      )}
      <p>
        <a href={href('/facilitation/figures')}>{t('figures.public_title')}</a> ·{' '}
        <a href={href('/ethics')}>{t('ethics.nav')}</a>
      </p>
    </>
  );
}

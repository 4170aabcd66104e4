import { formatDateTime } from '../../platform/i18n/index.ts';
import { Notice, Pagination, Table, withQuery } from '../../platform/ui/components.tsx';
import { useHref, useView } from '../../platform/ui/context.ts';
import type { LedgerEntry } from './queries.ts';
import {
  type CharterEntry,
  type EthicsEntry,
  isEthicsEntry,
  type LedgerIdentity,
  type LedgerPayload,
  type Verification,
} from './service.ts';

const payloadOf = (e: LedgerEntry) => e.payload as unknown as LedgerPayload;

/** Each listed organisation's profile slug, by id: its name links to its profile. */
export type ProfileSlugs = Map<string, string>;

/** An organisation's name, linked to its public profile while the register lists it. */
function OrganisationName(props: { organisation: LedgerPayload['organisation']; slugs: ProfileSlugs }) {
  const href = useHref();
  const slug = props.slugs.get(props.organisation.id);
  return slug ? (
    <a href={href(`/signatories/${slug}`)}>{props.organisation.name}</a>
  ) : (
    props.organisation.name
  );
}

export function LedgerPage(props: {
  rows: LedgerEntry[];
  total: number;
  page: number;
  pageSize: number;
  slugs: ProfileSlugs;
}) {
  const { t, locale } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t('ledger.title')}</h1>
      <p class="lead">{t('ledger.intro')}</p>
      <p>{t('ledger.how')}</p>
      <ul>
        <li>
          <a href={href('/ledger/verify')}>{t('ledger.verify_link')}</a>
        </li>
        <li>
          <a href="/api/v1/ledger">{t('ledger.api_entries')}</a>
        </li>
        <li>
          <a href="/api/v1/ledger/verify">{t('ledger.api_verify')}</a>
        </li>
      </ul>
      <p role="status">{t('ledger.count', { n: props.total })}</p>
      <Table
        id="ledger"
        caption={t('ledger.newest_first')}
        rows={props.rows}
        rowKey={(e) => String(e.seq)}
        empty="ledger.empty"
        columns={[
          {
            header: 'ledger.seq',
            cell: (e) => <a href={href(`/ledger/${e.seq}`)}>#{e.seq}</a>,
            numeric: true,
          },
          {
            header: 'receipt.time',
            cell: (e) => (
              <time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at, true, true)}</time>
            ),
          },
          { header: 'receipt.event', cell: (e) => t(`signature_event.${payloadOf(e).event as 'signed'}`) },
          {
            header: 'receipt.organisation',
            cell: (e) => <OrganisationName organisation={payloadOf(e).organisation} slugs={props.slugs} />,
          },
          { header: 'ledger.hash', cell: (e) => <code class="hash">{e.entryHash.slice(0, 16)}…</code> },
        ]}
      />
      <Pagination
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        href={(p) => withQuery(href('/ledger'), { page: p })}
      />
    </>
  );
}

export function VerifyPage(props: { result: Verification }) {
  const { t } = useView();
  const href = useHref();
  const r = props.result;
  return (
    <>
      <h1>{t('ledger.verify_title')}</h1>
      <Notice kind={r.valid ? 'success' : 'warning'}>
        {r.valid ? t('ledger.valid', { n: r.entries }) : t('ledger.invalid', { seq: String(r.firstInvalid) })}
      </Notice>
      <dl class="summary-list">
        <div>
          <dt>{t('ledger.head')}</dt>
          <dd>
            <code class="hash">{r.head}</code>
          </dd>
        </div>
      </dl>
      {r.firstInvalid && (
        <p>
          <a href={href(`/ledger/${r.firstInvalid}`)}>{t('ledger.see_entry', { seq: r.firstInvalid })}</a>
        </p>
      )}
      <p>{t('ledger.method')}</p>
    </>
  );
}

export function EntryPage(props: {
  entry: LedgerEntry & { recomputed: string };
  total: number;
  slugs: ProfileSlugs;
}) {
  const { t, locale } = useView();
  const href = useHref();
  const e = props.entry;
  const p = payloadOf(e);
  const matches = e.recomputed === e.entryHash;
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/ledger')}>{t('ledger.title')}</a>
      </p>
      <h1>{t('ledger.entry_title', { seq: e.seq })}</h1>
      <Notice kind={matches ? 'success' : 'warning'}>
        {matches ? t('ledger.entry_ok') : t('ledger.entry_bad')}
      </Notice>
      <dl class="summary-list">
        <div>
          <dt>{t('receipt.event')}</dt>
          <dd>{t(`signature_event.${p.event as 'signed'}`)}</dd>
        </div>
        <div>
          <dt>{t('receipt.time')}</dt>
          <dd>
            <time dateTime={p.at}>{formatDateTime(locale, e.at, true, true)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('receipt.organisation')}</dt>
          <dd>
            <OrganisationName organisation={p.organisation} slugs={props.slugs} /> ({p.organisation.kbo})
          </dd>
        </div>
        {isEthicsEntry(p) ? <EthicsRows p={p} /> : <CharterRows p={p} />}
        <div>
          <dt>{t('ledger.prev_hash')}</dt>
          <dd>
            <code class="hash">{e.prevHash}</code>
          </dd>
        </div>
        <div>
          <dt>{t('receipt.entry_hash')}</dt>
          <dd>
            <code class="hash">{e.entryHash}</code>
          </dd>
        </div>
      </dl>
      <nav class="pagination" aria-label={t('ledger.neighbours')}>
        <ul>
          {e.seq > 1 && (
            <li>
              <a href={href(`/ledger/${e.seq - 1}`)} rel="prev">
                {t('ledger.previous_entry')}
              </a>
            </li>
          )}
          {e.seq < props.total && (
            <li>
              <a href={href(`/ledger/${e.seq + 1}`)} rel="next">
                {t('ledger.next_entry')}
              </a>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}

/** What a Charter entry adds: the signer (once published), the reason or change, and the Charter's version. */
function CharterRows({ p }: { p: CharterEntry }) {
  const { t } = useView();
  return (
    <>
      <div>
        <dt>{t('receipt.signer')}</dt>
        <dd>
          {p.signature.signerName !== undefined
            ? `${p.signature.signerName}, ${p.signature.signerTitle}`
            : t('ledger.signer_unpublished')}
        </dd>
      </div>
      {p.reason && (
        <div>
          <dt>{t('ledger.reason')}</dt>
          <dd>{p.reason}</dd>
        </div>
      )}
      {p.change && (
        <div>
          <dt>{t('ledger.change')}</dt>
          <dd>
            <IdentityChange from={p.change.from} to={p.change.to} />
          </dd>
        </div>
      )}
      {p.signature.signerCommitment && (
        <div>
          <dt>{t('ledger.commitment')}</dt>
          <dd>
            <code class="hash">{p.signature.signerCommitment}</code>
          </dd>
        </div>
      )}
      {p.signature.signerSalt && (
        <div>
          <dt>{t('ledger.salt')}</dt>
          <dd>
            <code class="hash">{p.signature.signerSalt}</code>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('signature.charter_version_label')}</dt>
        <dd>
          {p.signature.charterVersion} <code class="hash">{p.signature.charterHash}</code>
        </dd>
      </div>
    </>
  );
}

/** What a code-of-ethics entry adds: the code's version and a salted hash in place of the digital helper. */
function EthicsRows({ p }: { p: EthicsEntry }) {
  const { t } = useView();
  return (
    <>
      <div>
        <dt>{t('ledger.ethics_version')}</dt>
        <dd>
          {p.ethics.version} <code class="hash">{p.ethics.versionHash}</code>
        </dd>
      </div>
      <div>
        <dt>{t('ledger.ethics_facilitator')}</dt>
        <dd>
          <code class="hash">{p.ethics.facilitator}</code>
        </dd>
      </div>
    </>
  );
}

/** An identity change, each field that changed as "before → after". */
function IdentityChange(props: { from: LedgerIdentity; to: LedgerIdentity }) {
  const { t } = useView();
  const label = {
    name: 'organisation.legal_name',
    kbo: 'organisation.kbo',
    sector: 'organisation.sector',
    region: 'organisation.region',
  } as const;
  const shown = (k: keyof LedgerIdentity, v: string) =>
    k === 'sector' ? t(`sector.${v as 'private'}`) : k === 'region' ? t(`region.${v as 'brussels'}`) : v;
  const changed = (Object.keys(label) as (keyof LedgerIdentity)[]).filter(
    (k) => props.from[k] !== props.to[k],
  );
  return (
    <ul class="plain-list">
      {changed.map((k) => (
        <li key={k}>
          {t('ledger.change_line', {
            field: t(label[k]),
            from: shown(k, props.from[k]),
            to: shown(k, props.to[k]),
          })}
        </li>
      ))}
    </ul>
  );
}

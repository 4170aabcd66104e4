import { useHref, useView } from '../../../platform/ui/context.ts';
import type { SignatureStatus } from '../schema.ts';

/**
 * The confirmation after signing (GOV.UK's confirmation page): what was done, its number in the ledger, what
 * happens next and when, and where to go meanwhile.
 */
export function SignedPage(props: {
  organisationId: string;
  organisationName: string;
  status: SignatureStatus;
  receiptId: string | undefined;
  ledgerSeq: number | null | undefined;
}) {
  const { t } = useView();
  const href = useHref();
  const waiting = props.status === 'pending';
  return (
    <>
      <div class="panel">
        <h1>{t('signed.title')}</h1>
        <p>{t('signed.panel', { organisation: props.organisationName })}</p>
        {props.ledgerSeq && <p>{t('signed.reference', { seq: props.ledgerSeq })}</p>}
      </div>
      <h2>{t('signed.next_title')}</h2>
      {waiting ? (
        <>
          <p>{t('signed.next_check')}</p>
          <p>{t('signed.next_mail')}</p>
        </>
      ) : (
        <p>{t('signed.verified')}</p>
      )}
      <p>{t('signed.next_plan')}</p>
      <p>
        <a class="button button--primary" href={href(`/organisations/${props.organisationId}/plan`)}>
          {t('signed.plan_link')}
        </a>
      </p>
      <ul class="plain-list">
        {props.receiptId && (
          <li>
            <a href={href(`/receipts/${props.receiptId}`)}>{t('signed.receipt')}</a>
          </li>
        )}
        <li>
          <a href={href('/start')}>{t('signed.steps_link')}</a>
        </li>
      </ul>
    </>
  );
}

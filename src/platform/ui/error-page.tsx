import type { ErrorCode, Params } from '../i18n/index.ts';
import { useHref, useView } from './context.ts';

const titles = {
  400: 'errorpage.400',
  401: 'errorpage.401',
  403: 'errorpage.403',
  404: 'errorpage.404',
  408: 'errorpage.400',
  413: 'errorpage.413',
  415: 'errorpage.400',
  422: 'errorpage.400',
  429: 'errorpage.429',
  431: 'errorpage.431',
  500: 'errorpage.500',
  503: 'errorpage.503',
} as const;

export function errorTitleKey(status: number) {
  return titles[status as keyof typeof titles] ?? (status >= 500 ? titles[500] : titles[400]);
}

export function ErrorPage(props: { status: number; code: ErrorCode; params?: Params }) {
  const { t, requestId } = useView();
  const href = useHref();
  return (
    <>
      <h1>{t(errorTitleKey(props.status))}</h1>
      <p>{t(`err.${props.code}`, props.params)}</p>
      {props.status >= 500 && <p class="hint">{t('errorpage.reference', { id: requestId })}</p>}
      <p>
        <a href={href('/')}>{t('errorpage.home')}</a>
      </p>
    </>
  );
}

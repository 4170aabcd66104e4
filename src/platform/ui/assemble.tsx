import { type ComponentChildren, Fragment } from 'preact';
import { formatList } from '../i18n/index.ts';
import { useView } from './context.ts';

// Markers from the private-use area: no message or name contains them.
const LABEL = '\uE000';
const VALUE = '\uE001';

/**
 * A label and its value written as the language writes them (`layout.label_value`: « Organisation : X » in
 * French, "Organisation: X" elsewhere), when the label or the value is markup such as a link.
 */
export function LabelValue(props: { label: ComponentChildren; children: ComponentChildren }) {
  const { t } = useView();
  const pattern = t('layout.label_value', { label: LABEL, value: VALUE });
  const [first, second] = pattern.indexOf(LABEL) < pattern.indexOf(VALUE) ? [LABEL, VALUE] : [VALUE, LABEL];
  const [before = '', rest = ''] = pattern.split(first);
  const [between = '', after = ''] = rest.split(second);
  const part = (marker: string) => (marker === LABEL ? props.label : props.children);
  return (
    <>
      {before}
      {part(first)}
      {between}
      {part(second)}
      {after}
    </>
  );
}

/** Items that are markup (links) joined as a sentence says them: « a, b et c », "a, b and c". */
export function ListOf(props: { items: { key: string; node: ComponentChildren }[] }) {
  const { locale } = useView();
  const markers = props.items.map((_, i) => String.fromCharCode(0xe100 + i));
  const text = formatList(locale, markers);
  const pieces: { key: string; node: ComponentChildren }[] = [];
  let at = 0;
  props.items.forEach((item, i) => {
    const where = text.indexOf(markers[i] as string, at);
    if (where > at) pieces.push({ key: `sep-${i}`, node: text.slice(at, where) });
    pieces.push(item);
    at = where + 1;
  });
  if (at < text.length) pieces.push({ key: 'sep-end', node: text.slice(at) });
  return (
    <>
      {pieces.map((p) => (
        <Fragment key={p.key}>{p.node}</Fragment>
      ))}
    </>
  );
}

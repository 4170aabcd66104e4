import { useHref, useView } from '../../../platform/ui/context.ts';
import type { EthicsText } from '../content.ts';

/** The code of ethics in the reader's language: its three axes, each with its clauses. */
export function EthicsPage(props: { text: EthicsText; version: number }) {
  const { t } = useView();
  const href = useHref();
  const { text } = props;
  return (
    <article class="ethics">
      <h1>{text.title}</h1>
      <p class="hint">{t('ethics.version', { version: props.version })}</p>
      <EthicsBody text={text} level={2} />
      <p>
        <a href={href('/ethics/code-of-ethics.pdf')}>{t('ethics.print')}</a>
      </p>
      <p class="hint">{t('ethics.print_hint')}</p>
    </article>
  );
}

/** The code's introduction, then each axis with its clauses (on its page, and on the page where it is signed). */
export function EthicsBody(props: { text: EthicsText; level: 2 | 3 }) {
  const { text } = props;
  const H = props.level === 2 ? 'h2' : 'h3';
  return (
    <>
      <p class="lead">{text.intro}</p>
      {text.axes.map((axis) => (
        <section key={axis.id} aria-labelledby={`axis-${axis.id}`}>
          <H id={`axis-${axis.id}`}>{axis.title}</H>
          <ol>
            {axis.clauses.map((c) => (
              <li key={c.id} id={`clause-${c.id}`}>
                {c.text}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

import type { CharterText } from './content.ts';
import { COMMITMENTS } from './content.ts';

/**
 * The charter's full text in one language. Shown on the charter page and before signing: this component is
 * part of the charter feature's public surface, with its service.
 */
export function CharterDocument(props: { text: CharterText; headingLevel?: 2 | 3 }) {
  const { text } = props;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div class="charter" lang={text.language}>
      <H>{text.title}</H>
      <p class="charter-subtitle">{text.subtitle}</p>
      {text.preamble.map((p) => (
        <p key={p.slice(0, 40)}>{p}</p>
      ))}
      <p>{text.commitmentsIntro}</p>
      <ol class="charter-commitments">
        {COMMITMENTS.map((c) => (
          <li key={c} id={`commitment-${c}`}>
            {text.commitments[c]}
          </li>
        ))}
      </ol>
      <p class="hint">{text.footnote}</p>
    </div>
  );
}

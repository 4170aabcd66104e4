import MarkdownIt from 'markdown-it';

/** Raw HTML off: what a signatory writes can format text, never inject markup. Links: web and mail only. */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());

/**
 * Written text (a practice, a footer page) sits under the page's h1, so its highest heading becomes an h2 and the others keep their distance
 * below it: headings never skip a level at the start, whatever level the author began with.
 */
md.core.ruler.push('shift_headings', (state) => {
  const heads = state.tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
  const top = Math.min(...heads.map((t) => Number(t.tag.slice(1))));
  for (const token of heads) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) - top + 2)}`;
});

export const renderMarkdown = (text: string) => md.render(text);

import MarkdownIt from 'markdown-it';

/** Raw HTML off: what a signatory writes can format text, never inject markup. Links open as plain links. */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
// A practice's headings sit one level below the page's own h1: # becomes h2, ## h3, and so on.
md.core.ruler.push('shift_headings', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
    }
  }
});
md.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());

export const renderMarkdown = (text: string) => md.render(text);

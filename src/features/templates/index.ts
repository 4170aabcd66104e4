// What other features may use of templates: the suggestions a plan or a score card offers.
export { Suggestions } from './pages.tsx';
export type { Template } from './queries.ts';

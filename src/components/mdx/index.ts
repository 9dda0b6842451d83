import Aside from './Aside.astro';
import Figure from './Figure.astro';
import Term from './Term.astro';

/**
 * The components authors may use in MDX without importing them. Keep this list short and
 * stable: every name here is part of the authors' API.
 */
export const mdxComponents = { Aside, Figure, Term };

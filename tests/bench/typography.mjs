#!/usr/bin/env node
/**
 * npm run bench:typography: what typography costs when Markdown is rendered. Renders the site's
 * MDX bodies, repeated to 1,000, three times each with no typography, with this site's
 * rehypeSmartQuotes and with Astro's own SmartyPants (remark-smartypants), and checks that both
 * give the same HTML for every body. The site keeps its own step while SmartyPants costs more.
 */
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import { filesUnder } from '../../src/build/files.ts';
import { rehypeSmartQuotes } from '../../src/markdown/rehype-smart-quotes.ts';
import { collections, folderCollections } from '../../src/schemas/collections.ts';
const bodies = [];
for (const name of folderCollections) {
  const dir = join('content', collections[name].folder);
  for (const file of filesUnder(dir, '.mdx')) {
    // Markdown only: the MDX components are taken out (their text stays).
    bodies.push(parseFrontmatter(readFileSync(join(dir, file), 'utf8')).content.replace(/<\/?(Aside|Term)[^>]*>/g, ''));
  }
}
const corpus = Array.from({ length: 1000 }, (_, i) => bodies[i % bodies.length]);
const own = await createMarkdownProcessor({
  gfm: false,
  remarkPlugins: [remarkGfm],
  rehypePlugins: [rehypeSmartQuotes],
  smartypants: false,
  syntaxHighlight: false,
});
const astro = await createMarkdownProcessor({
  gfm: false,
  remarkPlugins: [remarkGfm],
  smartypants: true,
  syntaxHighlight: false,
});
const none = await createMarkdownProcessor({
  gfm: false,
  remarkPlugins: [remarkGfm],
  smartypants: false,
  syntaxHighlight: false,
});
async function time(p) {
  const t = performance.now();
  for (const b of corpus) await p.render(b);
  return performance.now() - t;
}
await time(none); // warm-up
const results = { none: [], own: [], astro: [] };
for (let r = 0; r < 3; r++) for (const [k, p] of Object.entries({ none, own, astro })) results[k].push(await time(p));
const med = (v) => v.sort((a, b) => a - b)[1];
for (const k of Object.keys(results))
  console.log(
    k.padEnd(6),
    `${(med(results[k]) / 1000).toFixed(2)} s per 1,000 bodies`,
    results[k].map((v) => (v / 1000).toFixed(2)).join(' '),
  );
const sample = bodies.find((b) => b.includes("'")) ?? bodies[0];
console.log('same output:', (await own.render(sample)).code === (await astro.render(sample)).code);
let differ = 0;
for (const b of bodies) if ((await own.render(b)).code !== (await astro.render(b)).code) differ++;
console.log(`bodies with different output: ${differ} of ${bodies.length}`);

#!/usr/bin/env node
// Over 250 lines on purpose: reading a page's body prose takes many small rules (what is body, what is a note); the sentence rules are in story-rules.mjs.
/**
 * node tests/bench/lib/story.mjs [distDir] [--verbose] [--all] [--json FILE]
 *
 * Story metrics of a built site: for every story page (the home page, /route/ and every case
 * study, lesson, innovation plan and related experience), the words of body prose and the share
 * of body sentences that talk about the documents ("the closing post says…") instead of telling
 * what happened. Target: at most one body sentence in ten about the documents on any story page.
 *
 * Body prose of an entry page: the paragraphs and list items of the `div.prose` that is a direct
 * child of `<article>` in `<main>` (the MDX body; later `.prose` blocks are the figures table and
 * related pages), without footnotes (`section[data-footnotes]`), footnote markers, asides
 * (`.aside`), headings, tables, figures, navigation (the table of contents) and hidden elements.
 * Home page: the paragraphs and list items of `<main>` outside navigation and figures (the
 * route dates, the host district, the cards' summaries; not the cards' titles, which are
 * headings, nor the map caption and credit). On every page the lede (`p.lede`, the summary) is
 * counted apart, never in the body. Left out too: a paragraph that is one link and nothing else
 * ("All case studies": navigation) and a bold label opening a paragraph ("<strong>Health.</strong>").
 * Counting stays the same before and after remarks about the documents move into footnotes and
 * the "What the sources do not say" aside: both are outside the body as defined here.
 *
 * Words: whitespace-separated tokens with a letter or digit; Lao, written without spaces, by
 * Intl.Segmenter words. Sentences: Intl.Segmenter('en', { granularity: 'sentence' }) over each
 * paragraph or list item; a list item without a full stop is one sentence.
 *
 * Which sentences are about the documents: see META below. --verbose prints every flagged
 * sentence with the rule that flagged it, to check the classifier by eye.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { filesUnder } from '../../../src/build/files.ts';
import { urlOfFile } from '../../../src/lib/link-check.ts';

import { META, metaRules, STORY_PATH, TARGET_SHARE } from './story-rules.mjs';

export { META, metaRules, TARGET_SHARE };

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LAO = /\p{Script=Lao}/u;
const wordSegmenter = new Intl.Segmenter('lo', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words in a piece of text. */
export function countWords(text) {
  let words = 0;
  for (const token of text.split(/\s+/)) {
    if (!WORD_CHAR.test(token)) continue;
    words += LAO.test(token) ? [...wordSegmenter.segment(token)].filter((s) => s.isWordLike).length : 1;
  }
  return words;
}

/** Sentences of a paragraph or list item, trimmed; pieces without a word are dropped. */
export function sentencesOf(text) {
  const sentences = [];
  let open = '';
  for (const { segment } of sentenceSegmenter.segment(text)) {
    open += segment;
    // A full stop inside a quotation ("SWIFT Co. LdT.") does not end the sentence around it.
    const count = (re) => (open.match(re) ?? []).length;
    if (count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1) continue;
    sentences.push(open.trim());
    open = '';
  }
  if (open) sentences.push(open.trim());
  return sentences.filter((s) => WORD_CHAR.test(s));
}

// --- HTML ---------------------------------------------------------------------------------

const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const hasClass = (node, name) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);
const elementChildren = (node) => (node.childNodes ?? []).filter((c) => c.tagName);

/** First element below `node` (depth first) for which `test` holds. */
function find(node, test) {
  for (const child of elementChildren(node)) {
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function textOf(node) {
  if (node.nodeName === '#text') return node.value;
  return (node.childNodes ?? []).map(textOf).join('');
}

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

const BLOCK = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer header hr li main ol p pre section summary ul'.split(
    ' ',
  ),
);
const PROSE = new Set(['p', 'li']);
const SKIP_TAGS = new Set(
  'h1 h2 h3 h4 h5 h6 table figure nav script style template noscript svg button form'.split(' '),
);

/** Parts of a page that are never body prose. */
function skipped(node) {
  if (SKIP_TAGS.has(node.tagName)) return true;
  if (attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true') return true;
  if (hasClass(node, 'aside') || hasClass(node, 'toc') || hasClass(node, 'lede')) return true;
  if (node.tagName === 'section' && attr(node, 'data-footnotes') !== undefined) return true;
  // The footnote marker: its number would stick to the sentence before it.
  if (node.tagName === 'sup' && find(node, (c) => c.tagName === 'a' && attr(c, 'data-footnote-ref') !== undefined))
    return true;
  if (node.tagName === 'a' && attr(node, 'data-footnote-ref') !== undefined) return true;
  // A paragraph that is one link and nothing else is navigation ("All case studies").
  if (node.tagName === 'p') {
    const kids = (node.childNodes ?? []).filter((c) => c.tagName || c.value?.trim());
    if (kids.length === 1 && kids[0].tagName === 'a') return true;
  }
  return false;
}

/**
 * A bold label that opens a paragraph or list item and ends with a full stop or colon
 * ("<strong>Health.</strong> Training in…"): a heading run into the text, left out like headings.
 */
function runInHeading(node) {
  const first = (node.childNodes ?? []).find((c) => c.tagName || c.value?.trim());
  if (first && (first.tagName === 'strong' || first.tagName === 'b') && /[.:]$/.test(normalise(textOf(first))))
    return first;
  return undefined;
}

/** Text of every paragraph and list item below `root`, in document order. */
export function proseBlocks(root) {
  const blocks = [];
  const walk = (node, parts) => {
    const label = PROSE.has(node.tagName) ? runInHeading(node) : undefined;
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') {
        parts?.push(child.value);
      } else if (!child.tagName || child === label || skipped(child)) {
        continue;
      } else if (child.tagName === 'br') {
        parts?.push(' ');
      } else if (BLOCK.has(child.tagName)) {
        // A block ends the text run around it; only paragraphs and list items are prose.
        const own = PROSE.has(child.tagName) ? [] : null;
        const index = blocks.length;
        if (own) blocks.push('');
        walk(child, own);
        if (own) blocks[index] = normalise(own.join(''));
      } else {
        walk(child, parts);
      }
    }
  };
  walk(root, null);
  return blocks.filter((text) => WORD_CHAR.test(text));
}

/**
 * The body and lede of a built page: the entry body (`main article > div.prose`) or, for the
 * home page, `<main>`. Undefined for a page that has neither.
 */
export function pageBody(html, path) {
  const document = parse(html);
  const main = find(document, (n) => n.tagName === 'main');
  if (!main) return undefined;
  const lede = find(main, (n) => n.tagName === 'p' && hasClass(n, 'lede'));
  const article = find(main, (n) => n.tagName === 'article');
  const body =
    path === '/' ? main : article && elementChildren(article).find((n) => n.tagName === 'div' && hasClass(n, 'prose'));
  if (!body) return undefined;
  return { blocks: proseBlocks(body), lede: lede ? normalise(textOf(lede)) : '' };
}

// --- Measure ------------------------------------------------------------------------------

/**
 * @typedef {object} StoryRow
 * @property {string} path           URL path of the page
 * @property {boolean} story         a story page (false only for the other pages of `all`)
 * @property {number} words          words of body prose
 * @property {number} sentences      body sentences
 * @property {number} metaSentences  body sentences about the documents
 * @property {number} metaShare      metaSentences / sentences (0 without sentences)
 * @property {number} ledeWords      words of the lede (summary), not in `words`
 * @property {{ sentence: string, rules: string[] }[]} flagged  the meta sentences
 */

/**
 * Story metrics of every story page of a built site, in path order.
 * @param {string} distDir  the built site (`dist/`)
 * @param {{ all?: boolean }} [options]  all: every page with an entry body, not only story pages
 * @returns {StoryRow[]}
 */
export function measureStoryPages(distDir, { all = false } = {}) {
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`${distDir}: no built site here (run npm run build first)`);
  const rows = [];
  for (const file of filesUnder(distDir).filter((f) => f.endsWith('.html'))) {
    const path = urlOfFile(file);
    const story = STORY_PATH.test(path);
    if (!story && !all) continue;
    const page = pageBody(readFileSync(join(distDir, file), 'utf8'), path);
    if (!page) {
      if (story) throw new Error(`${path}: no body found (expected main article > div.prose)`);
      continue;
    }
    let words = 0;
    let sentences = 0;
    const flagged = [];
    for (const block of page.blocks) {
      words += countWords(block);
      for (const sentence of sentencesOf(block)) {
        sentences += 1;
        const rules = metaRules(sentence);
        if (rules.length) flagged.push({ sentence, rules });
      }
    }
    rows.push({
      path,
      story,
      words,
      sentences,
      metaSentences: flagged.length,
      metaShare: sentences ? flagged.length / sentences : 0,
      ledeWords: countWords(page.lede),
      flagged,
    });
  }
  if (!rows.some((row) => row.story)) throw new Error(`${distDir}: no story pages found`);
  return rows.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Totals over story pages: body words, sentences, worst share, pages over the target; allWords
 * and allPages count every row (with `all`, every page with a body).
 * @param {StoryRow[]} rows
 */
export function storyTotals(rows) {
  const story = rows.filter((row) => row.story !== false);
  const worst = story.reduce((w, row) => (!w || row.metaShare > w.metaShare ? row : w), undefined);
  return {
    pages: story.length,
    words: story.reduce((sum, row) => sum + row.words, 0),
    sentences: story.reduce((sum, row) => sum + row.sentences, 0),
    metaSentences: story.reduce((sum, row) => sum + row.metaSentences, 0),
    worstShare: worst?.metaShare ?? 0,
    worstPath: worst?.path,
    overTarget: story.filter((row) => row.metaShare > TARGET_SHARE).length,
    allWords: rows.reduce((sum, row) => sum + row.words, 0),
    allPages: rows.length,
  };
}

const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));
const percent = (share) => `${(share * 100).toFixed(1)} %`;

/** Prints rows as an aligned table; numeric columns right-aligned. */
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const numeric = headers.map((_, i) => rows.every((row) => /^[\d.,\-–%×/ ]*$/.test(String(row[i]))));
  const line = (cells) =>
    cells
      .map((cell, i) => pad(cell, widths[i], numeric[i]))
      .join('  ')
      .trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/**
 * Prints the rows as an aligned table, then the totals over story pages.
 * @param {StoryRow[]} rows
 * @param {{ verbose?: boolean }} [options]  verbose: every flagged sentence, under its page
 */
export function printStoryTable(rows, { verbose = false } = {}) {
  const totals = storyTotals(rows);
  table(
    ['page', 'words', 'sentences', 'about docs', 'share', 'lede words', 'status'],
    rows.map((row) => [
      row.path,
      row.words,
      row.sentences,
      row.metaSentences,
      percent(row.metaShare),
      row.ledeWords,
      row.story === false ? '(not a story page)' : row.metaShare > TARGET_SHARE ? 'OVER 10 %' : 'ok',
    ]),
  );
  console.log(
    `\nStory pages: ${totals.pages}, ${totals.words.toLocaleString('en')} words of body prose, ` +
      `${totals.metaSentences} of ${totals.sentences} sentences about the documents ` +
      `(${percent(totals.sentences ? totals.metaSentences / totals.sentences : 0)}).`,
  );
  console.log(
    `Worst page: ${totals.worstPath ?? '–'} at ${percent(totals.worstShare)}; ` +
      `over ${percent(TARGET_SHARE)}: ${totals.overTarget} of ${totals.pages} pages.`,
  );
  if (totals.allPages > totals.pages) {
    console.log(
      `All ${totals.allPages} pages with a body: ${totals.allWords.toLocaleString('en')} words of body prose.`,
    );
  }
  if (verbose) {
    for (const row of rows.filter((r) => r.flagged.length)) {
      console.log(`\n${row.path} (${row.metaSentences} of ${row.sentences})`);
      for (const { sentence, rules } of row.flagged) console.log(`  [${rules.join(', ')}] ${sentence}`);
    }
  }
}

// --- Command line -------------------------------------------------------------------------

const log = (...args) => console.error('·', ...args);

function main(argv) {
  const options = { distDir: 'dist', verbose: false, all: false, json: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--all') options.all = true;
    else if (arg === '--json') {
      options.json = argv[(i += 1)];
      if (!options.json) throw new Error('--json needs a file name');
    } else if (arg.startsWith('--json=')) options.json = arg.slice('--json='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node tests/bench/lib/story.mjs [distDir] [--verbose] [--all] [--json FILE]');
      return;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg} (try --help)`);
    else options.distDir = arg;
  }
  const distDir = resolve(options.distDir);
  log(`story pages in ${distDir} …`);
  const rows = measureStoryPages(distDir, { all: options.all });
  printStoryTable(rows, { verbose: options.verbose });
  if (options.json) {
    const report = {
      date: new Date().toISOString(),
      distDir,
      target: TARGET_SHARE,
      totals: storyTotals(rows),
      pages: rows,
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`written: ${options.json}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

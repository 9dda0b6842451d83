import { describe, expect, it } from 'vitest';
import { smartenText } from '~/lib/typography';
import { rehypeSmartQuotes } from '~/markdown/rehype-smart-quotes';

describe('smartenText', () => {
  it('curls double quotes around a phrase', () => {
    expect(smartenText('the "final winners" were')).toBe('the \u201Cfinal winners\u201D were');
  });

  it('treats an apostrophe inside a word as closing', () => {
    expect(smartenText("the group's plan, don't")).toBe('the group\u2019s plan, don\u2019t');
  });

  it('curls single quotes around a phrase', () => {
    expect(smartenText("called 'young'.")).toBe('called \u2018young\u2019.');
  });

  it('closes a quote that follows punctuation', () => {
    expect(smartenText('"Spring 2009".')).toBe('\u201CSpring 2009\u201D.');
  });

  it('turns dashes and dots into their characters', () => {
    expect(smartenText('2009--2013 --- and so on...')).toBe('2009\u20132013 \u2014 and so on\u2026');
  });

  it('uses the text before it to decide at the start of a piece', () => {
    expect(smartenText('" said', 'x')).toBe('\u201D said');
    expect(smartenText('"yes"', ' ')).toBe('\u201Cyes\u201D');
  });

  it('leaves Lao text and text without quotes alone', () => {
    expect(smartenText('ສານໄຊ (Sanxay)')).toBe('ສານໄຊ (Sanxay)');
  });
});

describe('rehypeSmartQuotes', () => {
  const text = (value: string) => ({ type: 'text', value });

  it('carries context across elements and skips code', () => {
    const tree = {
      type: 'root',
      children: [
        text('The "'),
        { type: 'element', tagName: 'em', children: [text('LR')] },
        text('" and '),
        { type: 'element', tagName: 'code', children: [text('"raw"')] },
      ],
    };
    rehypeSmartQuotes()(tree);
    expect(tree.children.map((node) => ('value' in node ? node.value : node.children?.[0]?.value))).toEqual([
      'The \u201C',
      'LR',
      '\u201D and ',
      '"raw"',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findJsxTags } from '~/lib/mdx-tags';

describe('findJsxTags', () => {
  it('reads string, expression and bare attributes with their lines, over several lines', () => {
    const source = [
      'Text <Term id="ppp">PPP</Term>.',
      '',
      '<Figure',
      '  src="./a.jpg"',
      "  alt='A field > a road'",
      '  caption={`x ${"}"}`}',
      '  fullSize',
      '/>',
      '<Figures src="./b.jpg" />',
      '<Figure {...props} credit="">',
    ].join('\n');
    const [first, second, ...rest] = findJsxTags(source, 'Figure');
    expect(rest).toEqual([]);
    expect(first?.line).toBe(3);
    expect(Object.fromEntries(first?.attributes ?? [])).toEqual({
      src: { kind: 'string', value: './a.jpg', line: 4 },
      alt: { kind: 'string', value: 'A field > a road', line: 5 },
      caption: { kind: 'expression', line: 6 },
      fullSize: { kind: 'boolean', line: 7 },
    });
    expect(first?.spread).toBe(false);
    expect(second?.spread).toBe(true);
    expect(second?.attributes.get('credit')).toEqual({ kind: 'string', value: '', line: 10 });
  });

  it('stops at what it cannot read instead of guessing', () => {
    const [tag] = findJsxTags('<Figure alt="A" caption=oops credit="C" />', 'Figure');
    expect([...(tag?.attributes.keys() ?? [])]).toEqual(['alt']);
    expect(findJsxTags('<Figure alt="never closed', 'Figure')[0]?.attributes.size).toBe(0);
  });
});
